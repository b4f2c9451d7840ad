package se.bostadsbryggan.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationListener;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;

/**
 * Records each request Spring Security refuses to a caller with a gateway token (a wrong
 * role: 403), as action {@value #ACTION} on the refused path with outcome
 * {@link Outcome#DENIED}. A request without a token (401) names nobody and is not
 * recorded.
 */
class AccessDenialAudit implements ApplicationListener<AuthorizationDeniedEvent<?>> {

	/** The action of a refused request. */
	static final String ACTION = "ACCESS_DENIED";

	private static final Logger log = LoggerFactory.getLogger(AccessDenialAudit.class);

	private final AuditLog audit;

	AccessDenialAudit(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public void onApplicationEvent(AuthorizationDeniedEvent<?> event) {
		Actor actor = Actor.of(event.getAuthentication().get());
		if (actor.id() == null || !(event.getObject() instanceof HttpServletRequest request)) {
			return;
		}
		try {
			this.audit.record(actor, AuditEvent.of(ACTION, "PATH", request.getMethod() + " " + request.getRequestURI()),
					Outcome.DENIED);
		}
		catch (RuntimeException ex) {
			// The request is refused either way; a failing log must not turn 403 into
			// 500.
			log.error("Could not record a refused request to {}", request.getRequestURI(), ex);
		}
	}

}
