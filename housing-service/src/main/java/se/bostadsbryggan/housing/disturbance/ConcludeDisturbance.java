package se.bostadsbryggan.housing.disturbance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Verify or dismiss a report, always with a reason. Validates itself.
 *
 * @param outcome {@code VERIFIED} or {@code DISMISSED}
 * @param reason why
 */
public record ConcludeDisturbance(@NotNull(message = "{disturbance.outcome.required}") DisturbanceStatus outcome,
		@NotBlank(message = "{disturbance.reason.required}") @Size(max = 2000,
				message = "{disturbance.reason.size}") String reason) {

	public ConcludeDisturbance {
		reason = (reason != null) ? reason.strip() : null;
	}

}
