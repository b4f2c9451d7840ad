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
 * @param property the designation of the property the stairwell's building belongs to
 * @param floor the floor (0 is the ground floor), or {@code null} when not known
 * @param rooms number of rooms
 * @param areaSquareMetres living area in m²
 * @param monthlyRent monthly rent in SEK
 * @param lift whether the stairwell has a lift
 * @param groundFloor whether it is on the ground floor or reachable without steps
 * @param adapted whether it is adapted for a disability
 * @param status let, vacant, under renovation or offered
 * @param availableFrom first day it can be let, when vacant
 * @param registeredAt when it was registered
 */
public record Apartment(UUID id, String objectNumber, String address, String stairwell, String property, Integer floor,
		int rooms, BigDecimal areaSquareMetres, BigDecimal monthlyRent, boolean lift, boolean groundFloor,
		boolean adapted, ApartmentStatus status, LocalDate availableFrom, Instant registeredAt) {

	Apartment withStatus(ApartmentStatus newStatus, LocalDate from) {
		return new Apartment(this.id, this.objectNumber, this.address, this.stairwell, this.property, this.floor,
				this.rooms, this.areaSquareMetres, this.monthlyRent, this.lift, this.groundFloor, this.adapted,
				newStatus, from, this.registeredAt);
	}

}
