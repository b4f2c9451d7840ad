package se.bostadsbryggan.allocation.quota;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A housing manager grants extra slots beyond the quota. Validates itself.
 *
 * @param extraSlots how many, 1 to 1000
 * @param reason why, at least 10 characters
 */
public record GrantException(
		@NotNull(message = "{quota.exception.slots.required}") @Min(value = 1,
				message = "{quota.exception.slots.range}") @Max(value = 1000,
						message = "{quota.exception.slots.range}") Integer extraSlots,
		@NotBlank(message = "{quota.exception.reason.required}") @Size(min = 10, max = 2000,
				message = "{quota.exception.reason.size}") String reason) {

	public GrantException {
		reason = (reason != null) ? reason.strip() : null;
	}

}
