package se.bostadsbryggan.housing.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A month's rent of a lease.
 *
 * @param id internal id
 * @param leaseId the lease
 * @param month the first day of the month the rent is for
 * @param dueDate the day it falls due
 * @param amount the amount in SEK (a part of the monthly rent in a month the lease only
 * partly runs)
 */
public record RentCharge(UUID id, UUID leaseId, LocalDate month, LocalDate dueDate, BigDecimal amount) {

	/**
	 * @return the month as a year and month
	 */
	public YearMonth yearMonth() {
		return YearMonth.from(this.month);
	}

}
