package se.bostadsbryggan.allocation.quota;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The yearly quota as a JSON API; exceptions only by a housing manager.
 */
@RestController
@RequestMapping("/api/allocation/quota")
class QuotaApiController {

	private final QuotaService quotas;

	QuotaApiController(QuotaService quotas) {
		this.quotas = quotas;
	}

	@GetMapping("/{year}")
	QuotaView get(@PathVariable int year) {
		return this.quotas.of(year);
	}

	@PostMapping("/{year}/exceptions")
	@ResponseStatus(HttpStatus.CREATED)
	QuotaView grant(@PathVariable int year, @Valid @RequestBody GrantException grant) {
		this.quotas.grantException(year, grant);
		return this.quotas.of(year);
	}

}
