package se.bostadsbryggan.social.need;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A household's need for housing, as a caseworker registered it. Its conflict persons are
 * kept apart ({@link HousingNeedService#conflictPersons(UUID)}).
 *
 * @param id internal id, never shared
 * @param reference random pseudonymous reference of the need; never derived from personal
 * data
 * @param householdSize number of people in the household
 * @param roomsNeeded number of rooms the household needs
 * @param registeredAt when it was registered
 * @param clientId the client, or {@code null} for a need registered before needs belonged
 * to clients
 * @param maxRent highest monthly rent in kronor, or {@code null}
 * @param needsLift the household needs a lift (or no stairs)
 * @param needsGroundFloor the household needs the ground floor
 * @param needsAdapted the household needs an adapted apartment
 * @param areasToAvoid areas or stairwells the household must not live in (codes)
 */
public record HousingNeed(UUID id, UUID reference, int householdSize, int roomsNeeded, Instant registeredAt,
		UUID clientId, Integer maxRent, boolean needsLift, boolean needsGroundFloor, boolean needsAdapted,
		List<String> areasToAvoid) {

	/** Characters of the reference shown where space is short. */
	static final int SHORT_REFERENCE_LENGTH = 8;

	public HousingNeed {
		areasToAvoid = (areasToAvoid != null) ? List.copyOf(areasToAvoid) : List.of();
	}

	/**
	 * The reference as pages show it, e.g. {@code e7b2c4d9}.
	 * @return the reference's first eight characters
	 */
	public String shortReference() {
		return this.reference.toString().substring(0, SHORT_REFERENCE_LENGTH);
	}

}
