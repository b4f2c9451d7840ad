package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract followed for takeover, as the API shows it: no tenant, no request.
 *
 * @param leaseId the housing company's lease
 * @param apartmentId the apartment
 * @param objectNumber the apartment's object number
 * @param leaseType {@code SOCIAL} or {@code GUARANTEED}
 * @param startDate the first day
 * @param endDate the last day, or {@code null}
 * @param status where it stands
 * @param transferable whether it is transferable (as last evaluated)
 * @param statusChangedOn the day {@code transferable} last changed
 * @param expectedOn when not transferable, the day it is expected to become so
 * @param evaluatedOn the day of the last evaluation
 * @param reviewOn a lasting solution's next review
 * @param guaranteeReleasedOn the day the guarantee was released
 * @param takenOverOn the first day of the own contract
 * @param criteria each criterion judged today (only for one contract)
 */
record ContractResponse(UUID leaseId, UUID apartmentId, String objectNumber, String leaseType, LocalDate startDate,
		LocalDate endDate, ContractStatus status, boolean transferable, LocalDate statusChangedOn, LocalDate expectedOn,
		LocalDate evaluatedOn, LocalDate reviewOn, LocalDate guaranteeReleasedOn, LocalDate takenOverOn,
		List<CriterionResult> criteria) {

	static ContractResponse of(Contract c, LocalDate today, List<CriterionResult> criteria) {
		return new ContractResponse(c.leaseId(), c.apartmentId(), c.objectNumber(), c.leaseType(), c.startDate(),
				c.endDate(), c.status(today), c.transferable(), c.statusChangedOn(), c.expectedOn(), c.evaluatedOn(),
				c.reviewOn(), c.guaranteeReleasedOn(), c.takenOverOn(), criteria);
	}

}
