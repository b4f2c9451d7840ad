package se.bostadsbryggan.social.guarantee;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Record a guarantee for a client's own first-hand lease.
 *
 * @param objectNumber the housing company's object number, e.g. {@code 1101-0102}
 * @param landlord the landlord, or empty for the housing company of the configuration
 * @param limitAmount the most the municipality answers for, in SEK
 * @param limitMonths the most months of rent it answers for; this, the amount or both
 * @param startDate first day
 * @param reviewDate first review, not before the start
 */
public record RecordGuarantee(
		@NotBlank(message = "{guarantee.objectNumber.required}") @Pattern(
				regexp = "\\s*([0-9A-Za-z][0-9A-Za-z-]{0,19})?\\s*",
				message = "{guarantee.objectNumber.format}") String objectNumber,
		@Size(max = 200, message = "{guarantee.landlord.size}") String landlord,
		@Positive(message = "{guarantee.limitAmount.positive}") @DecimalMax(value = "9999999999.99",
				message = "{guarantee.limitAmount.max}") @Digits(integer = 10, fraction = 2,
						message = "{guarantee.limitAmount.digits}") BigDecimal limitAmount,
		@Min(value = 1, message = "{guarantee.limitMonths.range}") @Max(value = 120,
				message = "{guarantee.limitMonths.range}") Integer limitMonths,
		@NotNull(message = "{guarantee.startDate.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@NotNull(message = "{guarantee.reviewDate.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate reviewDate) {

	/**
	 * @return whether an amount, a number of months or both limit it
	 */
	@AssertTrue(message = "{guarantee.limit.required}")
	public boolean isLimited() {
		return this.limitAmount != null || this.limitMonths != null;
	}

	/**
	 * @return whether the review is on or after the start ({@code true} while either is
	 * missing)
	 */
	@AssertTrue(message = "{guarantee.reviewDate.beforeStart}")
	public boolean isReviewAfterStart() {
		return this.startDate == null || this.reviewDate == null || !this.reviewDate.isBefore(this.startDate);
	}

}
