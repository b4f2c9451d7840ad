package se.bostadsbryggan.gateway.home;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.bostadsbryggan.gateway.backend.Backend;

/**
 * The start page: what Bostadsbryggan is for, and a card for each organisation's pages
 * and the shared workflow, each showing whether its service is available right now.
 */
@Controller
class HomeController {

	private final ServiceAvailability availability;

	HomeController(ServiceAvailability availability) {
		this.availability = availability;
	}

	@GetMapping("/")
	String home(Model model) {
		Map<Backend, Boolean> ready = this.availability.check();
		List<ServiceCard> cards = ready.entrySet()
			.stream()
			.map((entry) -> new ServiceCard(entry.getKey().id(), entry.getKey().startPage(), entry.getValue()))
			.toList();
		model.addAttribute("cards", cards);
		return "home";
	}

	/**
	 * One card of the start page.
	 *
	 * @param id the service's id, the key of its texts ({@code service.<id>.*})
	 * @param href where the card links to
	 * @param available whether the service is ready
	 */
	record ServiceCard(String id, String href, boolean available) {

	}

}
