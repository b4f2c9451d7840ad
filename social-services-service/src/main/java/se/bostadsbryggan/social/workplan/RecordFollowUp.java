package se.bostadsbryggan.social.workplan;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Record a follow-up that was held: one planned before, or one held without a plan.
 *
 * @param plannedFollowUpId the planned follow-up it was, or {@code null} if unplanned
 * @param heldOn the day it was held, not in the future
 * @param notes what was said and agreed (free text; stays in social services)
 */
public record RecordFollowUp(UUID plannedFollowUpId,
		@NotNull(message = "{workPlan.followUp.heldOn.required}") @PastOrPresent(
				message = "{workPlan.followUp.heldOn.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
		@NotBlank(message = "{workPlan.followUp.notes.required}") @Size(max = 4000,
				message = "{workPlan.followUp.notes.size}") String notes) {

	@Override
	public String toString() {
		return "RecordFollowUp[plannedFollowUpId=" + this.plannedFollowUpId + ", heldOn=" + this.heldOn + "]";
	}

}
