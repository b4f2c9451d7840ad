package se.bostadsbryggan.housing.tenant;

import java.time.Instant;
import java.util.UUID;

import se.bostadsbryggan.identity.PersonalIdentityNumber;

/**
 * A tenant of the housing company: personal data that never leaves housing-service.
 *
 * @param id internal id
 * @param name full name
 * @param personalIdentityNumber 12 digits
 * @param phone phone number, optional
 * @param email e-mail address, optional
 * @param registeredAt when the tenant was first registered
 */
public record Tenant(UUID id, String name, String personalIdentityNumber, String phone, String email,
		Instant registeredAt) {

	/**
	 * @return the personal identity number as {@code YYYYMMDD-NNNN}
	 */
	public String personalIdentityNumberDisplay() {
		return PersonalIdentityNumber.format(this.personalIdentityNumber);
	}

}
