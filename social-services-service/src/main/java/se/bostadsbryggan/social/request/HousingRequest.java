package se.bostadsbryggan.social.request;

import java.time.Instant;
import java.util.UUID;

/**
 * A pseudonymous request for an apartment, made from a client's need.
 *
 * @param id internal id, never shared
 * @param reference random reference, the only id that leaves social services
 * @param needId the need it was made from
 * @param keyId the id of the key its hashes were made with
 * @param submittedAt when it was made
 * @param submittedBy who made it (login name)
 */
public record HousingRequest(UUID id, UUID reference, UUID needId, String keyId, Instant submittedAt,
		String submittedBy) {

	/**
	 * @return the reference's first eight characters, as pages show it
	 */
	public String shortReference() {
		return this.reference.toString().substring(0, 8);
	}

}
