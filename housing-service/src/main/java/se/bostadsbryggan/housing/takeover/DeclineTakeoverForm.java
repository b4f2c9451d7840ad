package se.bostadsbryggan.housing.takeover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The housing manager declines a takeover.
 *
 * @param motivation why; it stays in the housing company
 */
record DeclineTakeoverForm(@NotBlank(message = "{takeover.motivation.required}") @Size(max = 2000,
		message = "{takeover.motivation.size}") String motivation) {
}
