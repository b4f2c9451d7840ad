package se.bostadsbryggan.housing.apartment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An apartment as the JSON API shows it.
 */
record ApartmentResponse(UUID id, String objectNumber, String address, String stairwell, int rooms,
		BigDecimal areaSquareMetres, BigDecimal monthlyRent, ApartmentStatus status, LocalDate availableFrom,
		Instant registeredAt) {

	static ApartmentResponse of(Apartment apartment) {
		return new ApartmentResponse(apartment.id(), apartment.objectNumber(), apartment.address(),
				apartment.stairwell(), apartment.rooms(), apartment.areaSquareMetres(), apartment.monthlyRent(),
				apartment.status(), apartment.availableFrom(), apartment.registeredAt());
	}

}
