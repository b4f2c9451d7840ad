package se.bostadsbryggan.social.start;

import java.time.LocalDate;
import java.util.List;

/**
 * What the caseworker's start page shows.
 *
 * @param today the day
 * @param clientCount how many clients the caller has (a manager: the unit)
 * @param overdueFollowUps follow-ups planned before today and not held
 * @param upcomingFollowUps follow-ups planned from today within
 * {@value StartService#FOLLOW_UP_DAYS} days
 * @param readinessReviews readiness reviews overdue or due within
 * {@value StartService#REVIEW_DAYS} days
 * @param expiringDecisions support decisions ending within
 * {@value StartService#DECISION_DAYS} days
 * @param placementsWaitingForConsent placements whose identity waits for the client's
 * consent, by start date
 * @param transferable social contracts transferable to an own contract and guarantees
 * that can be released, not yet approved ("Dags för eget kontrakt"), the longest first
 * @param lastingReviews lasting solutions due for their yearly review within
 * {@value se.bostadsbryggan.social.owncontract.OwnContractService#REVIEW_DAYS} days
 */
public record StartPage(LocalDate today, int clientCount, List<Reminder> overdueFollowUps,
		List<Reminder> upcomingFollowUps, List<Reminder> readinessReviews, List<Reminder> expiringDecisions,
		List<Reminder> placementsWaitingForConsent, List<Reminder> transferable, List<Reminder> lastingReviews) {

}
