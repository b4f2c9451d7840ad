package se.bostadsbryggan.housing.rent;

import java.time.Clock;
import java.time.LocalDate;
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

import se.bostadsbryggan.housing.apartment.ApartmentService;
import se.bostadsbryggan.housing.lease.Lease;
import se.bostadsbryggan.housing.lease.LeaseService;
import se.bostadsbryggan.web.PageForms;

/**
 * A lease's rent ledger page, with the form to register a payment by hand.
 */
@Controller
class RentPageController {

	private final RentService rent;

	private final LeaseService leases;

	private final ApartmentService apartments;

	private final Clock clock;

	RentPageController(RentService rent, LeaseService leases, ApartmentService apartments, Clock clock) {
		this.rent = rent;
		this.leases = leases;
		this.apartments = apartments;
		this.clock = clock;
	}

	@GetMapping("/housing/leases/{leaseId}/ledger")
	String ledger(@PathVariable UUID leaseId, @RequestParam(required = false) String recorded, Model model) {
		if (recorded != null) {
			model.addAttribute("notice", "payment.recorded");
		}
		model.addAttribute("form", new RecordPayment(null, LocalDate.now(this.clock), null));
		return page(leaseId, model);
	}

	@PostMapping("/housing/leases/{leaseId}/payments")
	String record(@PathVariable UUID leaseId, @Valid @ModelAttribute("form") RecordPayment form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (PageForms
			.submit(errors, (problem) -> problem.code().startsWith("payment-reference") ? "reference" : "paidDate",
					() -> this.rent.record(leaseId, form))
			.isPresent()) {
			redirect.addAttribute("recorded", "1");
			return "redirect:/housing/leases/" + leaseId + "/ledger";
		}
		return page(leaseId, model);
	}

	private String page(UUID leaseId, Model model) {
		Lease lease = this.leases.lease(leaseId);
		model.addAttribute("lease", lease);
		model.addAttribute("apartment", this.apartments.get(lease.apartmentId()));
		model.addAttribute("ledger", this.rent.ledger(leaseId));
		return "rent/ledger";
	}

}
