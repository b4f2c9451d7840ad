package se.bostadsbryggan.housing.lease;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.bostadsbryggan.housing.apartment.Apartment;
import se.bostadsbryggan.housing.apartment.ApartmentService;
import se.bostadsbryggan.web.PageForms;

/**
 * The page of one apartment: its details, its lease history, and forms to let it and to
 * end a lease.
 */
@Controller
class LeasePageController {

	private final ApartmentService apartments;

	private final LeaseService leases;

	private final Clock clock;

	private final List<LeasePageSection> sections;

	LeasePageController(ApartmentService apartments, LeaseService leases, Clock clock,
			List<LeasePageSection> sections) {
		this.apartments = apartments;
		this.leases = leases;
		this.clock = clock;
		this.sections = sections;
	}

	@GetMapping("/housing/apartments/{id}")
	String apartment(@PathVariable UUID id, @RequestParam(required = false) String leased,
			@RequestParam(required = false) String ended, Model model) {
		if (leased != null) {
			model.addAttribute("notice", "lease.created");
		}
		else if (ended != null) {
			model.addAttribute("notice", "lease.ended");
		}
		model.addAttribute("form", new CreateLease(LeaseType.FIRST_HAND, null, null, null, null, null, null, null));
		return page(id, model);
	}

	@PostMapping("/housing/apartments/{id}/leases")
	String create(@PathVariable UUID id, @Valid @ModelAttribute("form") CreateLease form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (PageForms.submit(errors, "startDate", () -> this.leases.create(id, form)).isPresent()) {
			redirect.addAttribute("leased", "1");
			return "redirect:/housing/apartments/" + id;
		}
		return page(id, model);
	}

	@PostMapping("/housing/leases/{leaseId}/end")
	String end(@PathVariable UUID leaseId, @Valid @ModelAttribute("endForm") EndLease endForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UUID apartmentId = this.leases.lease(leaseId).apartmentId();
		if (PageForms.submit(errors, "endDate", () -> this.leases.end(leaseId, endForm)).isPresent()) {
			redirect.addAttribute("ended", "1");
			return "redirect:/housing/apartments/" + apartmentId;
		}
		model.addAttribute("endLeaseId", leaseId);
		model.addAttribute("form", new CreateLease(LeaseType.FIRST_HAND, null, null, null, null, null, null, null));
		return page(apartmentId, model);
	}

	private String page(UUID id, Model model) {
		Apartment apartment = this.apartments.get(id);
		model.addAttribute("apartment", apartment);
		List<LeaseView> history = this.leases.history(id);
		model.addAttribute("history", history);
		List<Lease> leases = history.stream().map(LeaseView::lease).toList();
		model.addAttribute("sections",
				this.sections.stream()
					.map((section) -> new LeasePageSection.Shown(section.template(), section.data(apartment, leases)))
					.filter((shown) -> !shown.data().isEmpty())
					.toList());
		model.addAttribute("leaseTypes", LeaseType.values());
		model.addAttribute("today", LocalDate.now(this.clock));
		if (!model.containsAttribute("endForm")) {
			model.addAttribute("endForm", new EndLease(null, null));
		}
		return "apartments/detail";
	}

}
