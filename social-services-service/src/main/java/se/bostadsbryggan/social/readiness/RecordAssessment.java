package se.bostadsbryggan.social.readiness;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Record a readiness assessment.
 *
 * @param criteriaMet the criteria the client meets (none if empty or {@code null})
 * @param outcome the judgment
 * @param motivation why (free text; stays in social services)
 * @param assessedOn the day of the assessment, not in the future
 * @param nextReviewOn the day of the next review, after the assessment; six months after
 * it if {@code null}
 */
public record RecordAssessment(Set<Criterion> criteriaMet,
		@NotNull(message = "{readiness.outcome.required}") ReadinessAssessment.Outcome outcome,
		@NotBlank(message = "{readiness.motivation.required}") @Size(max = 4000,
				message = "{readiness.motivation.size}") String motivation,
		@NotNull(message = "{readiness.assessedOn.required}") @PastOrPresent(
				message = "{readiness.assessedOn.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate nextReviewOn) {

	/** Months from an assessment to its next review unless another day is given. */
	public static final int DEFAULT_REVIEW_MONTHS = 6;

	/**
	 * @return whether the next review comes after the assessment ({@code true} while
	 * either day is missing)
	 */
	@AssertTrue(message = "{readiness.nextReviewOn.notAfterAssessment}")
	public boolean isNextReviewAfterAssessment() {
		return this.assessedOn == null || this.nextReviewOn == null || this.nextReviewOn.isAfter(this.assessedOn);
	}

	/**
	 * @return the criteria met, none if not given
	 */
	Set<Criterion> criteria() {
		return (this.criteriaMet == null || this.criteriaMet.isEmpty()) ? EnumSet.noneOf(Criterion.class)
				: EnumSet.copyOf(this.criteriaMet);
	}

	/**
	 * @return the day of the next review, the default if not given
	 */
	LocalDate reviewOn() {
		return (this.nextReviewOn != null) ? this.nextReviewOn : this.assessedOn.plusMonths(DEFAULT_REVIEW_MONTHS);
	}

	@Override
	public String toString() {
		return "RecordAssessment[outcome=" + this.outcome + ", assessedOn=" + this.assessedOn + "]";
	}

}
