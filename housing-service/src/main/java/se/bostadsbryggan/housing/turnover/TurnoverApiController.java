package se.bostadsbryggan.housing.turnover;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Turnover per year as a JSON API; publishing a figure is for the housing manager.
 */
@RestController
class TurnoverApiController {

	private final TurnoverService turnover;

	TurnoverApiController(TurnoverService turnover) {
		this.turnover = turnover;
	}

	@GetMapping("/api/housing/turnover")
	List<YearTurnover> lastYears() {
		return this.turnover.lastYears();
	}

	@PostMapping("/api/housing/turnover/{year}/publish")
	YearTurnover publish(@PathVariable int year) {
		return this.turnover.publish(year);
	}

}
