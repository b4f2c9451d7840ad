package se.bostadsbryggan.allocation.request;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The queue of housing requests, oldest first: needs, never identities.
 */
@Controller
class RequestPageController {

	private final HousingRequestQueue queue;

	RequestPageController(HousingRequestQueue queue) {
		this.queue = queue;
	}

	@GetMapping("/allocation/requests")
	String list(Model model) {
		model.addAttribute("requests", this.queue.waiting());
		return "requests/list";
	}

}
