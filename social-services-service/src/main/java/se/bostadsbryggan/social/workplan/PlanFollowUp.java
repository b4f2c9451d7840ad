package se.bostadsbryggan.social.workplan;

import java.time.LocalDate;

import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Plan a follow-up of the work plan.
 *
 * @param plannedOn the day, today or later
 */
public record PlanFollowUp(@NotNull(message = "{workPlan.followUp.plannedOn.required}") @FutureOrPresent(
		message = "{workPlan.followUp.plannedOn.past}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate plannedOn) {

}
