package se.bostadsbryggan.allocation.need;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The queue of pseudonymous housing needs as a JSON API.
 */
@RestController
@RequestMapping("/api/allocation/housing-needs")
class HousingNeedApiController {

	private final HousingNeedQueue queue;

	HousingNeedApiController(HousingNeedQueue queue) {
		this.queue = queue;
	}

	@GetMapping
	List<HousingNeedResponse> inQueueOrder() {
		return this.queue.inQueueOrder().stream().map(HousingNeedResponse::of).toList();
	}

}
