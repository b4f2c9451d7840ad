package se.bostadsbryggan.contracts.social;

import java.util.List;
import java.util.UUID;

/**
 * Social services ask for an apartment for a household with a valid support decision.
 * Pseudonymous: the reference is random, people appear only as keyed hashes (HMAC-SHA-256
 * of the 12-digit personal identity number with a secret both organisations hold, named
 * by its key id), and there is no name, number, address or free text.
 *
 * @param requestReference opaque random reference of the request (the Kafka key)
 * @param householdSize number of people in the household
 * @param roomsNeeded number of rooms the household needs
 * @param maxRent highest monthly rent in kronor, or {@code null} for no limit
 * @param accessibility what the apartment must offer
 * @param areasToAvoid codes of areas or stairwells the household must not live in
 * @param client the client's keyed hash, so a later check can work in both directions
 * @param conflictPersons keyed hashes of people the household must not share a stairwell
 * with
 * @param caseworker the username of the caseworker who submitted it, so each caseworker
 * sees their own requests in the shared workflow (added later, additively; {@code null}
 * in older events)
 */
public record HousingRequestSubmitted(UUID requestReference, int householdSize, int roomsNeeded, Integer maxRent,
		Accessibility accessibility, List<String> areasToAvoid, PersonHash client, List<PersonHash> conflictPersons,
		String caseworker) {

	/**
	 * What the apartment must offer.
	 *
	 * @param lift a lift (or no stairs)
	 * @param groundFloor the ground floor
	 * @param adapted an adapted apartment
	 */
	public record Accessibility(boolean lift, boolean groundFloor, boolean adapted) {
	}

	/**
	 * A person as a keyed hash.
	 *
	 * @param keyId the id of the shared secret used
	 * @param hmacSha256 the hash, 64 lower-case hex digits
	 */
	public record PersonHash(String keyId, String hmacSha256) {
	}

}
