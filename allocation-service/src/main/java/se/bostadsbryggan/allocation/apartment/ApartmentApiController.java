package se.bostadsbryggan.allocation.apartment;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The apartments available for re-letting as a JSON API.
 */
@RestController
@RequestMapping("/api/allocation/apartments")
class ApartmentApiController {

	private final AvailableApartments apartments;

	ApartmentApiController(AvailableApartments apartments) {
		this.apartments = apartments;
	}

	@GetMapping
	List<ApartmentResponse> available() {
		return this.apartments.available().stream().map(ApartmentResponse::of).toList();
	}

	@GetMapping("/{id}")
	ApartmentResponse get(@PathVariable UUID id) {
		return ApartmentResponse.of(this.apartments.get(id));
	}

}
