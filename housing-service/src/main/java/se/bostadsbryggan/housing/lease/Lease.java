package se.bostadsbryggan.housing.lease;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A lease of an apartment. Its period runs from {@code startDate} through {@code endDate}
 * (both included), or until further notice while {@code endDate} is {@code null}.
 *
 * @param id internal id
 * @param apartmentId the apartment
 * @param tenantId the tenant, {@code null} for a social contract (the municipality)
 * @param type the lease type
 * @param startDate the first day
 * @param endDate the last day, or {@code null}
 * @param noticeDate the day notice was given, or {@code null}
 * @param monthlyRent monthly rent in SEK
 * @param createdAt when it was registered
 * @param endedAt when staff ended it, or {@code null}
 * @param placementId the placement of the shared workflow a social contract was signed
 * for, or {@code null}
 */
public record Lease(UUID id, UUID apartmentId, UUID tenantId, LeaseType type, LocalDate startDate, LocalDate endDate,
		LocalDate noticeDate, BigDecimal monthlyRent, Instant createdAt, Instant endedAt, UUID placementId) {

	/**
	 * @param day a day
	 * @return whether the lease runs on that day
	 */
	public boolean runsOn(LocalDate day) {
		return !this.startDate.isAfter(day) && (this.endDate == null || !this.endDate.isBefore(day));
	}

	/**
	 * @return whether staff can still end it
	 */
	public boolean endable() {
		return this.endedAt == null;
	}

}
