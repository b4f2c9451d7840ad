package se.bostadsbryggan.social.owncontract;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's own contract as a JSON API: the leases as judged, the takeover approval and
 * lasting solutions.
 */
@RestController
class OwnContractApiController {

	private final OwnContractService ownContracts;

	OwnContractApiController(OwnContractService ownContracts) {
		this.ownContracts = ownContracts;
	}

	@GetMapping("/api/social/clients/{clientId}/own-contract")
	OwnContractService.OwnContractSection section(@PathVariable UUID clientId) {
		return this.ownContracts.section(clientId);
	}

	@PostMapping("/api/social/clients/{clientId}/own-contract/{leaseId}/approval")
	OwnContract approve(@PathVariable UUID clientId, @PathVariable UUID leaseId) {
		return this.ownContracts.approve(clientId, leaseId);
	}

	@PostMapping("/api/social/clients/{clientId}/lasting-solutions")
	@ResponseStatus(HttpStatus.CREATED)
	LastingSolution markLasting(@PathVariable UUID clientId, @Valid @RequestBody MarkLastingSolution command) {
		return this.ownContracts.markLasting(clientId, command);
	}

	@DeleteMapping("/api/social/clients/{clientId}/lasting-solutions/{markId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unmarkLasting(@PathVariable UUID clientId, @PathVariable UUID markId) {
		this.ownContracts.unmarkLasting(clientId, markId);
	}

}
