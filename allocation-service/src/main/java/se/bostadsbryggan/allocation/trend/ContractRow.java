package se.bostadsbryggan.allocation.trend;

import java.time.LocalDate;

/**
 * What the trends need of one social contract or guarantee.
 *
 * @param leaseType {@code SOCIAL} or {@code GUARANTEED}
 * @param startDate its first day
 * @param endDate its last day, or {@code null} while open-ended
 * @param guaranteeReleasedOn when social services released the guarantee, or {@code null}
 * @param takenOverOn the first day of the own contract, or {@code null}
 */
record ContractRow(String leaseType, LocalDate startDate, LocalDate endDate, LocalDate guaranteeReleasedOn,
		LocalDate takenOverOn) {

	/**
	 * @param day a day
	 * @return whether the contract runs on it (a contract runs until its last day has
	 * passed)
	 */
	boolean runsOn(LocalDate day) {
		return !this.startDate.isAfter(day) && (this.endDate == null || !this.endDate.isBefore(day));
	}

}
