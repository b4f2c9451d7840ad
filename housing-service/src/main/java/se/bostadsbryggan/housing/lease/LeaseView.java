package se.bostadsbryggan.housing.lease;

import se.bostadsbryggan.housing.tenant.Tenant;

/**
 * A lease with its tenant, as staff see it.
 *
 * @param lease the lease
 * @param tenant its tenant, or {@code null} for a social contract
 */
public record LeaseView(Lease lease, Tenant tenant) {
}
