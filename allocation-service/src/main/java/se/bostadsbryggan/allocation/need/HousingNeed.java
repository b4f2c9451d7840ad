package se.bostadsbryggan.allocation.need;

import java.time.Instant;
import java.util.UUID;

/**
 * A household's need for housing as social services shared it: pseudonymous, under a
 * random reference that only social services can trace to the client.
 *
 * @param needReference the opaque reference
 * @param householdSize number of people in the household
 * @param roomsNeeded number of rooms the household needs
 * @param registeredAt when social services registered the need; the queue's order
 */
public record HousingNeed(UUID needReference, int householdSize, int roomsNeeded, Instant registeredAt) {

	/**
	 * @return the reference's first eight characters, enough to tell needs apart on a
	 * page
	 */
	public String shortReference() {
		return this.needReference.toString().substring(0, 8);
	}

}
