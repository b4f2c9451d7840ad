package se.bostadsbryggan.housing.apartment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An apartment as the JSON API shows it.
 */
record ApartmentResponse(UUID id, String objectNumber, String address, String stairwell, String property, Integer floor,
		int rooms, BigDecimal areaSquareMetres, BigDecimal monthlyRent, Accessibility accessibility,
		ApartmentStatus status, LocalDate availableFrom, Instant registeredAt) {

	static ApartmentResponse of(Apartment apartment) {
		return new ApartmentResponse(apartment.id(), apartment.objectNumber(), apartment.address(),
				apartment.stairwell(), apartment.property(), apartment.floor(), apartment.rooms(),
				apartment.areaSquareMetres(), apartment.monthlyRent(),
				new Accessibility(apartment.lift(), apartment.groundFloor(), apartment.adapted()), apartment.status(),
				apartment.availableFrom(), apartment.registeredAt());
	}

	record Accessibility(boolean lift, boolean groundFloor, boolean adapted) {
	}

}
