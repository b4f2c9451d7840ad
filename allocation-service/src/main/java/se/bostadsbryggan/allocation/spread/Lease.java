package se.bostadsbryggan.allocation.spread;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A lease as the housing company's events tell it, without any tenant.
 *
 * @param leaseId the lease's id
 * @param apartmentId the apartment
 * @param stairwell the apartment's stairwell
 * @param leaseType {@code FIRST_HAND}, {@code SOCIAL} or {@code GUARANTEED}
 * @param startDate the first day
 * @param endDate the last day, or {@code null} until further notice
 */
public record Lease(UUID leaseId, UUID apartmentId, String stairwell, String leaseType, LocalDate startDate,
		LocalDate endDate) {
}
