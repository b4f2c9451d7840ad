package se.bostadsbryggan.gateway.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A local staff account as administrators see it (no password hash).
 *
 * @param id the user id
 * @param username the lower-case login name
 * @param displayName the name shown in pages
 * @param organisation the organisation the user works for
 * @param roles the user's roles
 * @param enabled whether the user may log in
 * @param failedAttempts failed logins in a row
 * @param lockedUntil until when logins are refused after too many failures, or
 * {@code null}
 */
public record Account(UUID id, String username, String displayName, Organisation organisation, Set<Role> roles,
		boolean enabled, int failedAttempts, Instant lockedUntil) {

	/**
	 * @param now the current time
	 * @return whether logins are refused at that time because of failed attempts
	 */
	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
