package se.bostadsbryggan.contracts.housing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The subtenant took over the social contract: in one transaction the housing company
 * ended the social contract the day before and started a first-hand lease to the former
 * subtenant from the takeover day ({@code LeaseEnded} and {@code LeaseStarted} are
 * published as for any lease). Carries no identity.
 *
 * @param socialLeaseId the social contract that ended
 * @param newLeaseId the first-hand lease that started
 * @param apartmentId the apartment (the Kafka key)
 * @param objectNumber the apartment's object number
 * @param takeoverDate the first day of the own contract
 */
public record TakeoverCompleted(UUID socialLeaseId, UUID newLeaseId, UUID apartmentId, String objectNumber,
		LocalDate takeoverDate) {

}
