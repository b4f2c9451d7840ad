package se.bostadsbryggan.gateway.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gateway's staff accounts ({@code user_account}): lookup for login, counting failed
 * logins, and the changes administrators make. A local account logs in with a password,
 * stored only as a hash of the {@link PasswordEncoder} (bcrypt, with the algorithm's id
 * as prefix); an external account logs in through an OpenID Connect provider, is created
 * and updated at each such login, and has no password.
 */
public class Accounts implements UserDetailsService {

	private static final String COLUMNS = "id, username, display_name, organisation, roles, enabled, failed_attempts, locked_until, "
			+ "unit, identity_provider";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final LoginProperties login;

	private final Clock clock;

	Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, LoginProperties login, Clock clock) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
		this.login = login;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String name = normalise(username);
		return this.jdbc
			.sql("select " + COLUMNS
					+ ", password_hash from user_account where username = ? and identity_provider is null")
			.param(name)
			.query((rs, row) -> new AccountUser(account(rs), rs.getString("password_hash"), this.clock.instant()))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	/**
	 * @return every account, by username
	 */
	public List<Account> list() {
		return this.jdbc.sql("select " + COLUMNS + " from user_account order by username")
			.query((rs, row) -> account(rs))
			.list();
	}

	public Optional<Account> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from user_account where id = ?")
			.param(id)
			.query((rs, row) -> account(rs))
			.optional();
	}

	/**
	 * @param identityProvider the provider's issuer
	 * @param subject the user's subject at the provider
	 * @return the external account of that user, if it exists
	 */
	public Optional<Account> findExternal(String identityProvider, String subject) {
		return this.jdbc
			.sql("select " + COLUMNS + " from user_account where identity_provider = ? and provider_subject = ?")
			.params(identityProvider, subject)
			.query((rs, row) -> account(rs))
			.optional();
	}

	/**
	 * @param account an account
	 * @return it as the principal of a session, without any password
	 */
	public AccountUser user(Account account) {
		return new AccountUser(account, null, this.clock.instant());
	}

	public Optional<Account> findByUsername(String username) {
		return this.jdbc.sql("select " + COLUMNS + " from user_account where username = ?")
			.param(normalise(username))
			.query((rs, row) -> account(rs))
			.optional();
	}

	/**
	 * Creates an account. The password must already have passed the
	 * {@link PasswordPolicy} (demo accounts excepted).
	 * @return the new account's id
	 * @throws UsernameTakenException if the username is in use
	 */
	@Transactional
	public UUID create(String username, String displayName, Organisation organisation, Set<Role> roles,
			String rawPassword) {
		return create(username, displayName, organisation, roles, null, rawPassword);
	}

	/**
	 * Creates a local account in a unit. The password must already have passed the
	 * {@link PasswordPolicy} (demo accounts excepted).
	 * @param unit the organisational unit, or {@code null}
	 * @return the new account's id
	 * @throws UsernameTakenException if the username is in use
	 */
	@Transactional
	public UUID create(String username, String displayName, Organisation organisation, Set<Role> roles, String unit,
			String rawPassword) {
		String name = normalise(username);
		if (findByUsername(name).isPresent()) {
			throw new UsernameTakenException(name);
		}
		if (roles.isEmpty() || !Role.allAllowedIn(organisation, roles)) {
			throw new IllegalArgumentException("Roles " + roles + " do not belong to " + organisation);
		}
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into user_account (id, username, display_name, organisation, roles, password_hash,
				    enabled, failed_attempts, created_at, password_changed_at, unit)
				values (?, ?, ?, ?, ?, ?, true, 0, ?, ?, ?)
				""")
			.params(id, name, displayName.strip(), organisation.name(), roleNames(roles),
					this.passwordEncoder.encode(rawPassword), now, now, blankToNull(unit))
			.update();
		return id;
	}

	/**
	 * Creates the account of a user who logged in through an OpenID Connect provider for
	 * the first time. It has no password.
	 * @param identityProvider the provider's issuer
	 * @param subject the user's subject at the provider
	 * @param unit the organisational unit, or {@code null}
	 * @return the new account's id
	 * @throws UsernameTakenException if the username is in use
	 */
	@Transactional
	public UUID createExternal(String identityProvider, String subject, String username, String displayName,
			Organisation organisation, Set<Role> roles, String unit) {
		String name = normalise(username);
		if (findByUsername(name).isPresent()) {
			throw new UsernameTakenException(name);
		}
		if (roles.isEmpty() || !Role.allAllowedIn(organisation, roles)) {
			throw new IllegalArgumentException("Roles " + roles + " do not belong to " + organisation);
		}
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into user_account (id, username, display_name, organisation, roles, password_hash,
				    enabled, failed_attempts, created_at, password_changed_at, unit, identity_provider,
				    provider_subject)
				values (?, ?, ?, ?, ?, null, true, 0, ?, ?, ?, ?, ?)
				""")
			.params(id, name, displayName.strip(), organisation.name(), roleNames(roles), now, now, blankToNull(unit),
					identityProvider, subject)
			.update();
		return id;
	}

	/**
	 * Updates an external account with what its provider says at a login.
	 * @param unit the organisational unit, or {@code null}
	 */
	@Transactional
	public void updateExternal(UUID id, String displayName, Organisation organisation, Set<Role> roles, String unit) {
		if (roles.isEmpty() || !Role.allAllowedIn(organisation, roles)) {
			throw new IllegalArgumentException("Roles " + roles + " do not belong to " + organisation);
		}
		this.jdbc.sql("""
				update user_account set display_name = ?, organisation = ?, roles = ?, unit = ?
				where id = ? and identity_provider is not null
				""").params(displayName.strip(), organisation.name(), roleNames(roles), blankToNull(unit), id).update();
	}

	/**
	 * Sets or clears an account's organisational unit.
	 * @param unit the unit, or {@code null} or blank for none
	 * @return whether the account exists
	 */
	public boolean setUnit(UUID id, String unit) {
		return this.jdbc.sql("update user_account set unit = ? where id = ?")
			.params(blankToNull(unit), id)
			.update() == 1;
	}

	/**
	 * Counts a failed login of an account that is not locked; locks it for the lock
	 * duration once the count reaches the maximum.
	 * @param username the username tried (unknown names change nothing)
	 * @return the account, if it exists
	 */
	@Transactional
	public Optional<Account> recordFailedLogin(String username) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update user_account
				set failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
				    locked_until = case when failed_attempts + 1 >= :max then cast(:until as timestamptz) else null end
				where username = :username and identity_provider is null
				    and (locked_until is null or locked_until <= :now)
				""")
			.param("max", this.login.maxFailedAttempts())
			.param("until", Timestamp.from(now.plus(this.login.lockDuration())))
			.param("username", normalise(username))
			.param("now", Timestamp.from(now))
			.update();
		return findByUsername(username);
	}

	/** Forgets earlier failed logins after a successful one. */
	public void recordSuccessfulLogin(UUID id) {
		this.jdbc.sql("update user_account set failed_attempts = 0, locked_until = null where id = ?")
			.param(id)
			.update();
	}

	/** Enables or disables logins of an account; enabling also lifts a lock. */
	public boolean setEnabled(UUID id, boolean enabled) {
		return this.jdbc
			.sql("update user_account set enabled = ?, failed_attempts = 0, locked_until = null where id = ?")
			.params(enabled, id)
			.update() == 1;
	}

	/**
	 * Sets a new password (already checked by the {@link PasswordPolicy}) and lifts a
	 * lock. An external account never gets a password.
	 */
	public boolean resetPassword(UUID id, String rawPassword) {
		return this.jdbc.sql("""
				update user_account set password_hash = ?, password_changed_at = ?, failed_attempts = 0,
				    locked_until = null
				where id = ? and identity_provider is null
				""")
			.params(this.passwordEncoder.encode(rawPassword), Timestamp.from(this.clock.instant()), id)
			.update() == 1;
	}

	/** Replaces an account's roles (each must belong to the account's organisation). */
	@Transactional
	public boolean changeRoles(UUID id, Set<Role> roles) {
		Account account = find(id).orElse(null);
		if (account == null) {
			return false;
		}
		if (roles.isEmpty() || !Role.allAllowedIn(account.organisation(), roles)) {
			throw new IllegalArgumentException("Roles " + roles + " do not belong to " + account.organisation());
		}
		return this.jdbc.sql("update user_account set roles = ? where id = ?")
			.params(roleNames(roles), id)
			.update() == 1;
	}

	/**
	 * @param username a username as typed
	 * @return it as stored: trimmed and lower-case
	 */
	public static String normalise(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static String[] roleNames(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toArray(String[]::new);
	}

	private static Account account(ResultSet rs) throws SQLException {
		Array array = rs.getArray("roles");
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				Organisation.valueOf(rs.getString("organisation")), roles, rs.getBoolean("enabled"),
				rs.getInt("failed_attempts"), (lockedUntil != null) ? lockedUntil.toInstant() : null,
				rs.getString("unit"), rs.getString("identity_provider"));
	}

}
