package se.bostadsbryggan.housing.apartment;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The housing company's apartments as a JSON API.
 */
@RestController
@RequestMapping("/api/housing/apartments")
class ApartmentApiController {

	private final ApartmentService apartments;

	ApartmentApiController(ApartmentService apartments) {
		this.apartments = apartments;
	}

	@GetMapping
	List<ApartmentResponse> list() {
		return this.apartments.all().stream().map(ApartmentResponse::of).toList();
	}

	@GetMapping("/{id}")
	ApartmentResponse get(@PathVariable UUID id) {
		return ApartmentResponse.of(this.apartments.get(id));
	}

	@PostMapping
	ResponseEntity<ApartmentResponse> register(@Valid @RequestBody RegisterApartment command) {
		Apartment apartment = this.apartments.register(command);
		return ResponseEntity.created(URI.create("/api/housing/apartments/" + apartment.id()))
			.body(ApartmentResponse.of(apartment));
	}

	@PostMapping("/{id}/vacancy")
	ApartmentResponse reportVacant(@PathVariable UUID id, @Valid @RequestBody ReportVacancy command) {
		return ApartmentResponse.of(this.apartments.reportVacant(id, command));
	}

}
