package se.bostadsbryggan.allocation.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An offer of an apartment for a housing request, as the pages and the API show it. No
 * identity: the request's opaque reference only.
 *
 * @param id the offer's id
 * @param quotaYear the year whose quota it uses
 * @param requestReference the request's reference
 * @param caseworker the request's caseworker, who answers
 * @param apartmentId the apartment
 * @param objectNumber the apartment's object number
 * @param address the apartment's address
 * @param stairwell the apartment's stairwell
 * @param status {@code CHECKING}, {@code OPEN}, {@code BLOCKED}, {@code ACCEPTED},
 * {@code DECLINED} or {@code LAPSED}
 * @param blockedRule why a blocked offer is blocked: {@code LOCAL_CONFLICT},
 * {@code CONFLICT}, {@code CANNOT_CHECK} or {@code CHECK_TIMED_OUT}
 * @param offeredOn the day it was made
 * @param answerBy the last day to answer, once the conflict check passed
 * @param offeredBy who made it
 * @param answeredBy who answered it
 * @param answeredAt when
 * @param declineReason the coded reason of a decline
 * @param snapshot the ranked candidates and rules at the moment of the offer (JSON)
 */
public record Offer(UUID id, int quotaYear, UUID requestReference, String caseworker, UUID apartmentId,
		String objectNumber, String address, String stairwell, String status, String blockedRule, LocalDate offeredOn,
		LocalDate answerBy, String offeredBy, String answeredBy, Instant answeredAt, DeclineReason declineReason,
		String snapshot) {

	/**
	 * @return the reference's first eight characters
	 */
	public String shortReference() {
		return this.requestReference.toString().substring(0, 8);
	}

	/**
	 * @return whether the caseworker can answer it now (before its deadline is checked)
	 */
	public boolean open() {
		return "OPEN".equals(this.status);
	}

}
