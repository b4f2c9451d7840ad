package se.bostadsbryggan.social.readiness;

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
 * A client's readiness assessments as a JSON API.
 */
@RestController
@RequestMapping("/api/social/clients/{clientId}/readiness-assessments")
class ReadinessApiController {

	private final ReadinessService readiness;

	ReadinessApiController(ReadinessService readiness) {
		this.readiness = readiness;
	}

	@GetMapping
	List<ReadinessAssessment> history(@PathVariable UUID clientId) {
		return this.readiness.history(clientId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ReadinessAssessment record(@PathVariable UUID clientId, @Valid @RequestBody RecordAssessment command) {
		return this.readiness.record(clientId, command);
	}

}
