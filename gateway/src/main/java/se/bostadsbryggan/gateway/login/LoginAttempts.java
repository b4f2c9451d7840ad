package se.bostadsbryggan.gateway.login;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;

import se.bostadsbryggan.gateway.account.Account;
import se.bostadsbryggan.gateway.account.AccountUser;
import se.bostadsbryggan.gateway.account.Accounts;
import se.bostadsbryggan.gateway.audit.AuditLog;
import se.bostadsbryggan.gateway.audit.AuditLog.AuditEvent;
import se.bostadsbryggan.gateway.audit.AuditLog.Outcome;

/**
 * Counts failed local logins per account (locking it after too many), resets the count
 * after a successful login, and audits local logins, failed logins, locks, and the
 * logouts of every user.
 */
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private static final String SUBJECT = "USER_ACCOUNT";

	private final Accounts accounts;

	private final AuditLog audit;

	private final Clock clock;

	LoginAttempts(Accounts accounts, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof AccountUser user) {
			this.accounts.recordSuccessfulLogin(user.id());
			this.audit.record(new AuditEvent(user.id(), user.organisation().name(), "LOGIN", SUBJECT,
					user.id().toString(), null, Outcome.SUCCESS, Map.of("username", user.getUsername())));
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			// Logins through the OpenID Connect provider are audited where they are
			// decided.
			return;
		}
		String username = Accounts.normalise(event.getAuthentication().getName());
		Optional<Account> account;
		String reason;
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			reason = "bad-credentials";
			account = this.accounts.recordFailedLogin(username);
		}
		else {
			reason = switch (event) {
				case AuthenticationFailureLockedEvent locked -> "locked";
				case AuthenticationFailureDisabledEvent disabled -> "disabled";
				default -> "other";
			};
			account = this.accounts.findByUsername(username);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("username", username);
		details.put("reason", reason);
		details.put("knownUser", account.isPresent());
		this.audit.record(new AuditEvent(account.map(Account::id).orElse(null),
				account.map((found) -> found.organisation().name()).orElse(null), "LOGIN_FAILED", SUBJECT,
				account.map((found) -> found.id().toString()).orElse(null), null, Outcome.FAILURE, details));
		if (reason.equals("bad-credentials") && account.isPresent() && account.get().lockedAt(this.clock.instant())) {
			log.warn("Account {} locked until {} after too many failed logins", username, account.get().lockedUntil());
			this.audit.record(new AuditEvent(null, null, "ACCOUNT_LOCKED", SUBJECT, account.get().id().toString(), null,
					Outcome.SUCCESS,
					Map.of("username", username, "lockedUntil", account.get().lockedUntil().toString())));
		}
	}

	@EventListener
	void loggedOut(LogoutSuccessEvent event) {
		if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof AccountUser user) {
			this.audit.record(new AuditEvent(user.id(), user.organisation().name(), "LOGOUT", SUBJECT,
					user.id().toString(), null, Outcome.SUCCESS, Map.of("username", user.getUsername())));
		}
	}

}
