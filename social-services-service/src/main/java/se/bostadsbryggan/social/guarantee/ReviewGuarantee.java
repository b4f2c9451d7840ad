package se.bostadsbryggan.social.guarantee;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Record a review of an active guarantee and set its next review date.
 *
 * @param reviewedOn the day of the review
 * @param nextReviewDate the next review, after this one
 * @param note what the review found (optional)
 */
public record ReviewGuarantee(
		@NotNull(message = "{guarantee.reviewedOn.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate reviewedOn,
		@NotNull(message = "{guarantee.nextReviewDate.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate nextReviewDate,
		@Size(max = 1000, message = "{guarantee.note.size}") String note) {

	/**
	 * @return whether the next review comes after this one ({@code true} while either is
	 * missing)
	 */
	@AssertTrue(message = "{guarantee.nextReviewDate.notAfterReview}")
	public boolean isNextReviewLater() {
		return this.reviewedOn == null || this.nextReviewDate == null || this.nextReviewDate.isAfter(this.reviewedOn);
	}

}
