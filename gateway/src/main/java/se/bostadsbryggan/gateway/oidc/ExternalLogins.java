package se.bostadsbryggan.gateway.oidc;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.gateway.account.Account;
import se.bostadsbryggan.gateway.account.AccountUser;
import se.bostadsbryggan.gateway.account.Accounts;
import se.bostadsbryggan.gateway.account.Organisation;
import se.bostadsbryggan.gateway.account.Role;
import se.bostadsbryggan.gateway.account.UsernameTakenException;
import se.bostadsbryggan.gateway.audit.AuditLog;
import se.bostadsbryggan.gateway.audit.AuditLog.AuditEvent;
import se.bostadsbryggan.gateway.audit.AuditLog.Outcome;

/**
 * What a login through the OpenID Connect provider does here, once the provider has
 * vouched for the user: maps the user's groups to our roles, derives the organisation
 * from them, creates the account at the first login and updates it at each later one (a
 * change of roles is audited), and audits the login. A user whose groups give no role,
 * roles of both organisations, or {@code ADMIN} together with another role is refused, as
 * is a disabled account; each refusal is audited as a failed login.
 */
class ExternalLogins {

	private static final Logger log = LoggerFactory.getLogger(ExternalLogins.class);

	private static final String SUBJECT = "USER_ACCOUNT";

