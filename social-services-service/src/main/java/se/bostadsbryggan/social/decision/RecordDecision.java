package se.bostadsbryggan.social.decision;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Record a support decision.
 *
 * @param decidedOn the day it was decided
 * @param validFrom first day it applies
 * @param validTo last day it applies, not before the first
 * @param decidedBy who decided
 */
public record RecordDecision(
		@NotNull(message = "{decision.decidedOn.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
		@NotNull(message = "{decision.validFrom.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@NotNull(message = "{decision.validTo.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
		@NotBlank(message = "{decision.decidedBy.required}") @Size(max = 200,
				message = "{decision.decidedBy.size}") String decidedBy) {

	/**
	 * @return whether the period ends on or after its start ({@code true} while either is
	 * missing)
	 */
	@AssertTrue(message = "{decision.validTo.beforeValidFrom}")
	public boolean isPeriodInOrder() {
		return this.validFrom == null || this.validTo == null || !this.validTo.isBefore(this.validFrom);
	}

}
