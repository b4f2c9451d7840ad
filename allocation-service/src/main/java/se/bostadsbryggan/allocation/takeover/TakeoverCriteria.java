package se.bostadsbryggan.allocation.takeover;

/**
 * The agreement's takeover criteria, as numbers.
 *
 * @param contractMonths months the contract must have run
 * @param onTimeRentMonths consecutive months of rent paid on time
 * @param graceDays days after the due date a payment still counts as on time
 * @param disturbanceFreeMonths months without a verified disturbance
 * @param readinessMaxAgeMonths how old a "ready" readiness assessment may be
 */
public record TakeoverCriteria(int contractMonths, int onTimeRentMonths, int graceDays, int disturbanceFreeMonths,
		int readinessMaxAgeMonths) {

	/** The defaults of a new agreement: 12, 12, 5 days, 12 and 6 months. */
	public static final TakeoverCriteria DEFAULTS = new TakeoverCriteria(12, 12, 5, 12, 6);

}
