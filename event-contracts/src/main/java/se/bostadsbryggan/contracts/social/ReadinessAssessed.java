package se.bostadsbryggan.contracts.social;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Social services assessed whether a client is ready for an own contract (bedömning av
 * boendeförmåga). Pseudonymous and minimal: the reference of the client's latest housing
 * request and/or the apartment of their running social contract or guaranteed lease, the
 * outcome and its two days, and the responsible caseworker (who is told when the contract
 * becomes transferable); never the criteria or the motivation.
 *
 * @param requestReference the opaque reference of the client's latest housing request
 * (the Kafka key), or {@code null} for a client whose contract came before the shared
 * workflow
 * @param outcome the caseworker's judgment
 * @param assessedOn the day of the assessment
 * @param nextReviewOn the day of the next review
 * @param objectNumber the apartment of the client's running social contract or guaranteed
 * lease (the Kafka key when there is no request), or {@code null} if none; added in v1
 * without a version change, so older events lack it
 * @param caseworker the login name of the client's responsible caseworker, or
 * {@code null} in older events
 */
public record ReadinessAssessed(UUID requestReference, Outcome outcome, LocalDate assessedOn, LocalDate nextReviewOn,
		String objectNumber, String caseworker) {

	/**
	 * An assessment of a client with a housing request and no contract yet, as first
	 * published.
	 * @param requestReference the request's reference
	 * @param outcome the judgment
	 * @param assessedOn the day of the assessment
	 * @param nextReviewOn the day of the next review
	 */
	public ReadinessAssessed(UUID requestReference, Outcome outcome, LocalDate assessedOn, LocalDate nextReviewOn) {
		this(requestReference, outcome, assessedOn, nextReviewOn, null, null);
	}

	/** The judgment of an assessment. */
	public enum Outcome {

		/** Ready for an own contract. */
		READY,

		/** Not ready yet. */
		NOT_YET

	}

}
