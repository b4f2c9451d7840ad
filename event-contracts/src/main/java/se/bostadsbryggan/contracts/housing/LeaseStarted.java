package se.bostadsbryggan.contracts.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The housing company signed a lease for an apartment. Carries no tenant identity, except
 * for a social contract, whose tenant is the municipality.
 *
 * @param leaseId the lease's id
 * @param apartmentId the apartment's id (the Kafka key, so one apartment's lease events
 * stay in order)
 * @param objectNumber the apartment's object number
 * @param stairwell the stairwell's code
 * @param leaseType {@code FIRST_HAND}, {@code SOCIAL} or {@code GUARANTEED}
 * @param startDate the lease's first day
 * @param endDate its last day for a fixed-term lease, else {@code null}
 * @param monthlyRent monthly rent in SEK
 * @param tenant the municipality's name for a social contract, else {@code null}
 * @param placementId the shared workflow's placement this social contract was signed for
 * ({@code PlacementAgreed}), else {@code null}; added in version 1 (additive)
 */
public record LeaseStarted(UUID leaseId, UUID apartmentId, String objectNumber, String stairwell, String leaseType,
		LocalDate startDate, LocalDate endDate, BigDecimal monthlyRent, String tenant, UUID placementId) {
}
