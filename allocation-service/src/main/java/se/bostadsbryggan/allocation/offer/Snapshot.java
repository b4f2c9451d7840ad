package se.bostadsbryggan.allocation.offer;

import java.time.Instant;
import java.util.List;

/**
 * What an offer was made on, kept with it so the decision can be explained later: the
 * ranked fitting requests with every rule's reason, and the agreement's terms and the
 * stairwell's spread at that moment.
 *
 * @param takenAt when
 * @param agreementVersion the version of the year's agreement in force, or {@code null}
 * while the default terms applied
 * @param maxPerStairwell the agreement's most social contracts and guarantees per
 * stairwell
 * @param maxPerPropertyPercent the agreement's most per property, in percent of its
 * apartments
 * @param offerAnswerDays days to answer
 * @param stairwellCount social contracts and guarantees in the stairwell, with the
 * placements not yet signed
 * @param candidates the fitting requests, ranked
 */
public record Snapshot(Instant takenAt, Integer agreementVersion, int maxPerStairwell, int maxPerPropertyPercent,
		int offerAnswerDays, int stairwellCount, List<Candidate> candidates) {

	public Snapshot {
		candidates = List.copyOf(candidates);
	}

	/**
	 * A fitting request at the moment of the offer.
	 *
	 * @param rank its rank, 1 first
	 * @param reference the reference's first eight characters
	 * @param submittedAt when it joined the queue
	 * @param householdSize people in the household
	 * @param chosen whether this is the request offered the apartment
	 * @param reasons every rule's reason
	 */
	public record Candidate(int rank, String reference, Instant submittedAt, int householdSize, boolean chosen,
			List<Rule> reasons) {

		public Candidate {
			reasons = List.copyOf(reasons);
		}

	}

	/**
	 * One rule's reason, as a message key and its arguments.
	 *
	 * @param key the message key
	 * @param arguments its arguments
	 */
	public record Rule(String key, List<Object> arguments) {

		/**
		 * @return the arguments as the message source takes them
		 */
		public Object[] args() {
			return this.arguments.toArray();
		}

	}

}
