package se.bostadsbryggan.social.consent;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Record that a client gave or withdrew consent to share their identity with the housing
 * company at placement.
 *
 * @param given {@code true} for given, {@code false} for withdrawn
 * @param statedOn the day the client stated it, not in the future
 */
public record RecordConsent(@NotNull(message = "{consent.given.required}") Boolean given,
		@NotNull(message = "{consent.statedOn.required}") @PastOrPresent(
				message = "{consent.statedOn.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) LocalDate statedOn) {

}
