package se.bostadsbryggan.housing.property;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The housing company's stairwells, with their buildings and properties, as a JSON API.
 */
@RestController
class StairwellApiController {

	private final StairwellRegister stairwells;

	StairwellApiController(StairwellRegister stairwells) {
		this.stairwells = stairwells;
	}

	@GetMapping("/api/housing/stairwells")
	List<Stairwell> all() {
		return this.stairwells.all();
	}

}
