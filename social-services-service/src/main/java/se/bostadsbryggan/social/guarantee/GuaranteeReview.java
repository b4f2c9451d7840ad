package se.bostadsbryggan.social.guarantee;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A review of a guarantee.
 *
 * @param id the review's id
 * @param guaranteeId the guarantee
 * @param reviewedOn the day of the review
 * @param nextReviewDate the review date it set
 * @param note what the review found, or {@code null}
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it (login name)
 */
public record GuaranteeReview(UUID id, UUID guaranteeId, LocalDate reviewedOn, LocalDate nextReviewDate, String note,
		Instant recordedAt, String recordedBy) {

}
