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
 * @param unit the organisational unit (e.g. {@code Vuxenenheten}), or {@code null}
 * @param identityProvider the issuer of the OpenID Connect provider the user logs in
 * with, or {@code null} for a local account (which logs in with a password)
 */
public record Account(UUID id, String username, String displayName, Organisation organisation, Set<Role> roles,
		boolean enabled, int failedAttempts, Instant lockedUntil, String unit, String identityProvider) {

	/**
	 * @return whether the user logs in through an OpenID Connect provider (and has no
	 * password here)
	 */
	public boolean external() {
		return this.identityProvider != null;
	}

	/**
	 * @param now the current time
	 * @return whether logins are refused at that time because of failed attempts
	 */
	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
