package se.bostadsbryggan.allocation.agreement;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The terms of a year's agreement, as a manager saves them. Validates itself, so bad
 * input never reaches the domain.
 *
 * @param quotaMode a share of last year's turnover or a fixed number
 * @param quotaPercent the share in percent, for {@link QuotaMode#SHARE}
 * @param quotaFixed the number of apartments, for {@link QuotaMode#FIXED}
 * @param maxPerStairwell most social contracts and guarantees in one stairwell
 * @param maxPerPropertyPercent most social contracts and guarantees in one property, in
 * percent of its apartments (rounded down)
 * @param offerAnswerDays days the client has to answer an offer
 * @param meetingIntervalWeeks weeks between the organisations' meetings
 * @param takeoverContractMonths months of social contract before a takeover
 * @param takeoverOnTimeRentMonths months of rent paid on time before a takeover
 * @param takeoverPaymentGraceDays days after the due date a payment still counts as on
 * time
 * @param takeoverDisturbanceFreeMonths months without a verified disturbance
 * @param takeoverReadinessMaxAgeMonths how old the readiness assessment may be
 * @param takeoverReminderDays days a contract may stay transferable without an approved
 * takeover before a reminder, and between reminders; 0 for never (missing: 14)
 * @param basedOnVersion the version the manager edited, {@code null} for the first
 * @param note why the terms changed, optional
 */
public record AgreementTerms(@NotNull(message = "{agreement.quotaMode.required}") QuotaMode quotaMode,
		@DecimalMin(value = "0.01", message = "{agreement.quotaPercent.range}") @DecimalMax(value = "100",
				message = "{agreement.quotaPercent.range}") @Digits(integer = 3, fraction = 2,
						message = "{agreement.quotaPercent.range}") BigDecimal quotaPercent,
		@Min(value = 0, message = "{agreement.quotaFixed.range}") @Max(value = 10000,
				message = "{agreement.quotaFixed.range}") Integer quotaFixed,
		@NotNull(message = "{agreement.number.required}") @Min(value = 0,
				message = "{agreement.maxPerStairwell.range}") @Max(value = 50,
						message = "{agreement.maxPerStairwell.range}") Integer maxPerStairwell,
		@NotNull(message = "{agreement.number.required}") @Min(value = 0, message = "{agreement.percent.range}") @Max(
				value = 100, message = "{agreement.percent.range}") Integer maxPerPropertyPercent,
		@NotNull(message = "{agreement.number.required}") @Min(value = 1,
				message = "{agreement.offerAnswerDays.range}") @Max(value = 90,
						message = "{agreement.offerAnswerDays.range}") Integer offerAnswerDays,
		@NotNull(message = "{agreement.number.required}") @Min(value = 1,
				message = "{agreement.meetingIntervalWeeks.range}") @Max(value = 52,
						message = "{agreement.meetingIntervalWeeks.range}") Integer meetingIntervalWeeks,
		@NotNull(message = "{agreement.number.required}") @Min(value = 0, message = "{agreement.months.range}") @Max(
				value = 120, message = "{agreement.months.range}") Integer takeoverContractMonths,
		@NotNull(message = "{agreement.number.required}") @Min(value = 0, message = "{agreement.months.range}") @Max(
				value = 120, message = "{agreement.months.range}") Integer takeoverOnTimeRentMonths,
		@NotNull(message = "{agreement.number.required}") @Min(value = 0, message = "{agreement.graceDays.range}") @Max(
				value = 31, message = "{agreement.graceDays.range}") Integer takeoverPaymentGraceDays,
		@NotNull(message = "{agreement.number.required}") @Min(value = 0, message = "{agreement.months.range}") @Max(
				value = 120, message = "{agreement.months.range}") Integer takeoverDisturbanceFreeMonths,
		@NotNull(message = "{agreement.number.required}") @Min(value = 1,
				message = "{agreement.readinessMonths.range}") @Max(value = 60,
						message = "{agreement.readinessMonths.range}") Integer takeoverReadinessMaxAgeMonths,
		@Min(value = 0, message = "{agreement.reminderDays.range}") @Max(value = 365,
				message = "{agreement.reminderDays.range}") Integer takeoverReminderDays,
		Integer basedOnVersion, @Size(max = 500, message = "{agreement.note.size}") String note) {

	/** Days before a reminder when the terms do not say (older clients of the API). */
	public static final int DEFAULT_REMINDER_DAYS = 14;

	public AgreementTerms {
		takeoverReminderDays = (takeoverReminderDays != null) ? takeoverReminderDays : DEFAULT_REMINDER_DAYS;
		note = (note == null || note.isBlank()) ? null : note.strip();
	}

	/**
	 * The defaults of a first agreement: 10 % of last year's re-let apartments, one
	 * social contract or guarantee per stairwell, 10 % per property, 7 days to answer an
	 * offer, a meeting every 6 weeks, and the takeover criteria 12 months of contract, 12
	 * months of rent on time (5 days' grace), 12 months without a verified disturbance
	 * and a readiness assessment at most 6 months old; a reminder after 14 days.
	 * @return the default terms
	 */
	public static AgreementTerms defaults() {
		return new AgreementTerms(QuotaMode.SHARE, BigDecimal.TEN, null, 1, 10, 7, 6, 12, 12, 5, 12, 6, 14, null, null);
	}

	/**
	 * @return whether the quota rule has the number its mode needs
	 */
	@AssertTrue(message = "{agreement.quotaRule.incomplete}")
	public boolean isQuotaRuleComplete() {
		if (this.quotaMode == QuotaMode.SHARE) {
			return this.quotaPercent != null;
		}
		return this.quotaMode != QuotaMode.FIXED || this.quotaFixed != null;
	}

	/**
	 * @param version the version these terms were edited from
	 * @param note the note
	 * @return a copy to edit further
	 */
	public AgreementTerms editing(Integer version, String note) {
		return new AgreementTerms(this.quotaMode, this.quotaPercent, this.quotaFixed, this.maxPerStairwell,
				this.maxPerPropertyPercent, this.offerAnswerDays, this.meetingIntervalWeeks,
				this.takeoverContractMonths, this.takeoverOnTimeRentMonths, this.takeoverPaymentGraceDays,
				this.takeoverDisturbanceFreeMonths, this.takeoverReadinessMaxAgeMonths, this.takeoverReminderDays,
				version, note);
	}

	/**
	 * @return the terms by field name, as history and audit compare them; the quota
	 * number the mode does not use is left out
	 */
	public Map<String, Object> values() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("quotaMode", this.quotaMode);
		values.put("quotaPercent", (this.quotaMode == QuotaMode.SHARE && this.quotaPercent != null)
				? this.quotaPercent.stripTrailingZeros().toPlainString() : null);
		values.put("quotaFixed", (this.quotaMode == QuotaMode.FIXED) ? this.quotaFixed : null);
		values.put("maxPerStairwell", this.maxPerStairwell);
		values.put("maxPerPropertyPercent", this.maxPerPropertyPercent);
		values.put("offerAnswerDays", this.offerAnswerDays);
		values.put("meetingIntervalWeeks", this.meetingIntervalWeeks);
		values.put("takeoverContractMonths", this.takeoverContractMonths);
		values.put("takeoverOnTimeRentMonths", this.takeoverOnTimeRentMonths);
		values.put("takeoverPaymentGraceDays", this.takeoverPaymentGraceDays);
		values.put("takeoverDisturbanceFreeMonths", this.takeoverDisturbanceFreeMonths);
		values.put("takeoverReadinessMaxAgeMonths", this.takeoverReadinessMaxAgeMonths);
		values.put("takeoverReminderDays", this.takeoverReminderDays);
		return values;
	}

}
