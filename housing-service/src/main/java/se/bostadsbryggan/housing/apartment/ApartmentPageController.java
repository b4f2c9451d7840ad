package se.bostadsbryggan.housing.apartment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
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

import se.bostadsbryggan.housing.property.StairwellRegister;
import se.bostadsbryggan.web.PageForms;
import se.bostadsbryggan.web.ProblemException;

/**
 * The letting staff's apartment page: the list with filters and paging, a form to
 * register an apartment, and a button to report one vacant. The page of one apartment,
 * with its leases, belongs to the lease feature.
 */
@Controller
class ApartmentPageController {

	private final ApartmentService apartments;

	/** The lease types the list filters by, as the lease feature names them. */
	private static final List<String> LEASE_TYPES = List.of("FIRST_HAND", "SOCIAL", "GUARANTEED");

	private final StairwellRegister stairwells;

	private final Clock clock;

	ApartmentPageController(ApartmentService apartments, StairwellRegister stairwells, Clock clock) {
		this.apartments = apartments;
		this.stairwells = stairwells;
		this.clock = clock;
	}

	@GetMapping({ "/housing", "/housing/" })
	String home() {
		return "redirect:/housing/apartments";
	}

	@GetMapping("/housing/apartments")
	String list(@RequestParam(required = false) String registered, @RequestParam(required = false) String vacated,
			@RequestParam(required = false) String status, @RequestParam(required = false) String stairwell,
			@RequestParam(required = false) String leaseType, @RequestParam(required = false) String vacant,
			@RequestParam(required = false) String page, Model model) {
		model.addAttribute("form", new RegisterApartment(null, null, null, null, null, null));
		if (registered != null) {
			notice(model, "apartment.registered", registered);
		}
		else if (vacated != null) {
			notice(model, "apartment.vacated", vacated);
		}
		ApartmentFilter filter = new ApartmentFilter(statusOf(status), stairwell, leaseTypeOf(leaseType),
				"true".equals(vacant) ? Boolean.TRUE : null, pageOf(page));
		return page(model, filter);
	}

	@PostMapping("/housing/apartments")
	String register(@Valid @ModelAttribute("form") RegisterApartment form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Optional<Apartment> apartment = PageForms.submit(errors, "objectNumber", () -> this.apartments.register(form));
		if (apartment.isPresent()) {
			redirect.addAttribute("registered", apartment.get().objectNumber());
			return "redirect:/housing/apartments";
		}
		return page(model, ApartmentFilter.none());
	}

	@PostMapping("/housing/apartments/{id}/vacancy")
	String reportVacant(@PathVariable UUID id, @RequestParam(required = false) LocalDate availableFrom, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			LocalDate from = (availableFrom != null) ? availableFrom : LocalDate.now(this.clock);
			Apartment apartment = this.apartments.reportVacant(id, new ReportVacancy(from));
			redirect.addAttribute("vacated", apartment.objectNumber());
			return "redirect:/housing/apartments";
		}
		catch (ProblemException ex) {
			response.setStatus(ex.status().value());
			model.addAttribute("problem", "problem." + ex.code() + ".detail");
			model.addAttribute("problemArgument", (ex.arguments().length > 0) ? ex.arguments()[0] : "");
			model.addAttribute("form", new RegisterApartment(null, null, null, null, null, null));
			return page(model, ApartmentFilter.none());
		}
	}

	private String page(Model model, ApartmentFilter filter) {
		model.addAttribute("filter", filter);
		model.addAttribute("result", this.apartments.search(filter));
		model.addAttribute("statuses", ApartmentStatus.values());
		model.addAttribute("leaseTypes", LEASE_TYPES);
		model.addAttribute("stairwells", this.stairwells.all());
		model.addAttribute("today", LocalDate.now(this.clock));
		return "apartments/list";
	}

	private static ApartmentStatus statusOf(String value) {
		for (ApartmentStatus status : ApartmentStatus.values()) {
			if (status.name().equals(value)) {
				return status;
			}
		}
		return null;
	}

	private static String leaseTypeOf(String value) {
		return (value != null && LEASE_TYPES.contains(value)) ? value : null;
	}

	private static Integer pageOf(String value) {
		try {
			return (value != null) ? Integer.valueOf(value) : 1;
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	private static void notice(Model model, String key, String argument) {
		model.addAttribute("notice", key);
		model.addAttribute("noticeArgument", argument);
	}

}
