package se.bostadsbryggan.housing.tenant;

import java.util.UUID;

import se.bostadsbryggan.identity.PersonalIdentityNumber;

/**
 * A tenant's id and personal identity number, for a comparison that keeps neither.
 *
 * @param tenantId the tenant's id
 * @param number the tenant's personal identity number
 */
public record TenantNumber(UUID tenantId, PersonalIdentityNumber number) {

	@Override
	public String toString() {
		return "TenantNumber[tenantId=" + this.tenantId + "]";
	}

}
