package se.bostadsbryggan.contracts.allocation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A social contract or guaranteed lease became transferable to an own contract (every
 * takeover criterion of the agreement is met), or stopped being so (a late payment, a
 * verified disturbance, an aged readiness assessment). Sent once per change, never for a
 * contract marked as a lasting solution. For a guaranteed lease, transferable means the
 * guarantee can be released.
 *
 * @param leaseId the housing company's lease (the Kafka key)
 * @param apartmentId the apartment
 * @param objectNumber the apartment's object number
 * @param leaseType {@code SOCIAL} or {@code GUARANTEED}
 * @param requestReference the housing request of the placement that made the contract, or
 * {@code null} for a contract from before the shared workflow
 * @param transferable whether it is transferable now
 * @param changedOn the day it changed
 * @param expectedOn when not transferable, the day it is expected to become so if nothing
 * goes wrong, or {@code null} if that cannot be foreseen
 */
public record TransferabilityChanged(UUID leaseId, UUID apartmentId, String objectNumber, String leaseType,
		UUID requestReference, boolean transferable, LocalDate changedOn, LocalDate expectedOn) {

}
