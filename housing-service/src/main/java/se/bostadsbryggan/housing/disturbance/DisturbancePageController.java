package se.bostadsbryggan.housing.disturbance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
 * A lease's disturbances and damage: the list, the form to report one and a form per open
 * report to verify or dismiss it.
 */
@Controller
class DisturbancePageController {

	/** What the page may confirm after a redirect. */
	private static final Set<String> NOTICES = Set.of("reported", "verified", "dismissed");

	private final DisturbanceService disturbances;

	private final LeaseService leases;

	private final ApartmentService apartments;

	private final Clock clock;

	DisturbancePageController(DisturbanceService disturbances, LeaseService leases, ApartmentService apartments,
			Clock clock) {
		this.disturbances = disturbances;
		this.leases = leases;
		this.apartments = apartments;
		this.clock = clock;
	}

	@GetMapping("/housing/leases/{leaseId}/disturbances")
	String list(@PathVariable UUID leaseId, @RequestParam(required = false) String done, Model model) {
		if (done != null && NOTICES.contains(done)) {
			model.addAttribute("notice", "disturbance.notice." + done);
		}
		model.addAttribute("form", new ReportDisturbance(LocalDate.now(this.clock), null, null));
		return page(leaseId, model);
	}

	@PostMapping("/housing/leases/{leaseId}/disturbances")
	String report(@PathVariable UUID leaseId, @Valid @ModelAttribute("form") ReportDisturbance form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (PageForms.submit(errors, "occurredOn", () -> this.disturbances.report(leaseId, form)).isPresent()) {
			redirect.addAttribute("done", "reported");
			return "redirect:/housing/leases/" + leaseId + "/disturbances";
		}
		return page(leaseId, model);
	}

	@PostMapping("/housing/disturbances/{id}/conclusion")
	String conclude(@PathVariable UUID id, @Valid @ModelAttribute("conclusion") ConcludeDisturbance conclusion,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		UUID leaseId = this.disturbances.get(id).leaseId();
		Optional<Disturbance> concluded = PageForms.submit(errors, "outcome",
				() -> this.disturbances.conclude(id, conclusion));
		if (concluded.isPresent()) {
			redirect.addAttribute("done", concluded.get().status().name().toLowerCase(Locale.ROOT));
			return "redirect:/housing/leases/" + leaseId + "/disturbances";
		}
		model.addAttribute("failedId", id);
		model.addAttribute("form", new ReportDisturbance(LocalDate.now(this.clock), null, null));
		return page(leaseId, model);
	}

	private String page(UUID leaseId, Model model) {
		Lease lease = this.leases.lease(leaseId);
		model.addAttribute("lease", lease);
		model.addAttribute("apartment", this.apartments.get(lease.apartmentId()));
		model.addAttribute("disturbances", this.disturbances.forLease(leaseId));
		model.addAttribute("categories", DisturbanceCategory.values());
		model.addAttribute("outcomes",
				new DisturbanceStatus[] { DisturbanceStatus.VERIFIED, DisturbanceStatus.DISMISSED });
		if (!model.containsAttribute("conclusion")) {
			model.addAttribute("conclusion", new ConcludeDisturbance(null, null));
		}
		return "disturbances/list";
	}

}
