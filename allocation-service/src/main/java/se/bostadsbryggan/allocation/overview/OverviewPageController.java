package se.bostadsbryggan.allocation.overview;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.bostadsbryggan.allocation.apartment.AvailableApartments;
import se.bostadsbryggan.allocation.need.HousingNeed;
import se.bostadsbryggan.allocation.need.HousingNeedQueue;
import se.bostadsbryggan.allocation.offer.OfferService;

/**
 * The shared workflow's start page: the apartments available for re-letting and the
 * housing needs waiting in the queue, side by side for both organisations' staff; for
 * social services, a notice of the offers waiting for their answer.
 */
@Controller
class OverviewPageController {

	/** Registration dates are the dates in Sweden, like every date the pages show. */
	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private final AvailableApartments apartments;

	private final HousingNeedQueue needs;

	private final OfferService offers;

	OverviewPageController(AvailableApartments apartments, HousingNeedQueue needs, OfferService offers) {
		this.apartments = apartments;
		this.needs = needs;
		this.offers = offers;
	}

	@GetMapping("/allocation")
	String home() {
		return "redirect:/allocation/";
	}

	@GetMapping("/allocation/")
	String overview(Model model) {
		model.addAttribute("apartments", this.apartments.available());
		model.addAttribute("needs", this.needs.inQueueOrder().stream().map(QueuedNeed::of).toList());
		model.addAttribute("offersToAnswer", this.offers.openToAnswer());
		return "overview/index";
	}

	/**
	 * A row of the queue table.
	 *
	 * @param shortReference the first characters of the pseudonymous reference
	 * @param householdSize number of people in the household
	 * @param roomsNeeded number of rooms the household needs
	 * @param registeredOn the day social services registered the need
	 */
	record QueuedNeed(String shortReference, int householdSize, int roomsNeeded, LocalDate registeredOn) {

		static QueuedNeed of(HousingNeed need) {
			return new QueuedNeed(need.shortReference(), need.householdSize(), need.roomsNeeded(),
					LocalDate.ofInstant(need.registeredAt(), SWEDEN));
		}

	}

}
