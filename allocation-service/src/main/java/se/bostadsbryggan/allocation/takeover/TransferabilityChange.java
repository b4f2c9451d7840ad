package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A contract became transferable to an own contract, or stopped being so: what
 * {@code TransferabilityChanged} says, and who is responsible for it.
 *
 * @param leaseId the housing company's lease
 * @param apartmentId the apartment
 * @param objectNumber the apartment's object number
 * @param leaseType {@code SOCIAL} or {@code GUARANTEED}
 * @param requestReference the placement's housing request, or {@code null}
 * @param caseworker the responsible caseworker's username (the request's, else the one of
 * the latest readiness assessment), or {@code null} if not known
 * @param transferable whether it is transferable now
 * @param changedOn the day it changed
 * @param expectedOn when not transferable, the day it is expected to become so, or
 * {@code null}
 * @param unmet when not transferable, the criteria not met that day, in {@link Criterion}
 * order (empty when transferable)
 */
public record TransferabilityChange(UUID leaseId, UUID apartmentId, String objectNumber, String leaseType,
		UUID requestReference, String caseworker, boolean transferable, LocalDate changedOn, LocalDate expectedOn,
		List<Criterion> unmet) {

	public TransferabilityChange {
		unmet = List.copyOf(unmet);
	}

}
