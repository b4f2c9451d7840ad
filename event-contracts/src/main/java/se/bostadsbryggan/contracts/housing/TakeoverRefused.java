package se.bostadsbryggan.contracts.housing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The housing company did not complete a takeover: nothing changed, the social contract
 * runs on, and both organisations see why. A new approval may follow.
 *
 * @param socialLeaseId the social contract
 * @param apartmentId the apartment (the Kafka key)
 * @param objectNumber the apartment's object number
 * @param reason why
 * @param refusedOn the day
 */
public record TakeoverRefused(UUID socialLeaseId, UUID apartmentId, String objectNumber, Reason reason,
		LocalDate refusedOn) {

	/** Why the housing company did not complete the takeover. */
	public enum Reason {

		/**
		 * The housing manager declined it (their motivation stays in the housing
		 * company).
		 */
		DECLINED_BY_HOUSING,

		/** The lease is no longer a running social contract. */
		LEASE_NOT_RUNNING,

		/** The new tenant's identity could not be read or is not a valid number. */
		TENANT_INVALID

	}

}
