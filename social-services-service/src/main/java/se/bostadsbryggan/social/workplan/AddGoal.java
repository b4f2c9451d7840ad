package se.bostadsbryggan.social.workplan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Add a goal agreed with the client to their work plan.
 *
 * @param description what the client works toward
 * @param agreedOn the day it was agreed, not in the future
 */
public record AddGoal(
		@NotBlank(message = "{workPlan.goal.description.required}") @Size(max = 1000,
				message = "{workPlan.goal.description.size}") String description,
		@NotNull(message = "{workPlan.goal.agreedOn.required}") @PastOrPresent(
				message = "{workPlan.goal.agreedOn.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) LocalDate agreedOn) {

}
