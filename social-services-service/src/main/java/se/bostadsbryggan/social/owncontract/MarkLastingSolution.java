package se.bostadsbryggan.social.owncontract;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Mark a client's running social contract or guarantee as a lasting solution.
 *
 * @param objectNumber the apartment of the running contract or guarantee
 * @param reason why it is meant to last (stays in social services)
 * @param reviewOn the yearly review, or {@code null} for a year from today
 */
public record MarkLastingSolution(@NotBlank(message = "{lasting.objectNumber.required}") String objectNumber,
		@NotBlank(message = "{lasting.reason.required}") @Size(max = 1000,
				message = "{lasting.reason.size}") String reason,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewOn) {

}
