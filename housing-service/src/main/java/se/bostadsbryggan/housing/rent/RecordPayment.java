package se.bostadsbryggan.housing.rent;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * Register a rent payment by hand. Validates itself, so bad input never reaches the
 * domain.
 *
 * @param amount the amount in SEK
 * @param paidDate the day it was paid
 * @param reference the bank's payment reference, optional; a reference is registered once
 */
public record RecordPayment(@NotNull(message = "{payment.amount.required}") @DecimalMin(value = "0.01",
		message = "{payment.amount.range}") @DecimalMax(value = "1000000", message = "{payment.amount.range}") @Digits(
				integer = 7, fraction = 2, message = "{payment.amount.digits}") BigDecimal amount,
		@NotNull(message = "{payment.paidDate.required}") LocalDate paidDate,
		@Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z/._-]{0,59}",
				message = "{payment.reference.format}") String reference) {

	public RecordPayment {
		if (reference != null) {
			reference = reference.strip();
			if (reference.isEmpty()) {
				reference = null;
			}
		}
	}

}
