package se.bostadsbryggan.housing.subtenant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import se.bostadsbryggan.identity.PersonalIdentityNumber;

/**
 * The subtenant of a social contract (andrahandshyresgäst), as social services shared
 * them at the placement with the client's consent: personal data that never leaves
 * housing-service.
 *
 * @param placementId the placement whose social contract they live in
 * @param personalIdentityNumber 12 digits
 * @param name full name
 * @param householdSize the people living in the apartment, the subtenant included
 * @param consentStatedOn the day the client consented to sharing this
 * @param receivedAt when housing-service received it
 */
public record Subtenant(UUID placementId, String personalIdentityNumber, String name, int householdSize,
		LocalDate consentStatedOn, Instant receivedAt) {

	/**
	 * @return the personal identity number as {@code YYYYMMDD-NNNN}
	 */
	public String personalIdentityNumberDisplay() {
		return PersonalIdentityNumber.format(this.personalIdentityNumber);
	}

	@Override
	public String toString() {
		// Never the name or number in a log line or an exception message.
		return "Subtenant[placementId=" + this.placementId + "]";
	}

}
