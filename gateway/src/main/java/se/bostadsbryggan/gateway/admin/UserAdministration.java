package se.bostadsbryggan.gateway.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.gateway.account.Account;
import se.bostadsbryggan.gateway.account.AccountUser;
import se.bostadsbryggan.gateway.account.Accounts;
import se.bostadsbryggan.gateway.account.Organisation;
import se.bostadsbryggan.gateway.account.PasswordPolicy;
import se.bostadsbryggan.gateway.account.Role;
import se.bostadsbryggan.gateway.account.UsernameTakenException;
import se.bostadsbryggan.gateway.audit.AuditLog;
import se.bostadsbryggan.gateway.audit.AuditLog.AuditEvent;
import se.bostadsbryggan.gateway.audit.AuditLog.Outcome;

/**
 * What an administrator does with accounts: create, disable and enable, reset the
 * password and change roles (local accounts only: an external account's roles come from
 * its identity provider at each login), set the unit. Every change is audited with the
 * acting administrator; a refused change writes nothing.
 */
class UserAdministration {

	private static final String SUBJECT = "USER_ACCOUNT";

	private final Accounts accounts;

	private final PasswordPolicy policy;

	private final AuditLog audit;

	UserAdministration(Accounts accounts, PasswordPolicy policy, AuditLog audit) {
		this.accounts = accounts;
		this.policy = policy;
		this.audit = audit;
	}

	List<Account> accounts() {
		return this.accounts.list();
	}

	/**
	 * @return the message keys of what is wrong; empty if the account was created
	 */
	@Transactional
	List<String> create(AccountUser admin, String username, String displayName, Organisation organisation,
			Set<Role> roles, String unit, String password) {
		List<String> problems = new java.util.ArrayList<>(this.policy.violations(username, password));
		if (!Role.allAllowedIn(organisation, roles)) {
			problems.add("admin.roles.wrong-organisation");
		}
		if (this.accounts.findByUsername(username).isPresent()) {
			problems.add("admin.username.taken");
		}
		if (!problems.isEmpty()) {
			return problems;
		}
		try {
			UUID id = this.accounts.create(username, displayName, organisation, roles, unit, password);
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("username", Accounts.normalise(username));
			details.put("organisation", organisation.name());
			details.put("roles", roles.stream().sorted().map(Role::name).toList());
			details.put("unit", (unit != null && !unit.isBlank()) ? unit.strip() : null);
			record(admin, "ACCOUNT_CREATED", id, details);
			return List.of();
		}
		catch (UsernameTakenException ex) {
			return List.of("admin.username.taken");
		}
	}

	@Transactional
	boolean setEnabled(AccountUser admin, UUID id, boolean enabled) {
		boolean changed = this.accounts.setEnabled(id, enabled);
		if (changed) {
			record(admin, enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", id, Map.of());
		}
		return changed;
	}

	/**
	 * @return the message keys of what is wrong with the password; empty if it was set
	 */
	@Transactional
	List<String> resetPassword(AccountUser admin, UUID id, String password) {
		Account account = this.accounts.find(id).orElse(null);
		if (account == null) {
			return List.of("admin.user.missing");
		}
		if (account.external()) {
			return List.of("admin.password.external");
		}
		List<String> problems = this.policy.violations(account.username(), password);
		if (!problems.isEmpty()) {
			return problems;
		}
		this.accounts.resetPassword(id, password);
		record(admin, "PASSWORD_RESET", id, Map.of());
		return List.of();
	}

	/**
	 * @return the message keys of what is wrong; empty if the roles were changed
	 */
	@Transactional
	List<String> changeRoles(AccountUser admin, UUID id, Set<Role> roles) {
		Account account = this.accounts.find(id).orElse(null);
		if (account == null) {
			return List.of("admin.user.missing");
		}
		if (account.external()) {
			return List.of("admin.roles.external");
		}
		if (roles.isEmpty()) {
			return List.of("admin.roles.empty");
		}
		if (!Role.allAllowedIn(account.organisation(), roles)) {
			return List.of("admin.roles.wrong-organisation");
		}
		this.accounts.changeRoles(id, roles);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", account.roles().stream().sorted().map(Role::name).toList());
		details.put("after", roles.stream().sorted().map(Role::name).toList());
		record(admin, "ROLES_CHANGED", id, details);
		return List.of();
	}

	/**
	 * @param unit the new unit, or blank for none
	 * @return whether the account exists
	 */
	@Transactional
	boolean setUnit(AccountUser admin, UUID id, String unit) {
		Account account = this.accounts.find(id).orElse(null);
		if (account == null || !this.accounts.setUnit(id, unit)) {
			return false;
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("before", account.unit());
		details.put("after", (unit != null && !unit.isBlank()) ? unit.strip() : null);
		record(admin, "UNIT_CHANGED", id, details);
		return true;
	}

	private void record(AccountUser admin, String action, UUID subject, Map<String, ?> details) {
		this.audit.record(new AuditEvent(admin.id(), admin.organisation().name(), action, SUBJECT, subject.toString(),
				null, Outcome.SUCCESS, details));
	}

}
