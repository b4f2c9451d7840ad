package se.bostadsbryggan.contracts.housing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A month's rent of a social contract or a guaranteed lease is paid in full. Published
 * for those lease types only: an ordinary tenant's payments never leave the housing
 * company. Carries no name and no amount, only whether it was paid on time.
 *
 * @param leaseId the lease's id (the Kafka key)
 * @param apartmentId the apartment's id
 * @param leaseType {@code SOCIAL} or {@code GUARANTEED}
 * @param month the month the rent is for
 * @param dueDate the day it was due
 * @param paidDate the day of the payment that settled it
 * @param onTime whether it was paid on or before the due date
 */
public record RentPaymentRecorded(UUID leaseId, UUID apartmentId, String leaseType, YearMonth month, LocalDate dueDate,
		LocalDate paidDate, boolean onTime) {
}
