package se.bostadsbryggan.housing.apartment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of the apartment list.
 *
 * @param id internal id
 * @param objectNumber the object number
 * @param address street address with entrance
 * @param stairwell the stairwell's code
 * @param rooms number of rooms
 * @param areaSquareMetres living area in m²
 * @param monthlyRent monthly rent in SEK
 * @param status the apartment's status
 * @param availableFrom first day it can be let, when vacant
 * @param currentLeaseType the type of the lease that runs today, or {@code null}
 */
public record ApartmentListing(UUID id, String objectNumber, String address, String stairwell, int rooms,
		BigDecimal areaSquareMetres, BigDecimal monthlyRent, ApartmentStatus status, LocalDate availableFrom,
		String currentLeaseType) {
}
