package se.bostadsbryggan.allocation.trend;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trend figures as a JSON API.
 */
@RestController
class TrendApiController {

	private final TrendService trends;

	TrendApiController(TrendService trends) {
		this.trends = trends;
	}

	/**
	 * The figures per year.
	 *
	 * @param years one entry per year, the oldest first
	 */
	record TrendsResponse(List<TrendYear> years) {
	}

	@GetMapping("/api/allocation/trends")
	TrendsResponse get() {
		return new TrendsResponse(this.trends.years());
	}

}
