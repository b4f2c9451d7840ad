package se.bostadsbryggan.contracts.housing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The housing company registered an apartment.
 *
 * @param apartmentId the apartment's id (the Kafka key)
 * @param objectNumber the housing company's unique object number
 * @param address street address including the entrance
 * @param stairwell the stairwell's code, the unit of conflict and spread checks
 * @param rooms number of rooms
 * @param areaSquareMetres living area in square metres
 * @param monthlyRent monthly rent in SEK
 */
public record ApartmentRegistered(UUID apartmentId, String objectNumber, String address, String stairwell, int rooms,
		BigDecimal areaSquareMetres, BigDecimal monthlyRent) {
}
