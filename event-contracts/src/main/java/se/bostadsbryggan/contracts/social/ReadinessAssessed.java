package se.bostadsbryggan.contracts.social;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Social services assessed whether a client is ready for an own contract (bedömning av
 * boendeförmåga). Pseudonymous and minimal: the reference of the client's latest housing
 * request, the outcome and its two days; never the criteria or the motivation.
 *
 * @param requestReference the opaque reference of the client's latest housing request
 * (the Kafka key)
 * @param outcome the caseworker's judgment
 * @param assessedOn the day of the assessment
 * @param nextReviewOn the day of the next review
 */
public record ReadinessAssessed(UUID requestReference, Outcome outcome, LocalDate assessedOn, LocalDate nextReviewOn) {

	/** The judgment of an assessment. */
	public enum Outcome {

		/** Ready for an own contract. */
		READY,

		/** Not ready yet. */
		NOT_YET

	}

}
