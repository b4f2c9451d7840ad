package se.bostadsbryggan.housing.lease;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.bostadsbryggan.housing.tenant.Tenant;

/**
 * A lease as the JSON API shows it, with its tenant ({@code null} for a social contract,
 * whose tenant is the municipality).
 */
record LeaseResponse(UUID id, UUID apartmentId, LeaseType type, LocalDate startDate, LocalDate endDate,
		LocalDate noticeDate, BigDecimal monthlyRent, Instant createdAt, Instant endedAt, TenantResponse tenant) {

	static LeaseResponse of(LeaseView view) {
		Lease lease = view.lease();
		Tenant tenant = view.tenant();
		return new LeaseResponse(lease.id(), lease.apartmentId(), lease.type(), lease.startDate(), lease.endDate(),
				lease.noticeDate(), lease.monthlyRent(), lease.createdAt(), lease.endedAt(),
				(tenant != null) ? new TenantResponse(tenant.id(), tenant.name(), tenant.personalIdentityNumber(),
						tenant.phone(), tenant.email()) : null);
	}

	record TenantResponse(UUID id, String name, String personalIdentityNumber, String phone, String email) {
	}

}
