package se.bostadsbryggan.contracts.housing;

import java.util.UUID;

/**
 * The housing company could not sign the social contract of a {@code PlacementAgreed}: no
 * lease was made and nothing else changed, so the shared workflow can take the placement
 * back (return the request to the queue, the quota slot and the apartment). Sent once per
 * placement.
 *
 * @param placementId the placement, as in {@code PlacementAgreed}
 * @param apartmentId the apartment (the Kafka key, as for the lease events)
 * @param reason why
 */
public record PlacementRefused(UUID placementId, UUID apartmentId, Reason reason) {

	/** Why the housing company could not sign. */
	public enum Reason {

		/** The housing company has no apartment with that id. */
		APARTMENT_UNKNOWN,

		/** The object number does not match the apartment's. */
		OBJECT_NUMBER_MISMATCH,

		/** Another lease of the apartment runs on or after the start day. */
		APARTMENT_LET

	}

}
