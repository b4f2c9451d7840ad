package se.bostadsbryggan.housing.lease;

import se.bostadsbryggan.housing.subtenant.Subtenant;
import se.bostadsbryggan.housing.tenant.Tenant;

/**
 * A lease with its tenant and, for a social contract of a placement, its subtenant, as
 * staff see it.
 *
 * @param lease the lease
 * @param tenant its tenant, or {@code null} for a social contract
 * @param subtenant who lives in a social contract's apartment, or {@code null} while
 * social services have not shared it (or for any other lease)
 */
public record LeaseView(Lease lease, Tenant tenant, Subtenant subtenant) {

	/**
	 * @return whether this is a social contract of a placement whose subtenant social
	 * services have not shared yet
	 */
	public boolean awaitsSubtenant() {
		return this.subtenant == null && this.lease.type() == LeaseType.SOCIAL && this.lease.placementId() != null;
	}

}
