package se.bostadsbryggan.housing.disturbance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Report a disturbance or damage. Validates itself, so bad input never reaches the
 * domain.
 *
 * @param occurredOn the day it happened
 * @param category what it is about
 * @param description what happened
 */
public record ReportDisturbance(@NotNull(message = "{disturbance.occurredOn.required}") LocalDate occurredOn,
		@NotNull(message = "{disturbance.category.required}") DisturbanceCategory category,
		@NotBlank(message = "{disturbance.description.required}") @Size(max = 2000,
				message = "{disturbance.description.size}") String description) {

	public ReportDisturbance {
		description = (description != null) ? description.strip() : null;
	}

}
