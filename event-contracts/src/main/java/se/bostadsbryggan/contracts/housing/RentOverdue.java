package se.bostadsbryggan.contracts.housing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A month's rent of a social contract or a guaranteed lease was not paid in full by its
 * due date (arrears). Published once per month and lease, by the daily ledger run, for
 * those lease types only.
 *
 * @param leaseId the lease's id (the Kafka key)
 * @param apartmentId the apartment's id
 * @param leaseType {@code SOCIAL} or {@code GUARANTEED}
 * @param month the month the rent is for
 * @param dueDate the day it was due
 */
public record RentOverdue(UUID leaseId, UUID apartmentId, String leaseType, YearMonth month, LocalDate dueDate) {
}
