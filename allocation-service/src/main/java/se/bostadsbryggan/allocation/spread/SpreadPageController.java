package se.bostadsbryggan.allocation.spread;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The concentration of social contracts and guarantees per stairwell, against the
 * agreement's limits.
 */
@Controller
class SpreadPageController {

	private final Spread spread;

	SpreadPageController(Spread spread) {
		this.spread = spread;
	}

	@GetMapping("/allocation/spread")
	String show(Model model) {
		model.addAttribute("stairwells", this.spread.perStairwell());
		model.addAttribute("agreementInForce", this.spread.agreementInForce());
		return "spread/show";
	}

}
