package se.bostadsbryggan.housing.lease;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.bostadsbryggan.housing.subtenant.Subtenant;
import se.bostadsbryggan.housing.tenant.Tenant;

/**
 * A lease as the JSON API shows it, with its tenant ({@code null} for a social contract,
 * whose tenant is the municipality) and, for a social contract signed for a placement,
 * the placement and its subtenant ({@code null} until social services share who lives
 * there).
 */
record LeaseResponse(UUID id, UUID apartmentId, LeaseType type, LocalDate startDate, LocalDate endDate,
		LocalDate noticeDate, BigDecimal monthlyRent, Instant createdAt, Instant endedAt, TenantResponse tenant,
		UUID placementId, SubtenantResponse subtenant) {

	static LeaseResponse of(LeaseView view) {
		Lease lease = view.lease();
		Tenant tenant = view.tenant();
		Subtenant subtenant = view.subtenant();
		return new LeaseResponse(lease.id(), lease.apartmentId(), lease.type(), lease.startDate(), lease.endDate(),
				lease.noticeDate(), lease.monthlyRent(), lease.createdAt(), lease.endedAt(),
				(tenant != null) ? new TenantResponse(tenant.id(), tenant.name(), tenant.personalIdentityNumber(),
						tenant.phone(), tenant.email()) : null,
				lease.placementId(),
				(subtenant != null) ? new SubtenantResponse(subtenant.name(), subtenant.personalIdentityNumber(),
						subtenant.householdSize(), subtenant.consentStatedOn(), subtenant.receivedAt()) : null);
	}

	record TenantResponse(UUID id, String name, String personalIdentityNumber, String phone, String email) {
	}

	/**
	 * @param name full name
	 * @param personalIdentityNumber 12 digits
	 * @param householdSize the people living in the apartment, the subtenant included
	 * @param consentStatedOn the day the client consented to sharing this
	 * @param receivedAt when social services' message arrived
	 */
	record SubtenantResponse(String name, String personalIdentityNumber, int householdSize, LocalDate consentStatedOn,
			Instant receivedAt) {
	}

}
