package se.bostadsbryggan.social.contract;

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
 * A client's social contracts as a JSON API.
 */
@RestController
@RequestMapping("/api/social/clients/{clientId}/social-contracts")
class SocialContractApiController {

	private final SocialContractService contracts;

	SocialContractApiController(SocialContractService contracts) {
		this.contracts = contracts;
	}

	@GetMapping
	List<SocialContract> list(@PathVariable UUID clientId) {
		return this.contracts.contracts(clientId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SocialContract record(@PathVariable UUID clientId, @Valid @RequestBody RecordSocialContract command) {
		return this.contracts.record(clientId, command);
	}

	@PostMapping("/{contractId}/end")
	SocialContract end(@PathVariable UUID clientId, @PathVariable UUID contractId,
			@Valid @RequestBody EndSocialContract command) {
		return this.contracts.end(clientId, contractId, command);
	}

}
