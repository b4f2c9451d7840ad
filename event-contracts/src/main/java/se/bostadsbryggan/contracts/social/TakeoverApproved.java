package se.bostadsbryggan.contracts.social;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The responsible caseworker approved that the subtenant takes over the social contract
 * as their own (first-hand) lease. The new tenant's identity is sealed for the housing
 * company ({@link SubtenantIdentity} as JSON inside {@link Sealed}, with the lease id's
 * string form as associated data): identities cross when a lease is taken over. The
 * housing company completes the takeover once its housing manager has approved too.
 *
 * @param leaseId the social contract's lease
 * @param objectNumber the apartment's object number (the Kafka key)
 * @param approvedOn the day of the approval
 * @param tenant the new tenant, sealed for the housing company
 */
public record TakeoverApproved(UUID leaseId, String objectNumber, LocalDate approvedOn, Sealed tenant) {

}
