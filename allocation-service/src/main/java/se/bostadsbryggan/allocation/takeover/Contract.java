package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A social contract or guaranteed lease as the shared workflow follows it for takeover,
 * with its last evaluated status. No tenant.
 *
 * @param leaseId the housing company's lease
 * @param apartmentId the apartment
 * @param objectNumber the apartment's object number
 * @param leaseType {@code SOCIAL} or {@code GUARANTEED}
 * @param startDate the first day
 * @param endDate the last day, or {@code null} until further notice
 * @param requestReference the placement's housing request, or {@code null}
 * @param caseworker the responsible caseworker, or {@code null}
 * @param lasting whether it is marked as a lasting solution
 * @param reviewOn the lasting solution's next review
 * @param guaranteeReleasedOn the first day without the guarantee, or {@code null}
 * @param takenOverOn the first day of the own contract, or {@code null}
 * @param transferable whether it was transferable at the last change
 * @param statusChangedOn the day of the last change of {@code transferable}
 * @param expectedOn when not transferable, the day it is expected to become so
 * @param evaluatedOn the day of the last evaluation
 */
record Contract(UUID leaseId, UUID apartmentId, String objectNumber, String leaseType, LocalDate startDate,
		LocalDate endDate, UUID requestReference, String caseworker, boolean lasting, LocalDate reviewOn,
		LocalDate guaranteeReleasedOn, LocalDate takenOverOn, boolean transferable, LocalDate statusChangedOn,
		LocalDate expectedOn, LocalDate evaluatedOn) {

	/**
	 * @return whether it is evaluated for takeover at all: not a lasting solution, not
	 * released, not taken over
	 */
	boolean evaluated() {
		return !this.lasting && this.guaranteeReleasedOn == null && this.takenOverOn == null;
	}

	boolean runningOn(LocalDate day) {
		return this.endDate == null || !this.endDate.isBefore(day);
	}

	ContractStatus status(LocalDate today) {
		if (this.takenOverOn != null) {
			return ContractStatus.TAKEN_OVER;
		}
		if (this.guaranteeReleasedOn != null) {
			return ContractStatus.RELEASED;
		}
		if (!runningOn(today)) {
			return ContractStatus.ENDED;
		}
		if (this.lasting) {
			return ContractStatus.LASTING;
		}
		if (this.transferable) {
			return ContractStatus.TRANSFERABLE;
		}
		return (this.expectedOn != null) ? ContractStatus.EXPECTED : ContractStatus.NOT_YET;
	}

	/**
	 * @param today today
	 * @return the day the status line names, or {@code null}
	 */
	LocalDate statusDay(LocalDate today) {
		return switch (status(today)) {
			case TAKEN_OVER -> this.takenOverOn;
			case RELEASED -> this.guaranteeReleasedOn;
			case ENDED -> this.endDate;
			case LASTING -> this.reviewOn;
			case TRANSFERABLE -> this.statusChangedOn;
			case EXPECTED -> this.expectedOn;
			case NOT_YET -> null;
		};
	}

}
