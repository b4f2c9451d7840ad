package se.bostadsbryggan.housing.takeover;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Whether a social contract or guaranteed lease is transferable to an own contract, as
 * the shared workflow last judged it.
 *
 * @param leaseId the lease
 * @param leaseType {@code SOCIAL} or {@code GUARANTEED}
 * @param transferable whether every takeover criterion is met
 * @param changedOn the day it became so (or stopped being so)
 * @param expectedOn when not transferable, the day it is expected to become so, or
 * {@code null}
 */
public record Transferability(UUID leaseId, String leaseType, boolean transferable, LocalDate changedOn,
		LocalDate expectedOn) {
}
