package se.bostadsbryggan.social.household;

import java.time.Instant;
import java.util.UUID;

import se.bostadsbryggan.identity.PersonalIdentityNumber;

/**
 * Someone who lives with a client: an adult (with a name) or a child (name and number
 * optional). For a client with protected identity shown to someone not responsible for
 * them, name and number are left out.
 *
 * @param id the member's id
 * @param clientId the client
 * @param kind adult or child
 * @param name the name, or {@code null}
 * @param personalIdentityNumber 12 digits, or {@code null}
 * @param addedAt when added
 */
public record HouseholdMember(UUID id, UUID clientId, Kind kind, String name, String personalIdentityNumber,
		Instant addedAt) {

	/** Adult or child. */
	public enum Kind {

		ADULT, CHILD

	}

	/**
	 * @return the number as {@code YYYYMMDD-XXXX}, or {@code null}
	 */
	public String formattedPersonalIdentityNumber() {
		return (this.personalIdentityNumber != null) ? PersonalIdentityNumber.format(this.personalIdentityNumber)
				: null;
	}

	HouseholdMember withoutIdentity() {
		return new HouseholdMember(this.id, this.clientId, this.kind, null, null, this.addedAt);
	}

	@Override
	public String toString() {
		return "HouseholdMember[id=" + this.id + ", kind=" + this.kind + "]";
	}

}
