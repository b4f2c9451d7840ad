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
 * @param status {@code AGREED} until the housing company signs, then {@code SIGNED}
 * @param signedAt when the signed lease was learnt
 */
public record Placement(UUID id, int quotaYear, UUID requestReference, String caseworker, UUID apartmentId,
		String objectNumber, String address, LocalDate placedOn, LocalDate startDate, String status, Instant signedAt) {

	/**
	 * @return the reference's first eight characters
	 */
	public String shortReference() {
		return this.requestReference.toString().substring(0, 8);
	}

}
