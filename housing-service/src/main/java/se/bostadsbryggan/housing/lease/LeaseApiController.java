package se.bostadsbryggan.housing.lease;

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

import se.bostadsbryggan.housing.apartment.ApartmentService;

/**
 * Leases as a JSON API.
 */
@RestController
class LeaseApiController {

	private final LeaseService leases;

	private final ApartmentService apartments;

	LeaseApiController(LeaseService leases, ApartmentService apartments) {
		this.leases = leases;
		this.apartments = apartments;
	}

	@PostMapping("/api/housing/apartments/{id}/leases")
	ResponseEntity<LeaseResponse> create(@PathVariable UUID id, @Valid @RequestBody CreateLease command) {
		Lease lease = this.leases.create(id, command);
		return ResponseEntity.created(URI.create("/api/housing/leases/" + lease.id()))
			.body(LeaseResponse.of(this.leases.get(lease.id())));
	}

	@GetMapping("/api/housing/apartments/{id}/leases")
	List<LeaseResponse> history(@PathVariable UUID id) {
		this.apartments.get(id);
		return this.leases.history(id).stream().map(LeaseResponse::of).toList();
	}

	@GetMapping("/api/housing/leases/{leaseId}")
	LeaseResponse get(@PathVariable UUID leaseId) {
		return LeaseResponse.of(this.leases.get(leaseId));
	}

	@PostMapping("/api/housing/leases/{leaseId}/end")
	LeaseResponse end(@PathVariable UUID leaseId, @Valid @RequestBody EndLease command) {
		Lease lease = this.leases.end(leaseId, command);
		return LeaseResponse.of(this.leases.get(lease.id()));
	}

}
