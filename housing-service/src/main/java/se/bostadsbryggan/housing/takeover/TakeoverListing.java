package se.bostadsbryggan.housing.takeover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A line of the housing manager's overview of own contracts; no personal data.
 *
 * @param leaseId the social contract or guaranteed lease
 * @param apartmentId the apartment, or {@code null} for a lease unknown here
 * @param objectNumber the apartment's object number
 * @param leaseType {@code SOCIAL} or {@code GUARANTEED}
 * @param since transferable since, or {@code null}
 * @param guaranteeReleasedOn the guarantee's release, or {@code null}
 * @param socialApprovedOn social services' approval, or {@code null}
 * @param housingDecision the housing manager's decision, or {@code null}
 * @param takeoverDate the takeover day, or {@code null}
 * @param outcome {@code COMPLETED}, {@code REFUSED}, or {@code null}
 * @param refusalReason why it was refused, or {@code null}
 * @param concludedAt when it was concluded, or {@code null}
 */
public record TakeoverListing(UUID leaseId, UUID apartmentId, String objectNumber, String leaseType, LocalDate since,
		LocalDate guaranteeReleasedOn, LocalDate socialApprovedOn, String housingDecision, LocalDate takeoverDate,
		String outcome, String refusalReason, Instant concludedAt) {
}
