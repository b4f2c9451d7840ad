package se.bostadsbryggan.housing.takeover;

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
 * Own contracts in the housing company's pages: the housing manager's overview, and the
 * takeover page of a lease where the housing manager (only) approves or declines.
 */
@Controller
class TakeoverPageController {

	private final TakeoverService takeovers;

	private final LeaseService leases;

	private final ApartmentService apartments;

	private final Clock clock;

	TakeoverPageController(TakeoverService takeovers, LeaseService leases, ApartmentService apartments, Clock clock) {
		this.takeovers = takeovers;
		this.leases = leases;
		this.apartments = apartments;
		this.clock = clock;
	}

	@GetMapping("/housing/takeovers")
	String overview(Model model) {
		model.addAttribute("overview", this.takeovers.overview());
		return "takeover/list";
	}

	@GetMapping("/housing/leases/{leaseId}/takeover")
	String takeover(@PathVariable UUID leaseId, @RequestParam(required = false) String decided, Model model) {
		if (decided != null) {
			model.addAttribute("notice", "takeover.decided");
		}
		return page(leaseId, model);
	}

	@PostMapping("/housing/leases/{leaseId}/takeover/approval")
	String approve(@PathVariable UUID leaseId, @Valid @ModelAttribute("approveForm") ApproveTakeoverForm approveForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Lease lease = this.leases.lease(leaseId);
		LocalDate date = approveForm.takeoverDate();
		if (date != null && date.isBefore(LocalDate.now(this.clock))) {
			errors.rejectValue("takeoverDate", "takeover.date.past");
		}
		else if (date != null && !date.isAfter(lease.startDate())) {
			errors.rejectValue("takeoverDate", "takeover.date.beforeStart");
		}
		if (PageForms.submit(errors, "takeoverDate", () -> this.takeovers.approve(leaseId, date)).isPresent()) {
			redirect.addAttribute("decided", "1");
			return "redirect:/housing/leases/" + leaseId + "/takeover";
		}
		return page(leaseId, model);
	}

	@PostMapping("/housing/leases/{leaseId}/takeover/decline")
	String decline(@PathVariable UUID leaseId, @Valid @ModelAttribute("declineForm") DeclineTakeoverForm declineForm,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		this.leases.lease(leaseId);
		if (PageForms.submit(errors, "motivation", () -> this.takeovers.decline(leaseId, declineForm.motivation()))
			.isPresent()) {
			redirect.addAttribute("decided", "1");
			return "redirect:/housing/leases/" + leaseId + "/takeover";
		}
		return page(leaseId, model);
	}

	private String page(UUID leaseId, Model model) {
		Lease lease = this.leases.lease(leaseId);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("lease", lease);
		model.addAttribute("apartment", this.apartments.get(lease.apartmentId()));
		model.addAttribute("transferability", this.takeovers.transferability(leaseId).orElse(null));
		model.addAttribute("guaranteeReleasedOn", this.takeovers.guaranteeReleasedOn(leaseId).orElse(null));
		model.addAttribute("takeover", this.takeovers.takeover(leaseId).orElse(null));
		model.addAttribute("today", today);
		if (!model.containsAttribute("approveForm")) {
			model.addAttribute("approveForm", new ApproveTakeoverForm(today.plusMonths(1).withDayOfMonth(1)));
		}
		if (!model.containsAttribute("declineForm")) {
			model.addAttribute("declineForm", new DeclineTakeoverForm(null));
		}
		return "takeover/page";
	}

}
