package se.bostadsbryggan.contracts.housing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A lease was ended (terminated by notice or agreement). Carries no tenant identity,
 * except for a social contract, whose tenant is the municipality.
 *
 * @param leaseId the lease's id
 * @param apartmentId the apartment's id (the Kafka key)
 * @param objectNumber the apartment's object number
 * @param stairwell the stairwell's code
 * @param leaseType {@code FIRST_HAND}, {@code SOCIAL} or {@code GUARANTEED}
 * @param startDate the lease's first day
 * @param endDate the lease's last day
 * @param noticeDate the day notice was given, or {@code null}
 * @param tenant the municipality's name for a social contract, else {@code null}
 */
public record LeaseEnded(UUID leaseId, UUID apartmentId, String objectNumber, String stairwell, String leaseType,
		LocalDate startDate, LocalDate endDate, LocalDate noticeDate, String tenant) {
}
