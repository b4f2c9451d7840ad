package se.bostadsbryggan.allocation.overview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.bostadsbryggan.allocation.apartment.AvailableApartments;
import se.bostadsbryggan.allocation.offer.OfferService;

/**
 * The shared workflow's start page: the apartments available for re-letting for both
 * organisations' staff, with a link to the queue of housing requests; for social
 * services, a notice of the offers waiting for their answer.
 */
@Controller
class OverviewPageController {

	private final AvailableApartments apartments;

	private final OfferService offers;

	OverviewPageController(AvailableApartments apartments, OfferService offers) {
		this.apartments = apartments;
		this.offers = offers;
	}

	@GetMapping("/allocation")
	String home() {
		return "redirect:/allocation/";
	}

	@GetMapping("/allocation/")
	String overview(Model model) {
		model.addAttribute("apartments", this.apartments.available());
		model.addAttribute("offersToAnswer", this.offers.openToAnswer());
		return "overview/index";
	}

}
