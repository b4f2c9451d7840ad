package se.bostadsbryggan.social.decision;

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
 * A client's support decisions as a JSON API.
 */
@RestController
@RequestMapping("/api/social/clients/{clientId}/decisions")
class DecisionApiController {

	private final DecisionService decisions;

	DecisionApiController(DecisionService decisions) {
		this.decisions = decisions;
	}

	@GetMapping
	List<SupportDecision> list(@PathVariable UUID clientId) {
		return this.decisions.decisions(clientId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	SupportDecision record(@PathVariable UUID clientId, @Valid @RequestBody RecordDecision command) {
		return this.decisions.record(clientId, command);
	}

}
