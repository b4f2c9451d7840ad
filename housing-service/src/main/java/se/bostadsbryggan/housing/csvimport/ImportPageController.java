package se.bostadsbryggan.housing.csvimport;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The import page: paste a CSV file of payments (staff) or of apartments and leases (the
 * housing manager). The file's text travels in an ordinary form field, which the
 * gateway's CSRF check reads like every other form.
 */
@Controller
class ImportPageController {

	private final PaymentImport payments;

	private final ApartmentImport apartments;

	ImportPageController(PaymentImport payments, ApartmentImport apartments) {
		this.payments = payments;
		this.apartments = apartments;
	}

	@GetMapping("/housing/imports")
	String page(Model model, HttpServletRequest request) {
		return page(model, request, null, null, null);
	}

	@PostMapping("/housing/imports/payments")
	String payments(@RequestParam(defaultValue = "") String file, Model model, HttpServletRequest request) {
		return page(model, request, "payments", file, this.payments.run(file));
	}

	@PostMapping("/housing/imports/apartments")
	String apartments(@RequestParam(defaultValue = "") String file, Model model, HttpServletRequest request) {
		return page(model, request, "apartments", file, this.apartments.run(file));
	}

	private String page(Model model, HttpServletRequest request, String kind, String file, ImportResult result) {
		model.addAttribute("kind", kind);
		model.addAttribute("file", file);
		model.addAttribute("result", result);
		model.addAttribute("canImportApartments", request.isUserInRole("HOUSING_MANAGER"));
		return "imports/page";
	}

}
