package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;

/**
 * The takeover saga as the shared view follows it: social services' approval, then the
 * housing company's completion or refusal.
 *
 * @param approvedOn the day social services approved, or {@code null}
 * @param refusedOn the day the housing company refused, or {@code null}
 * @param refusedReason the refusal's reason code ({@code DECLINED_BY_HOUSING},
 * {@code LEASE_NOT_RUNNING}, {@code TENANT_INVALID}), or {@code null}
 * @param takenOverOn the first day of the own contract, or {@code null}
 */
public record TakeoverSteps(LocalDate approvedOn, LocalDate refusedOn, String refusedReason, LocalDate takenOverOn) {

	/**
	 * @return whether the last refusal answers the last approval (a later approval starts
	 * a new round)
	 */
	public boolean refusedAfterApproval() {
		return this.refusedOn != null && (this.approvedOn == null || !this.refusedOn.isBefore(this.approvedOn));
	}

	/**
	 * @return whether there is any step to show
	 */
	public boolean any() {
		return this.approvedOn != null || this.refusedOn != null || this.takenOverOn != null;
	}

}
