package se.bostadsbryggan.social.consent;

import java.util.List;
import java.util.UUID;

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
 * A client's consent and its history as a JSON API.
 */
@RestController
@RequestMapping("/api/social/clients/{clientId}/consents")
class ConsentApiController {

	private final ConsentService consents;

	ConsentApiController(ConsentService consents) {
		this.consents = consents;
	}

	@GetMapping
	List<Consent> history(@PathVariable UUID clientId) {
		return this.consents.history(clientId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Consent record(@PathVariable UUID clientId, @Valid @RequestBody RecordConsent command) {
		return this.consents.record(clientId, command);
	}

}
