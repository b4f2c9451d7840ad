package se.bostadsbryggan.contracts.social;

import java.util.UUID;

/**
 * Social services cannot share who will live in a placed apartment yet, and say why, so
 * the shared workflow can show the placement as waiting. Sent when the placement is
 * agreed (and again if the reason changes); a later {@link SubtenantIdentityShared} ends
 * the wait.
 *
 * @param placementId the placement, as in {@code PlacementAgreed} (the Kafka key)
 * @param requestReference the opaque reference of the housing request
 * @param reason why
 */
public record SubtenantIdentityWithheld(UUID placementId, UUID requestReference, Reason reason) {

	/** Why the identity is not shared. */
	public enum Reason {

		/** The client has not consented to sharing their identity at placement. */
		NO_CONSENT,

		/** The client withdrew their consent. */
		CONSENT_WITHDRAWN,

		/**
		 * The client has a protected identity: it is handed over by hand, outside the
		 * system.
		 */
		PROTECTED_IDENTITY,

		/** Social services know no request with the placement's reference. */
		REQUEST_UNKNOWN

	}

}
