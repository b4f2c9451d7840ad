package se.bostadsbryggan.contracts.housing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Staff concluded a reported disturbance or damage on a social contract or a guaranteed
 * lease: verified (it counts) or dismissed (it never counts). Published for those lease
 * types only. Carries no description, reason or names.
 *
 * @param disturbanceId the report's id
 * @param leaseId the lease's id (the Kafka key)
 * @param apartmentId the apartment's id
 * @param leaseType {@code SOCIAL} or {@code GUARANTEED}
 * @param occurredOn the day it happened
 * @param category {@code DISTURBANCE}, {@code DAMAGE} or {@code OTHER}
 * @param outcome {@code VERIFIED} or {@code DISMISSED}
 */
public record DisturbanceConcluded(UUID disturbanceId, UUID leaseId, UUID apartmentId, String leaseType,
		LocalDate occurredOn, String category, String outcome) {
}
