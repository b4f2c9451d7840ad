package se.bostadsbryggan.contracts.housing;

import java.util.UUID;

/**
 * The housing company's answer to the shared workflow's {@code ConflictCheckRequested}:
 * whether any of the conflict persons lives in the stairwell now. Only the result, never
 * who or how many.
 *
 * @param checkId the check's id (the Kafka key)
 * @param result the result
 */
public record ConflictCheckAnswered(UUID checkId, Result result) {

	/** What the housing company found. */
	public enum Result {

		/** None of the conflict persons lives in the stairwell. */
		NO_CONFLICT,

		/** At least one of them does. */
		CONFLICT,

		/**
		 * The check could not be made (e.g. a hash made with a key the housing company
		 * does not hold, or an unknown stairwell): the offer must not go ahead on it.
		 */
		CANNOT_CHECK

	}

}
