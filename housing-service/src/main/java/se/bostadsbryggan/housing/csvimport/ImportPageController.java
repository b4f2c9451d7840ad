package se.bostadsbryggan.housing.csvimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: upload a CSV file of payments (staff) or of apartments and leases (the
 * housing manager). The upload is a {@code multipart/form-data} form; the gateway reads
 * its {@code _csrf} part like the field of any other form.
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
	String payments(@RequestParam(required = false) MultipartFile file, Model model, HttpServletRequest request) {
		return page(model, request, "payments", fileName(file), this.payments.run(text(file)));
	}

	@PostMapping("/housing/imports/apartments")
	String apartments(@RequestParam(required = false) MultipartFile file, Model model, HttpServletRequest request) {
		return page(model, request, "apartments", fileName(file), this.apartments.run(text(file)));
	}

	/**
	 * The uploaded file as text: UTF-8, without a byte order mark; none is an empty file.
	 */
	private static String text(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return "";
		}
		try {
			String text = new String(file.getBytes(), StandardCharsets.UTF_8);
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String fileName(MultipartFile file) {
		return (file != null && file.getOriginalFilename() != null) ? file.getOriginalFilename() : "";
	}

	private String page(Model model, HttpServletRequest request, String kind, String fileName, ImportResult result) {
		model.addAttribute("kind", kind);
		model.addAttribute("fileName", fileName);
		model.addAttribute("result", result);
		model.addAttribute("canImportApartments", request.isUserInRole("HOUSING_MANAGER"));
		return "imports/page";
	}

}
