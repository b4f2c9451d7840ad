package se.bostadsbryggan.contracts.allocation;

import java.util.List;
import java.util.UUID;

/**
 * The shared workflow asks the housing company whether any of a housing request's
 * conflict persons lives in a stairwell: the housing company hashes the stairwell's
 * current tenants with the same key and answers only conflict or no conflict
 * ({@code ConflictCheckAnswered} on {@code housing.conflict-check.v1}), never who. No
 * hash of a tenant leaves the housing company.
 *
 * @param checkId the check's id (the Kafka key), repeated in the answer
 * @param apartmentId the apartment about to be offered
 * @param stairwell the apartment's stairwell code, whose tenants are compared
 * @param conflictPersons the request's conflict persons' keyed hashes (may be empty: the
 * answer is then no conflict)
 */
public record ConflictCheckRequested(UUID checkId, UUID apartmentId, String stairwell,
		List<PersonHash> conflictPersons) {

	public ConflictCheckRequested {
		conflictPersons = (conflictPersons != null) ? List.copyOf(conflictPersons) : List.of();
	}

}
