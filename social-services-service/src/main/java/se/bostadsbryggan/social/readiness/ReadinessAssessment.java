package se.bostadsbryggan.social.readiness;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An assessment of whether a client is ready for an own contract (bedömning av
 * boendeförmåga). The criteria and the motivation stay in social services.
 *
 * @param id the assessment's id
 * @param clientId the client
 * @param criteriaMet the criteria of the checklist the client meets
 * @param outcome the caseworker's judgment
 * @param motivation why (free text)
 * @param assessedOn the day of the assessment
 * @param nextReviewOn the day of the next review, after the assessment
 * @param requestReference the housing request's reference it was published under, or
 * {@code null} if the client had no request and nothing was published
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it (login name)
 */
public record ReadinessAssessment(UUID id, UUID clientId, List<Criterion> criteriaMet, Outcome outcome,
		String motivation, LocalDate assessedOn, LocalDate nextReviewOn, UUID requestReference, String objectNumber,
		Instant recordedAt, String recordedBy) {

	/** The caseworker's judgment. */
	public enum Outcome {

		/** Ready for an own contract. */
		READY,

		/** Not ready yet. */
		NOT_YET

	}

	/**
	 * @return whether it was published for the shared workflow
	 */
	public boolean published() {
		return this.requestReference != null || this.objectNumber != null;
	}

	/**
	 * @param criterion a criterion of the checklist
	 * @return whether the client meets it
	 */
	public boolean meets(Criterion criterion) {
		return this.criteriaMet.contains(criterion);
	}

	@Override
	public String toString() {
		return "ReadinessAssessment[id=" + this.id + ", outcome=" + this.outcome + "]";
	}

}
