package se.bostadsbryggan.housing.disturbance;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Disturbance and damage reports as a JSON API.
 */
@RestController
class DisturbanceApiController {

	private final DisturbanceService disturbances;

	DisturbanceApiController(DisturbanceService disturbances) {
		this.disturbances = disturbances;
	}

	@GetMapping("/api/housing/leases/{leaseId}/disturbances")
	List<Disturbance> list(@PathVariable UUID leaseId) {
		return this.disturbances.forLease(leaseId);
	}

	@PostMapping("/api/housing/leases/{leaseId}/disturbances")
	ResponseEntity<Disturbance> report(@PathVariable UUID leaseId, @Valid @RequestBody ReportDisturbance command) {
		Disturbance disturbance = this.disturbances.report(leaseId, command);
		return ResponseEntity.created(URI.create("/api/housing/disturbances/" + disturbance.id())).body(disturbance);
	}

	@GetMapping("/api/housing/disturbances/{id}")
	Disturbance get(@PathVariable UUID id) {
		return this.disturbances.get(id);
	}

	@PostMapping("/api/housing/disturbances/{id}/conclusion")
	Disturbance conclude(@PathVariable UUID id, @Valid @RequestBody ConcludeDisturbance command) {
		return this.disturbances.conclude(id, command);
	}

}
