package se.bostadsbryggan.housing.takeover;

import java.time.LocalDate;

import se.bostadsbryggan.housing.lease.Lease;

/**
 * Where a social contract or guaranteed lease stands on its way to an own contract,
 * without the new tenant.
 *
 * @param lease the lease
 * @param transferability its latest transferability, or {@code null}
 * @param takeover its takeover without the tenant, or {@code null}
 * @param guaranteeReleasedOn the guarantee's release, or {@code null}
 */
public record TakeoverStatus(Lease lease, Transferability transferability, TakeoverListing takeover,
		LocalDate guaranteeReleasedOn) {

	/**
	 * @return the takeover's outcome, or {@code null}
	 */
	public String takeoverOutcome() {
		return (this.takeover != null) ? this.takeover.outcome() : null;
	}

}
