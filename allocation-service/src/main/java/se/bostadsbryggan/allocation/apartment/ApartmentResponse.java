package se.bostadsbryggan.allocation.apartment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An apartment as the JSON API shows it.
 */
record ApartmentResponse(UUID apartmentId, String objectNumber, String address, String stairwell, Integer rooms,
		BigDecimal areaSquareMetres, BigDecimal monthlyRent, boolean available, LocalDate availableFrom) {

	static ApartmentResponse of(Apartment apartment) {
		return new ApartmentResponse(apartment.apartmentId(), apartment.objectNumber(), apartment.address(),
				apartment.stairwell(), apartment.rooms(), apartment.areaSquareMetres(), apartment.monthlyRent(),
				apartment.available(), apartment.availableFrom());
	}

}
