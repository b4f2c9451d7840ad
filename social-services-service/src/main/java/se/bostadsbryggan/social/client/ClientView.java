package se.bostadsbryggan.social.client;

import java.time.Instant;
import java.util.UUID;

/**
 * A client as pages and the API show them, with the responsible caseworker.
 *
 * @param id the client's id
 * @param personalIdentityNumber 12 digits
 * @param name the name
 * @param caseworkerId the responsible caseworker's id
 * @param caseworkerUsername their login name
 * @param caseworkerName their name
 * @param unit their unit
 * @param registeredAt when registered
 * @param createdBy who registered the client (login name)
 */
public record ClientView(UUID id, String personalIdentityNumber, String name, UUID caseworkerId,
		String caseworkerUsername, String caseworkerName, String unit, Instant registeredAt, String createdBy) {

	/**
	 * @return the number as {@code YYYYMMDD-XXXX}
	 */
	public String formattedPersonalIdentityNumber() {
		return PersonalIdentityNumber.format(this.personalIdentityNumber);
	}

	@Override
	public String toString() {
		return "ClientView[id=" + this.id + "]";
	}

}
