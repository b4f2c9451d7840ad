package se.bostadsbryggan.housing.csvimport;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * CSV imports as a JSON API: the file is the request body ({@code text/csv}, UTF-8). A
 * file with bad rows answers {@code 400} with a problem detail listing each under
 * {@code rows} and changes nothing.
 */
@RestController
class ImportApiController {

	private final PaymentImport payments;

	private final ApartmentImport apartments;

	private final MessageSource messages;

	ImportApiController(PaymentImport payments, ApartmentImport apartments, MessageSource messages) {
		this.payments = payments;
		this.apartments = apartments;
		this.messages = messages;
	}

	@PostMapping(path = "/api/housing/imports/payments", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	ResponseEntity<?> payments(@RequestBody(required = false) String file) {
		return answer(this.payments.run((file != null) ? file : ""));
	}

	@PostMapping(path = "/api/housing/imports/apartments", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	ResponseEntity<?> apartments(@RequestBody(required = false) String file) {
		return answer(this.apartments.run((file != null) ? file : ""));
	}

	private ResponseEntity<?> answer(ImportResult result) {
		if (result.accepted()) {
			return ResponseEntity.ok(new Imported(result.rows(), result.imported(), result.skipped()));
		}
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setType(URI.create("https://bostadsbryggan.se/problem/import-rejected"));
		problem.setTitle(message("problem.import-rejected.title"));
		problem.setDetail(message("problem.import-rejected.detail"));
		List<Map<String, Object>> rows = result.errors()
			.stream()
			.map((error) -> Map.<String, Object>of("line", error.line(), "message", error.message()))
			.toList();
		problem.setProperty("rows", rows);
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

	record Imported(int rows, int imported, int skipped) {
	}

}
