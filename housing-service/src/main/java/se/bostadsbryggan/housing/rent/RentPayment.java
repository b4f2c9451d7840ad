package se.bostadsbryggan.housing.rent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment of rent for a lease.
 *
 * @param id internal id
 * @param seq the order of registration; payments are allocated in this order
 * @param leaseId the lease
 * @param amount the amount in SEK
 * @param paidDate the day it was paid
 * @param reference the bank's or ERP's payment reference, or {@code null}
 * @param source {@code MANUAL} or {@code IMPORT}
 * @param registeredAt when it was registered
 */
public record RentPayment(UUID id, long seq, UUID leaseId, BigDecimal amount, LocalDate paidDate, String reference,
		String source, Instant registeredAt) {
}
