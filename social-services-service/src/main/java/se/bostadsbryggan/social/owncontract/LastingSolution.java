package se.bostadsbryggan.social.owncontract;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A running social contract or guarantee the caseworker marked as a lasting solution
 * (varaktig lösning): not evaluated for takeover, reviewed once a year.
 *
 * @param id the mark's id
 * @param clientId the client
 * @param objectNumber the apartment's object number, or {@code null} if hidden from the
 * caller
 * @param leaseType {@code SOCIAL} or {@code GUARANTEED}
 * @param reason why (stays in social services)
 * @param reviewOn the next yearly review
 * @param markedOn the day it was marked
 * @param markedBy who marked it
 */
public record LastingSolution(UUID id, UUID clientId, String objectNumber, String leaseType, String reason,
		LocalDate reviewOn, LocalDate markedOn, String markedBy) {

	LastingSolution withoutObjectNumber() {
		return new LastingSolution(this.id, this.clientId, null, this.leaseType, this.reason, this.reviewOn,
				this.markedOn, this.markedBy);
	}

}
