package se.bostadsbryggan.allocation.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

import se.bostadsbryggan.web.PageForms;

/**
 * The year's agreement: the terms in force, their history (who changed what, when) and,
 * for the two organisations' managers, the form that saves a new version.
 */
@Controller
class AgreementPageController {

	private final AgreementService agreements;

	private final Clock clock;

	AgreementPageController(AgreementService agreements, Clock clock) {
		this.agreements = agreements;
		this.clock = clock;
	}

	@GetMapping("/allocation/agreement")
	String show(@RequestParam(required = false) Integer year, @RequestParam(required = false) String saved,
			Model model) {
		int shown = (year != null) ? year : LocalDate.now(this.clock).getYear();
		Optional<Agreement> current = this.agreements.inForce(shown);
		model.addAttribute("form", current.map((agreement) -> agreement.terms().editing(agreement.version(), null))
			.orElseGet(() -> this.agreements.startingPoint(shown)));
		if (saved != null) {
			model.addAttribute("notice", "agreement.saved");
		}
		return page(shown, model);
	}

	@PostMapping("/allocation/agreement/{year}/versions")
	String save(@PathVariable int year, @Valid @ModelAttribute("form") AgreementTerms form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (PageForms.submit(errors, () -> this.agreements.save(year, form)).isPresent()) {
			redirect.addAttribute("year", year);
			redirect.addAttribute("saved", "true");
			return "redirect:/allocation/agreement";
		}
		return page(year, model);
	}

	private String page(int year, Model model) {
		List<Agreement> history = this.agreements.history(year);
		List<HistoryRow> rows = new ArrayList<>();
		for (int i = 0; i < history.size(); i++) {
			Agreement version = history.get(i);
			Agreement previous = (i + 1 < history.size()) ? history.get(i + 1) : null;
			rows.add(new HistoryRow(version, version.changesSince(previous)));
		}
		model.addAttribute("year", year);
		model.addAttribute("agreement", history.isEmpty() ? null : history.get(0));
		model.addAttribute("history", rows);
		model.addAttribute("modes", QuotaMode.values());
		return "agreement/show";
	}

	/**
	 * A row of the history table.
	 *
	 * @param agreement the version
	 * @param changes what it changed since the version before
	 */
	record HistoryRow(Agreement agreement, List<Agreement.Change> changes) {
	}

}
