package se.bostadsbryggan.housing.turnover;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The turnover page: the last five years as a chart and a table; the housing manager
 * publishes a year's figure from here.
 */
@Controller
class TurnoverPageController {

	private final TurnoverService turnover;

	TurnoverPageController(TurnoverService turnover) {
		this.turnover = turnover;
	}

	@GetMapping("/housing/turnover")
	String page(@RequestParam(required = false) Integer published, Model model, HttpServletRequest request) {
		List<YearTurnover> years = this.turnover.lastYears();
		model.addAttribute("years", years);
		model.addAttribute("chart", TurnoverChart.of(years));
		model.addAttribute("canPublish", request.isUserInRole("HOUSING_MANAGER"));
		if (published != null) {
			model.addAttribute("notice", "turnover.published");
			model.addAttribute("noticeArgument", String.valueOf(published));
		}
		return "turnover/page";
	}

	@PostMapping("/housing/turnover/{year}/publish")
	String publish(@PathVariable int year, RedirectAttributes redirect) {
		this.turnover.publish(year);
		redirect.addAttribute("published", year);
		return "redirect:/housing/turnover";
	}

}
