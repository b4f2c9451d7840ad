package se.bostadsbryggan.contracts.housing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The housing company registered an apartment. Fields after {@code monthlyRent} were
 * added later (additively); consumers that do not know them ignore them.
 *
 * @param apartmentId the apartment's id (the Kafka key)
 * @param objectNumber the housing company's unique object number
 * @param address street address including the entrance
 * @param stairwell the stairwell's code, the unit of conflict and spread checks
 * @param rooms number of rooms
 * @param areaSquareMetres living area in square metres
 * @param monthlyRent monthly rent in SEK
 * @param property the designation of the property (fastighet) the apartment is in
 * @param floor the floor (0 is the ground floor), or {@code null} when not known
 * @param lift whether the stairwell has a lift
 * @param groundFloor whether the apartment is on the ground floor or reachable without
 * steps
 * @param adapted whether the apartment is adapted for a disability
 */
public record ApartmentRegistered(UUID apartmentId, String objectNumber, String address, String stairwell, int rooms,
		BigDecimal areaSquareMetres, BigDecimal monthlyRent, String property, Integer floor, boolean lift,
		boolean groundFloor, boolean adapted) {
}
