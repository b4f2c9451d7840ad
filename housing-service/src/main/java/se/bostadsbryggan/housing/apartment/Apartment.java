package se.bostadsbryggan.housing.apartment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An apartment of the housing company.
 *
 * @param id internal id
 * @param objectNumber the housing company's unique object number
 * @param address street address with entrance
 * @param stairwell the stairwell's code
 * @param rooms number of rooms
 * @param areaSquareMetres living area in m²
 * @param monthlyRent monthly rent in SEK
 * @param status let or vacant
 * @param availableFrom first day it can be let, when vacant
 * @param registeredAt when it was registered
 */
public record Apartment(UUID id, String objectNumber, String address, String stairwell, int rooms,
		BigDecimal areaSquareMetres, BigDecimal monthlyRent, ApartmentStatus status, LocalDate availableFrom,
		Instant registeredAt) {

	Apartment vacated(LocalDate from) {
		return new Apartment(this.id, this.objectNumber, this.address, this.stairwell, this.rooms,
				this.areaSquareMetres, this.monthlyRent, ApartmentStatus.VACANT, from, this.registeredAt);
	}

}
