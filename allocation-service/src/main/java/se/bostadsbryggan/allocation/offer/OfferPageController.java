package se.bostadsbryggan.allocation.offer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.bostadsbryggan.allocation.matching.MatchingService;
import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.web.PageForms;
import se.bostadsbryggan.web.ProblemException;

/**
 * The offers pages: housing staff offer an apartment from its matching page; everyone
 * sees the offers they may (a caseworker their own requests'), with deadlines and the
 * snapshot; the request's caseworker answers; and the placements.
 */
@Controller
class OfferPageController {

	private final OfferService offers;

	private final MatchingService matching;

	private final Clock clock;

	OfferPageController(OfferService offers, MatchingService matching, Clock clock) {
		this.offers = offers;
		this.matching = matching;
		this.clock = clock;
	}

	@PostMapping("/allocation/apartments/{id}/social-contract/offers")
	String offer(@PathVariable UUID id, @RequestParam(required = false) UUID requestReference, Model model,
			RedirectAttributes redirect) {
		try {
			if (requestReference == null) {
				throw ProblemException.conflict("offer-request-missing");
			}
			Offer offer = this.offers.offer(id, requestReference);
			redirect.addAttribute("done", "created");
			return "redirect:/allocation/offers/" + offer.id();
		}
		catch (ProblemException ex) {
			if (ex.status().value() == 404) {
				throw ex;
			}
			model.addAttribute("offerError", "problem." + ex.code() + ".detail");
			model.addAttribute("offerErrorArgs", ex.arguments());
			model.addAttribute("matches", this.matching.forApartment(id));
			return "apartments/matches";
		}
	}

	@GetMapping("/allocation/offers")
	String list(Model model) {
		List<Offer> all = this.offers.list();
		model.addAttribute("toAnswer", all.stream().filter(Offer::open).toList());
		model.addAttribute("checking", all.stream().filter((o) -> "CHECKING".equals(o.status())).toList());
		model.addAttribute("ended", all.stream().filter((o) -> !o.open() && !"CHECKING".equals(o.status())).toList());
		model.addAttribute("answerer", answerer());
		return "offers/list";
	}

	@GetMapping("/allocation/offers/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) String done, Model model) {
		Offer offer = this.offers.get(id);
		if ("created".equals(done)) {
			model.addAttribute("notice",
					"offer.notice.created." + ("BLOCKED".equals(offer.status()) ? "blocked" : "checking"));
		}
		else if ("answered".equals(done)) {
			model.addAttribute("notice", "offer.notice.answered");
		}
		return show(offer, new AnswerForm(null, null), model);
	}

	@PostMapping("/allocation/offers/{id}/answer")
	String answer(@PathVariable UUID id, @Valid @ModelAttribute("form") AnswerForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && !"ACCEPT".equals(form.answer()) && !"DECLINE".equals(form.answer())) {
			errors.rejectValue("answer", "offer.answer.required");
		}
		if (!errors.hasErrors() && "DECLINE".equals(form.answer()) && form.reason() == null) {
			errors.rejectValue("reason", "offer.reason.required");
		}
		return PageForms.submit(errors, "answer", () -> this.offers.answer(id, form.toAnswer())).map((offer) -> {
			redirect.addAttribute("done", "answered");
			return "redirect:/allocation/offers/" + offer.id();
		}).orElseGet(() -> show(this.offers.get(id), form, model));
	}

	@GetMapping("/allocation/placements")
	String placements(Model model) {
		model.addAttribute("placements", this.offers.placements());
		return "placements/list";
	}

	private String show(Offer offer, AnswerForm form, Model model) {
		model.addAttribute("offer", offer);
		model.addAttribute("snapshot", this.offers.snapshotOf(offer));
		model.addAttribute("form", form);
		model.addAttribute("reasons", DeclineReason.values());
		model.addAttribute("canAnswer",
				answerer() && offer.open() && !LocalDate.now(this.clock).isAfter(offer.answerBy()));
		return "offers/show";
	}

	private static boolean answerer() {
		Actor actor = Actor.current();
		return actor.hasRole("SOCIAL_CASEWORKER") || actor.hasRole("SOCIAL_MANAGER");
	}

	/**
	 * The answer form.
	 *
	 * @param answer {@code ACCEPT} or {@code DECLINE}
	 * @param reason the coded reason of a decline
	 */
	record AnswerForm(String answer, DeclineReason reason) {

		OfferAnswer toAnswer() {
			boolean accept = "ACCEPT".equals(this.answer);
			return new OfferAnswer(accept, accept ? null : this.reason);
		}

	}

}
