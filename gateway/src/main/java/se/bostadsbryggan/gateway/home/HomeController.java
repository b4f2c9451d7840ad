package se.bostadsbryggan.gateway.home;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.bostadsbryggan.gateway.account.AccountUser;
import se.bostadsbryggan.gateway.account.Role;
import se.bostadsbryggan.gateway.backend.Backend;

/**
 * The start page: what Bostadsbryggan is for, and a card for each organisation's pages
 * and the shared workflow, each showing whether its service is available right now; and
 * who is logged in, with a logout button.
 */
@Controller
class HomeController {

	private final ServiceAvailability availability;

	HomeController(ServiceAvailability availability) {
		this.availability = availability;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal AccountUser user, Model model) {
		if (user != null) {
			model.addAttribute("user", user);
			model.addAttribute("isAdmin", user.roles().contains(Role.ADMIN));
		}
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
