package se.bostadsbryggan.social.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A support decision on housing (biståndsbeslut, SoL 4 kap. 1 §).
 *
 * @param id the decision's id
 * @param clientId the client
 * @param decidedOn the day it was decided
 * @param validFrom first day it applies
 * @param validTo last day it applies
 * @param decidedBy who decided (name or title)
 * @param recordedAt when it was recorded here
 */
public record SupportDecision(UUID id, UUID clientId, LocalDate decidedOn, LocalDate validFrom, LocalDate validTo,
		String decidedBy, Instant recordedAt) {

	/** Days before its end a decision is shown as expiring. */
	public static final int EXPIRY_WARNING_DAYS = 30;

	/** Where a decision stands on a day. */
	public enum Status {

		NOT_YET_VALID, VALID, EXPIRES_SOON, EXPIRED

	}

	/**
	 * @param today the day
	 * @return where the decision stands that day
	 */
	public Status statusOn(LocalDate today) {
		if (today.isBefore(this.validFrom)) {
			return Status.NOT_YET_VALID;
		}
		if (today.isAfter(this.validTo)) {
			return Status.EXPIRED;
		}
		return today.plusDays(EXPIRY_WARNING_DAYS).isAfter(this.validTo) ? Status.EXPIRES_SOON : Status.VALID;
	}

	/**
	 * @param today the day
	 * @return whether it applies that day
	 */
	public boolean isValidOn(LocalDate today) {
		return !today.isBefore(this.validFrom) && !today.isAfter(this.validTo);
	}

}
