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
 * @param property the property's designation, or {@code null} while unknown
 * @param floor the floor (0 is the ground floor), or {@code null}
 * @param lift whether the stairwell has a lift
 * @param groundFloor whether it is on the ground floor or reachable without steps
 * @param adapted whether it is adapted for a disability
 * @param forSocialContract whether the housing company offers it for a social contract
 */
public record Apartment(UUID apartmentId, String objectNumber, String address, String stairwell, Integer rooms,
		BigDecimal areaSquareMetres, BigDecimal monthlyRent, boolean available, LocalDate availableFrom,
		Instant updatedAt, String property, Integer floor, boolean lift, boolean groundFloor, boolean adapted,
		boolean forSocialContract) {

	/**
	 * @return whether the apartment's registration has arrived, so its details are known
	 */
	public boolean detailsKnown() {
		return this.address != null;
	}

	/**
	 * @return the street of the address: the address up to its first digit, e.g.
	 * {@code Storgatan} of {@code Storgatan 12A}; {@code null} while unknown
	 */
	public String street() {
		if (this.address == null) {
			return null;
		}
		int digit = 0;
		while (digit < this.address.length() && !Character.isDigit(this.address.charAt(digit))) {
			digit++;
		}
		return this.address.substring(0, digit).strip();
	}

}
