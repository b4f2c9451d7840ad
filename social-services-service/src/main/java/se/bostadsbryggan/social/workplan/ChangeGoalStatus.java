package se.bostadsbryggan.social.workplan;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Change where a goal stands: achieved, dropped, or active again.
 *
 * @param status the new status
 * @param on the day of the change, not in the future and not before the goal was agreed
 */
public record ChangeGoalStatus(@NotNull(message = "{workPlan.goal.status.required}") Goal.Status status,
		@NotNull(message = "{workPlan.goal.statusOn.required}") @PastOrPresent(
				message = "{workPlan.goal.statusOn.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) LocalDate on) {

}
