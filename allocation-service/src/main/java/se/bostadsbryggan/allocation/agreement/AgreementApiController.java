package se.bostadsbryggan.allocation.agreement;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import se.bostadsbryggan.web.ProblemException;

/**
 * The agreements as a JSON API: read by all staff, saved (as a new version) by the
 * managers.
 */
@RestController
@RequestMapping("/api/allocation/agreements")
class AgreementApiController {

	private final AgreementService agreements;

	AgreementApiController(AgreementService agreements) {
		this.agreements = agreements;
	}

	@GetMapping("/{year}")
	Agreement get(@PathVariable int year) {
		return this.agreements.inForce(year).orElseThrow(() -> ProblemException.notFound("agreement-not-found", year));
	}

	@PostMapping("/{year}/versions")
	@ResponseStatus(HttpStatus.CREATED)
	Agreement save(@PathVariable int year, @Valid @RequestBody AgreementTerms terms) {
		return this.agreements.save(year, terms);
	}

}
