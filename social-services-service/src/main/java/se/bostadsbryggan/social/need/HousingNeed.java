package se.bostadsbryggan.social.need;

import java.time.Instant;
import java.util.UUID;

/**
 * A household's need for housing, as a caseworker registered it. It holds no personal
 * data: who the household is stays with the client's case.
 *
 * @param id internal id, never shared
 * @param reference random pseudonymous reference, the only identifier shared with the
 * housing company; never derived from personal data
 * @param householdSize number of people in the household
 * @param roomsNeeded number of rooms the household needs
 * @param registeredAt when it was registered
 */
public record HousingNeed(UUID id, UUID reference, int householdSize, int roomsNeeded, Instant registeredAt) {

	/** Characters of the reference shown where space is short. */
	static final int SHORT_REFERENCE_LENGTH = 8;

	/**
	 * The reference as pages show it, e.g. {@code e7b2c4d9}.
	 * @return the reference's first eight characters
	 */
	public String shortReference() {
		return this.reference.toString().substring(0, SHORT_REFERENCE_LENGTH);
	}

}
