package se.bostadsbryggan.allocation.matching;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.bostadsbryggan.allocation.apartment.AvailableApartments;
import se.bostadsbryggan.audit.Actor;

/**
 * The vacant apartments: the housing company's staff offer them for a social contract (or
 * withdraw them); everyone sees which are offered and which the spread rules block, and
 * opens the matching requests of an offered one.
 */
@Controller
class ApartmentsPageController {

	private static final Set<String> NOTICES = Set.of("offered", "withdrawn");

	private final MatchingService matching;

	private final AvailableApartments apartments;

	ApartmentsPageController(MatchingService matching, AvailableApartments apartments) {
		this.matching = matching;
		this.apartments = apartments;
	}

	@GetMapping("/allocation/apartments")
	String list(@RequestParam(required = false) String done, Model model) {
		if (done != null && NOTICES.contains(done)) {
			model.addAttribute("notice", "apartments.notice." + done);
		}
		model.addAttribute("rows", this.matching.vacantApartments());
		return "apartments/list";
	}

	@PostMapping("/allocation/apartments/{id}/social-contract")
	String offer(@PathVariable UUID id, RedirectAttributes redirect) {
		this.apartments.offerForSocialContract(id, true, Actor.current().username());
		redirect.addAttribute("done", "offered");
		return "redirect:/allocation/apartments";
	}

	@PostMapping("/allocation/apartments/{id}/social-contract/withdrawal")
	String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
		this.apartments.offerForSocialContract(id, false, Actor.current().username());
		redirect.addAttribute("done", "withdrawn");
		return "redirect:/allocation/apartments";
	}

	@GetMapping("/allocation/apartments/{id}/matches")
	String matches(@PathVariable UUID id, Model model) {
		model.addAttribute("matches", this.matching.forApartment(id));
		return "apartments/matches";
	}

	@GetMapping("/allocation/requests/{reference}/matches")
	String requestMatches(@PathVariable UUID reference, Model model) {
		model.addAttribute("matches", this.matching.forRequest(reference));
		return "requests/matches";
	}

}