	/** What an external account's username may look like (see the database check). */
	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@+-]{2,200}");

	private final Accounts accounts;

	private final AuditLog audit;

	private final OidcProperties properties;

	ExternalLogins(Accounts accounts, AuditLog audit, OidcProperties properties) {
		this.accounts = accounts;
		this.audit = audit;
		this.properties = properties;
	}

	/**
	 * @param issuer the provider's issuer
	 * @param subject the user's subject at the provider
	 * @param claims the claims of the user's ID token and user info
	 * @return the logged-in user, or why the login is refused
	 */
	@Transactional
	ExternalLogin logIn(String issuer, String subject, Map<String, Object> claims) {
		Set<String> groups = values(claims.get(this.properties.rolesClaim()));
		Set<Role> roles = roles(groups);
		String username = Accounts.normalise(text(claims, this.properties.usernameClaim()));
		String name = Optional.ofNullable(text(claims, this.properties.nameClaim())).orElse(username);
		Optional<Account> existing = this.accounts.findExternal(issuer, subject);
		// Without a unit claim, the unit is the one an administrator set.
		String unit = (this.properties.unitClaim() != null) ? text(claims, this.properties.unitClaim())
				: existing.map(Account::unit).orElse(null);

		Refusal refusal = refusal(roles);
		if (refusal == null && existing.isPresent() && !existing.get().enabled()) {
			refusal = Refusal.DISABLED;
		}
		if (refusal == null && existing.isEmpty()) {
			if (!USERNAME.matcher(username).matches()) {
				refusal = Refusal.UNUSABLE_USERNAME;
			}
			else if (this.accounts.findByUsername(username).isPresent()) {
				refusal = Refusal.USERNAME_TAKEN;
			}
		}
		if (refusal != null) {
			refuse(existing, issuer, subject, username, groups, refusal);
			return new ExternalLogin.Refused(refusal);
		}

		Organisation organisation = organisation(roles, existing);
		UUID id;
		if (existing.isPresent()) {
			Account before = existing.get();
			id = before.id();
			this.accounts.updateExternal(id, name, organisation, roles, unit);
			if (!before.roles().equals(roles) || before.organisation() != organisation) {
				Map<String, Object> details = new LinkedHashMap<>();
				details.put("source", "identity-provider");
				details.put("issuer", issuer);
				details.put("before", names(before.roles()));
				details.put("after", names(roles));
				details.put("organisationBefore", before.organisation().name());
				details.put("organisationAfter", organisation.name());
				record(id, organisation, "ROLES_CHANGED", Outcome.SUCCESS, details);
			}
		}
		else {
			try {
				id = this.accounts.createExternal(issuer, subject, username, name, organisation, roles, unit);
			}
			catch (UsernameTakenException ex) {
				refuse(existing, issuer, subject, username, groups, Refusal.USERNAME_TAKEN);
				return new ExternalLogin.Refused(Refusal.USERNAME_TAKEN);
			}
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("source", "identity-provider");
			details.put("issuer", issuer);
			details.put("username", username);
			details.put("organisation", organisation.name());
			details.put("roles", names(roles));
			record(id, organisation, "ACCOUNT_CREATED", Outcome.SUCCESS, details);
			log.info("Created external account {} from {}", username, issuer);
		}
		Account account = this.accounts.find(id).orElseThrow();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("username", account.username());
		details.put("method", "oidc");
		details.put("issuer", issuer);
		record(id, organisation, "LOGIN", Outcome.SUCCESS, details);
		return new ExternalLogin.Accepted(this.accounts.user(account));
	}

	/**
	 * Audits a login through the provider that failed before it reached this service (the
	 * provider said no, or its answer did not verify).
	 * @param reason the OAuth 2 error code
	 */
	void failed(String reason) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("method", "oidc");
		details.put("reason", reason);
		this.audit.record(new AuditEvent(null, null, "LOGIN_FAILED", SUBJECT, null, null, Outcome.FAILURE, details));
	}

	private void refuse(Optional<Account> existing, String issuer, String subject, String username, Set<String> groups,
			Refusal refusal) {
		log.warn("Login of {} through {} refused: {}", username, issuer, refusal.code());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("username", username);
		details.put("method", "oidc");
		details.put("issuer", issuer);
		details.put("providerSubject", subject);
		details.put("reason", refusal.code());
		details.put("groups", List.copyOf(groups));
		details.put("knownUser", existing.isPresent());
		this.audit.record(new AuditEvent(existing.map(Account::id).orElse(null),
				existing.map((account) -> account.organisation().name()).orElse(null), "LOGIN_FAILED", SUBJECT,
				existing.map((account) -> account.id().toString()).orElse(null), null, Outcome.FAILURE, details));
	}

	private void record(UUID id, Organisation organisation, String action, Outcome outcome, Map<String, ?> details) {
		this.audit
			.record(new AuditEvent(id, organisation.name(), action, SUBJECT, id.toString(), null, outcome, details));
	}

	/**
	 * @param groups the values of the roles claim
	 * @return the roles they give
	 */
	Set<Role> roles(Set<String> groups) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		this.properties.roleMapping().forEach((role, values) -> {
			if (values.stream().anyMatch(groups::contains)) {
				roles.add(role);
			}
		});
		return roles;
	}

	/**
	 * @param roles the roles the provider's claims give
	 * @return why they cannot be one user's roles, or {@code null} if they can
	 */
	static Refusal refusal(Set<Role> roles) {
		if (roles.isEmpty()) {
			return Refusal.NO_ROLE;
		}
		if (roles.contains(Role.ADMIN) && roles.size() > 1) {
			return Refusal.ADMIN_WITH_OTHERS;
		}
		if (!Role.allAllowedIn(Organisation.HOUSING, roles) && !Role.allAllowedIn(Organisation.SOCIAL, roles)) {
			return Refusal.TWO_ORGANISATIONS;
		}
		return null;
	}

	private Organisation organisation(Set<Role> roles, Optional<Account> existing) {
		if (roles.equals(Set.of(Role.ADMIN))) {
			return existing.map(Account::organisation).orElse(this.properties.adminOrganisation());
		}
		return Role.allAllowedIn(Organisation.HOUSING, roles) ? Organisation.HOUSING : Organisation.SOCIAL;
	}

	private static Set<String> values(Object claim) {
		Set<String> values = new TreeSet<>();
		if (claim instanceof Collection<?> collection) {
			collection.stream().filter((value) -> value != null).map(Object::toString).forEach(values::add);
		}
		else if (claim != null) {
			values.add(claim.toString());
		}
		return values;
	}

	private static String text(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		return (value != null && !value.toString().isBlank()) ? value.toString().strip() : null;
	}

	private static List<String> names(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toList();
	}

	/** Why a login through the provider is refused; the code names the message. */
	enum Refusal {

		NO_ROLE("no-role"), TWO_ORGANISATIONS("two-organisations"), ADMIN_WITH_OTHERS("admin-with-others"),
		DISABLED("disabled"), UNUSABLE_USERNAME("unusable-username"), USERNAME_TAKEN("username-taken");

		private final String code;

		Refusal(String code) {
			this.code = code;
		}

		String code() {
			return this.code;
		}

	}

	/** The outcome of a login through the provider. */
	sealed interface ExternalLogin {

		/** The user is in, as this account. */
		record Accepted(AccountUser user) implements ExternalLogin {
		}

		/** The user is refused, for this reason. */
		record Refused(Refusal refusal) implements ExternalLogin {
		}

	}

}
