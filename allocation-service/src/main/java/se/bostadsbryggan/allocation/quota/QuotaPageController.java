package se.bostadsbryggan.allocation.quota;

import java.time.Clock;
import java.time.LocalDate;

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
 * The quota page: last year's turnover, the rule, the quota, what is used and left, per
 * month, the fairness line, and the housing manager's exceptions.
 */
@Controller
class QuotaPageController {

	private final QuotaService quotas;

	private final Clock clock;

	QuotaPageController(QuotaService quotas, Clock clock) {
		this.quotas = quotas;
		this.clock = clock;
	}

	@GetMapping("/allocation/quota")
	String show(@RequestParam(required = false) Integer year, @RequestParam(required = false) String granted,
			Model model) {
		if (granted != null) {
			model.addAttribute("notice", "quota.exception.granted");
		}
		model.addAttribute("form", new GrantException(null, null));
		return page((year != null) ? year : LocalDate.now(this.clock).getYear(), model);
	}

	@PostMapping("/allocation/quota/{year}/exceptions")
	String grant(@PathVariable int year, @Valid @ModelAttribute("form") GrantException form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (PageForms.perform(errors, () -> this.quotas.grantException(year, form))) {
			redirect.addAttribute("year", year);
			redirect.addAttribute("granted", "true");
			return "redirect:/allocation/quota";
		}
		return page(year, model);
	}

	private String page(int year, Model model) {
		model.addAttribute("quota", this.quotas.of(year));
		return "quota/show";
	}

}
