package se.bostadsbryggan.gateway.account;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in (or logging-in) staff member: the principal of the gateway's sessions.
 * Authorities are {@code ROLE_<role>} for each role and {@code ORG_<organisation>}.
 */
public final class AccountUser implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UUID id;

	private final String username;

	private final String displayName;

	private final Organisation organisation;

	private final Set<Role> roles;

	private final boolean enabled;

	private final boolean locked;

	private final String unit;

	private final boolean external;

	private String passwordHash;

	AccountUser(Account account, String passwordHash, Instant now) {
		this.id = account.id();
		this.username = account.username();
		this.displayName = account.displayName();
		this.organisation = account.organisation();
		this.roles = Set.copyOf(account.roles());
		this.enabled = account.enabled();
		this.locked = account.lockedAt(now);
		this.unit = account.unit();
		this.external = account.external();
		this.passwordHash = passwordHash;
	}

	public UUID id() {
		return this.id;
	}

	public String displayName() {
		return this.displayName;
	}

	public Organisation organisation() {
		return this.organisation;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	/**
	 * @return the organisational unit, or {@code null}
	 */
	public String unit() {
		return this.unit;
	}

	/**
	 * @return whether the user logged in through an OpenID Connect provider
	 */
	public boolean external() {
		return this.external;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		this.roles.forEach((role) -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
		authorities.add(new SimpleGrantedAuthority("ORG_" + this.organisation.name()));
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountUser user && user.id.equals(this.id);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		return "AccountUser[" + this.username + "]";
	}

}
