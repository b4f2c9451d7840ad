package se.bostadsbryggan.housing.disturbance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reported disturbance or damage on a lease.
 *
 * @param id internal id
 * @param leaseId the lease
 * @param occurredOn the day it happened
 * @param category what it is about
 * @param description what happened, as reported (stays in housing-service)
 * @param status reported, verified or dismissed
 * @param reason why staff verified or dismissed it, or {@code null}
 * @param reportedAt when it was reported
 * @param concludedAt when it was verified or dismissed, or {@code null}
 */
public record Disturbance(UUID id, UUID leaseId, LocalDate occurredOn, DisturbanceCategory category, String description,
		DisturbanceStatus status, String reason, Instant reportedAt, Instant concludedAt) {

	/**
	 * @return whether it still waits for staff to verify or dismiss it
	 */
	public boolean open() {
		return this.status == DisturbanceStatus.REPORTED;
	}

}
