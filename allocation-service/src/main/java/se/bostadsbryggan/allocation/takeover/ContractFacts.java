package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What the shared workflow knows of one social contract or guaranteed lease, from the
 * housing company's and social services' events: enough to judge the takeover criteria,
 * nothing about who lives there.
 *
 * @param startDate the lease's first day
 * @param rent the rent months charged so far, in any order
 * @param verifiedDisturbances the days verified disturbances happened (dismissed ones are
 * never here)
 * @param readiness the latest readiness assessment, or {@code null} if there is none
 */
public record ContractFacts(LocalDate startDate, List<RentMonth> rent, List<LocalDate> verifiedDisturbances,
		Readiness readiness) {

	public ContractFacts {
		rent = List.copyOf(rent);
		verifiedDisturbances = List.copyOf(verifiedDisturbances);
	}

	/**
	 * One month's rent.
	 *
	 * @param month the month it is for
	 * @param dueDate the day it was due
	 * @param paidDate the day it was settled, or {@code null} while unpaid
	 */
	public record RentMonth(YearMonth month, LocalDate dueDate, LocalDate paidDate) {

	}

	/**
	 * The caseworker's latest readiness assessment.
	 *
	 * @param ready whether it judged the client ready for an own contract
	 * @param assessedOn the day of the assessment
	 */
	public record Readiness(boolean ready, LocalDate assessedOn) {

	}

}
