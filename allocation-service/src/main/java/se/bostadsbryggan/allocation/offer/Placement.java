package se.bostadsbryggan.allocation.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An accepted offer: the housing company is to sign a social contract for the apartment.
 *
 * @param id the placement's id, repeated in the lease's {@code LeaseStarted}
 * @param quotaYear the year whose quota it uses
 * @param requestReference the request's reference
 * @param caseworker the request's caseworker
 * @param apartmentId the apartment
 * @param objectNumber its object number
 * @param address its address
 * @param placedOn the day the offer was accepted
 * @param startDate the first day of the social contract
 * @param status {@code AGREED} until the housing company signs, then {@code SIGNED}; or
 * {@code REFUSED} when the housing company could not sign
 * @param signedAt when the signed lease was learnt
 * @param refusedReason why the housing company could not sign ({@code APARTMENT_UNKNOWN},
 * {@code OBJECT_NUMBER_MISMATCH}, {@code APARTMENT_LET}), else {@code null}
 * @param identityStatus whether social services shared the subtenant's identity with the
 * housing company ({@code SHARED}) or why not ({@code NO_CONSENT},
 * {@code CONSENT_WITHDRAWN}, {@code PROTECTED_IDENTITY}, {@code REQUEST_UNKNOWN}), or
 * {@code null} before they said
 * @param ownContractOn the first day of the own contract when the subtenant took the
 * social contract over, else {@code null}
 */
public record Placement(UUID id, int quotaYear, UUID requestReference, String caseworker, UUID apartmentId,
		String objectNumber, String address, LocalDate placedOn, LocalDate startDate, String status, Instant signedAt,
		String refusedReason, String identityStatus, LocalDate ownContractOn) {

	/**
	 * @return the reference's first eight characters
	 */
	public String shortReference() {
		return this.requestReference.toString().substring(0, 8);
	}

}
