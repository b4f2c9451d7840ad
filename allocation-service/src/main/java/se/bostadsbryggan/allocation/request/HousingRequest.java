package se.bostadsbryggan.allocation.request;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Social services' pseudonymous request for an apartment: needs only, no identity.
 *
 * @param requestReference the opaque random reference
 * @param householdSize people in the household
 * @param roomsNeeded rooms the household needs at least
 * @param maxRent highest monthly rent in SEK, or {@code null} for no limit
 * @param needsLift whether the apartment must have a lift (or no stairs)
 * @param needsGroundFloor whether it must be on the ground floor
 * @param needsAdapted whether it must be adapted
 * @param areasToAvoid areas the household must not live in
 * @param caseworker the submitting caseworker's username, or {@code null} for a request
 * from before the field existed
 * @param status {@code WAITING} while in the queue
 * @param submittedAt when social services submitted it: the queue's order
 */
public record HousingRequest(UUID requestReference, int householdSize, int roomsNeeded, Integer maxRent,
		boolean needsLift, boolean needsGroundFloor, boolean needsAdapted, List<String> areasToAvoid, String caseworker,
		String status, Instant submittedAt) {

	public HousingRequest {
		areasToAvoid = List.copyOf(areasToAvoid);
	}

	/**
	 * @return the reference's first eight characters, enough to tell requests apart
	 */
	public String shortReference() {
		return this.requestReference.toString().substring(0, 8);
	}

}
