package se.bostadsbryggan.allocation.request;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The waiting housing requests the caller may see, as a JSON API.
 */
@RestController
@RequestMapping("/api/allocation/requests")
class RequestApiController {

	private final HousingRequestQueue queue;

	RequestApiController(HousingRequestQueue queue) {
		this.queue = queue;
	}

	@GetMapping
	List<HousingRequest> waiting() {
		return this.queue.waiting();
	}

}
