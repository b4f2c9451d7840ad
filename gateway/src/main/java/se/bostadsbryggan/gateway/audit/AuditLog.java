package se.bostadsbryggan.gateway.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.web.CorrelationIdFilter;

/**
 * The gateway's audit log ({@code audit_event}): logins, failed logins and changes to
 * accounts, with who did it and the request's correlation id. Rows are only ever
 * inserted; a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
public class AuditLog {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Appends an event.
	 * @param event what happened
	 */
	public void record(AuditEvent event) {
		this.jdbc.sql("""
				insert into audit_event (occurred_at, actor_id, actor_organisation, action, subject_type, subject_id,
				    purpose, outcome, correlation_id, details)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
				""")
			.params(Timestamp.from(this.clock.instant()), event.actorId(), event.actorOrganisation(), event.action(),
					event.subjectType(), event.subjectId(), event.purpose(), event.outcome().name(),
					MDC.get(CorrelationIdFilter.MDC_KEY), JSON.writeValueAsString(event.details()))
			.update();
	}

	/**
	 * One audited event.
	 *
	 * @param actorId who did it, or {@code null} if unknown (a failed login)
	 * @param actorOrganisation the actor's organisation, or {@code null}
	 * @param action what was done, e.g. {@code LOGIN}, {@code ACCOUNT_CREATED}
	 * @param subjectType the kind of thing it was done to, e.g. {@code USER_ACCOUNT}
	 * @param subjectId its id
	 * @param purpose why, if given
	 * @param outcome whether it succeeded
	 * @param details more facts, as JSON
	 */
	public record AuditEvent(UUID actorId, String actorOrganisation, String action, String subjectType,
			String subjectId, String purpose, Outcome outcome, Map<String, ?> details) {

	}

	/** Whether an audited action succeeded. */
	public enum Outcome {

		SUCCESS, FAILURE, DENIED

	}

}
