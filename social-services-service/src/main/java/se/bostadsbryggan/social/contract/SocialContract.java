package se.bostadsbryggan.social.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A social contract as social services know it (socialt kontrakt): the municipality holds
 * the lease of the housing company's apartment and sublets it to the client
 * (andrahandshyresgäst).
 *
 * @param id the contract's id
 * @param clientId the client living in the apartment
 * @param objectNumber the housing company's object number of the apartment, or
 * {@code null} if hidden (protected identity)
 * @param address the apartment's street address, or {@code null} if hidden
 * @param startDate first day
 * @param endDate last day, or {@code null} until further notice
 * @param recordedAt when it was recorded here
 * @param recordedBy who recorded it (login name)
 */
public record SocialContract(UUID id, UUID clientId, String objectNumber, String address, LocalDate startDate,
		LocalDate endDate, Instant recordedAt, String recordedBy) {

	/**
	 * @param day a day
	 * @return whether the contract runs that day
	 */
	public boolean runsOn(LocalDate day) {
		return !day.isBefore(this.startDate) && (this.endDate == null || !day.isAfter(this.endDate));
	}

	/**
	 * @return this contract without where the client lives: for a client with protected
	 * identity shown to someone not responsible for them
	 */
	SocialContract withoutAddress() {
		return new SocialContract(this.id, this.clientId, null, null, this.startDate, this.endDate, this.recordedAt,
				this.recordedBy);
	}

}
