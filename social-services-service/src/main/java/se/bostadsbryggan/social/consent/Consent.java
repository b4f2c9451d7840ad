package se.bostadsbryggan.social.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One statement of a client's consent (samtycke): given or withdrawn, on a date, for a
 * scope. The newest statement counts; older ones are the history.
 *
 * @param id the statement's id
 * @param clientId the client
 * @param scope what the consent covers
 * @param given {@code true} if given, {@code false} if withdrawn
 * @param statedOn the day the client gave or withdrew it
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it (login name)
 */
public record Consent(UUID id, UUID clientId, Scope scope, boolean given, LocalDate statedOn, Instant recordedAt,
		String recordedBy) {

	/** What a consent covers. */
	public enum Scope {

		/**
		 * Sharing the client's identity with the housing company when a placement is
		 * agreed.
		 */
		IDENTITY_AT_PLACEMENT

	}

}
