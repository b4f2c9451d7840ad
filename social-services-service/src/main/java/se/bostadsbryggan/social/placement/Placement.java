package se.bostadsbryggan.social.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.bostadsbryggan.contracts.social.SubtenantIdentityWithheld.Reason;

/**
 * A placement the shared workflow agreed for one of social services' housing requests,
 * and whether the subtenant's identity reached the housing company.
 *
 * @param placementId the placement's id, as in {@code PlacementAgreed}
 * @param requestReference the request's opaque reference
 * @param clientId the client, or {@code null} if no request has the reference
 * @param objectNumber the apartment's object number, or {@code null} if hidden from the
 * caller
 * @param startDate the first day of the social contract
 * @param identityStatus whether the identity was shared
 * @param withheldReason why it is withheld, or {@code null} once shared
 * @param consentStatedOn the day of the consent the sharing rests on, or {@code null}
 * @param sharedAt when it was shared, or {@code null}
 * @param agreedAt when social services learnt of the placement
 */
public record Placement(UUID placementId, UUID requestReference, UUID clientId, String objectNumber,
		LocalDate startDate, IdentityStatus identityStatus, Reason withheldReason, LocalDate consentStatedOn,
		Instant sharedAt, Instant agreedAt) {

	/**
	 * @return whether the identity waits for the client's consent (none, or withdrawn)
	 */
	public boolean waitsForConsent() {
		return this.identityStatus == IdentityStatus.WITHHELD
				&& (this.withheldReason == Reason.NO_CONSENT || this.withheldReason == Reason.CONSENT_WITHDRAWN);
	}

	/**
	 * @return this placement without the object number, which tells where the client
	 * lives
	 */
	Placement withoutObjectNumber() {
		return new Placement(this.placementId, this.requestReference, this.clientId, null, this.startDate,
				this.identityStatus, this.withheldReason, this.consentStatedOn, this.sharedAt, this.agreedAt);
	}

	/** Whether the subtenant's identity reached the housing company. */
	public enum IdentityStatus {

		/** Sent sealed for the housing company, once. */
		SHARED,

		/** Not sent; the reason says why. */
		WITHHELD

	}

}
