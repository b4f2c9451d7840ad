package se.bostadsbryggan.allocation.apartment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An apartment of the housing company as the shared workflow knows it from the housing
 * company's events.
 *
 * @param apartmentId the housing company's id of the apartment
 * @param objectNumber the housing company's unique object number
 * @param address street address with entrance; {@code null} while only a vacancy of the
 * apartment has arrived, before its registration
 * @param stairwell the stairwell's code, the unit of conflict and spread checks
 * ({@code null} like the address)
 * @param rooms number of rooms ({@code null} like the address)
 * @param areaSquareMetres living area in m² ({@code null} like the address)
 * @param monthlyRent monthly rent in SEK ({@code null} like the address)
 * @param available whether it is available for re-letting
 * @param availableFrom the first day it can be let, when available
 * @param updatedAt when allocation last changed what it knows of the apartment
 */
public record Apartment(UUID apartmentId, String objectNumber, String address, String stairwell, Integer rooms,
		BigDecimal areaSquareMetres, BigDecimal monthlyRent, boolean available, LocalDate availableFrom,
		Instant updatedAt) {

	/**
	 * @return whether the apartment's registration has arrived, so its details are known
	 */
	public boolean detailsKnown() {
		return this.address != null;
	}

}
