package se.bostadsbryggan.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service's audit log of personal data. A successful read or change is recorded in
 * the caller's transaction, so it commits or rolls back with the change; a refused one
 * (not found, denied, invalid) is recorded in a transaction of its own, so it stays even
 * though the caller's transaction rolls back and nothing else is written. The actor comes
 * from the gateway's token ({@link Actor#current()}).
 */
public class AuditLog {

	/** The action recorded when someone reads the audit log itself. */
	public static final String READ_AUDIT_LOG = "AUDIT_LOG_READ";

	/** The purpose of reading the audit log: reviewing who used personal data. */
	public static final String AUDIT_REVIEW = "AUDIT_REVIEW";

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final String COLUMNS = "id, occurred_at, actor_id, actor_username, actor_organisation, action,"
			+ " subject_type, subject_id, purpose, outcome, correlation_id, protected_identity, details::text";

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	private final JsonMapper json;

	private final Clock clock;

	public AuditLog(JdbcClient jdbc, PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records what the current caller did.
	 * @param event what was done, to what and why
	 * @param outcome how it ended
	 */
	public void record(AuditEvent event, Outcome outcome) {
		record(Actor.current(), event, outcome);
	}

	/**
	 * Records what an actor did.
	 * @param actor who
	 * @param event what was done, to what and why
	 * @param outcome how it ended
	 */
	public void record(Actor actor, AuditEvent event, Outcome outcome) {
		if (outcome == Outcome.SUCCESS) {
			insert(actor, event, outcome);
		}
		else {
			this.ownTransaction.executeWithoutResult((status) -> insert(actor, event, outcome));
		}
	}

	private void insert(Actor actor, AuditEvent event, Outcome outcome) {
		this.jdbc.sql("""
				insert into audit_event (occurred_at, actor_id, actor_username, actor_organisation, action,
				    subject_type, subject_id, purpose, outcome, correlation_id, protected_identity, details)
				values (:occurredAt, :actorId, :actorUsername, :actorOrganisation, :action, :subjectType, :subjectId,
				    :purpose, :outcome, :correlationId, :protectedIdentity, cast(:details as jsonb))
				""")
			.param("occurredAt", Timestamp.from(this.clock.instant().truncatedTo(ChronoUnit.MICROS)))
			.param("actorId", actor.id())
			.param("actorUsername", actor.username())
			.param("actorOrganisation", actor.organisation())
			.param("action", event.action())
			.param("subjectType", event.subjectType())
			.param("subjectId", event.subjectId())
			.param("purpose", event.purpose())
			.param("outcome", outcome.name())
			.param("correlationId", actor.correlationId())
			.param("protectedIdentity", event.protectedIdentity())
			.param("details", this.json.writeValueAsString(event.details()))
			.update();
	}

	/**
	 * One page of the log for a manager, newest first. Reading the log is itself
	 * recorded, with the filters used.
	 * @param query the filters
	 * @return the page
	 */
	public AuditPage search(AuditQuery query) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (query.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", Timestamp.from(query.from().atStartOfDay(STOCKHOLM).toInstant()));
		}
		if (query.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(STOCKHOLM).toInstant()));
		}
		if (query.username() != null) {
			conditions.add("lower(actor_username) = lower(:username)");
			params.put("username", query.username());
		}
		if (query.action() != null) {
			conditions.add("action = :action");
			params.put("action", query.action());
		}
		if (query.subjectType() != null) {
			conditions.add("subject_type = :subjectType");
			params.put("subjectType", query.subjectType());
		}
		if (query.subjectId() != null) {
			conditions.add("(subject_id = :subjectId or details -> '" + AuditEvent.SUBJECTS
					+ "' @> jsonb_build_array(cast(:subjectId as text)))");
			params.put("subjectId", query.subjectId());
		}
		if (query.outcome() != null) {
			conditions.add("outcome = :outcome");
			params.put("outcome", query.outcome().name());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		params.put("limit", AuditQuery.PAGE_SIZE + 1);
		params.put("offset", query.page() * AuditQuery.PAGE_SIZE);
		List<AuditEntry> rows = this.jdbc
			.sql("select " + COLUMNS + " from audit_event" + where
					+ " order by occurred_at desc, id desc limit :limit offset :offset")
			.params(params)
			.query(AuditLog::entry)
			.list();
		record(AuditEvent.of(READ_AUDIT_LOG, "AUDIT_LOG", null).purpose(AUDIT_REVIEW).details(filters(query)),
				Outcome.SUCCESS);
		boolean hasNext = rows.size() > AuditQuery.PAGE_SIZE;
		return new AuditPage(hasNext ? rows.subList(0, AuditQuery.PAGE_SIZE) : rows, query.page(), hasNext);
	}

	/**
	 * @return the distinct actions recorded so far, for the manager's filter
	 */
	public List<String> actions() {
		return this.jdbc.sql("select distinct action from audit_event order by action").query(String.class).list();
	}

	/**
	 * @return the distinct subject types recorded so far, for the manager's filter
	 */
	public List<String> subjectTypes() {
		return this.jdbc.sql("select distinct subject_type from audit_event order by subject_type")
			.query(String.class)
			.list();
	}

	private static Map<String, Object> filters(AuditQuery query) {
		Map<String, Object> filters = new LinkedHashMap<>();
		put(filters, "from", query.from());
		put(filters, "to", query.to());
		put(filters, "username", query.username());
		put(filters, "action", query.action());
		put(filters, "subjectType", query.subjectType());
		put(filters, "subjectId", query.subjectId());
		put(filters, "outcome", query.outcome());
		filters.put("page", query.page());
		return filters;
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value.toString());
		}
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		Instant occurredAt = rs.getTimestamp("occurred_at").toInstant();
		return new AuditEntry(rs.getLong("id"), occurredAt, rs.getString("actor_id"), rs.getString("actor_username"),
				rs.getString("actor_organisation"), rs.getString("action"), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getString("purpose"), Outcome.valueOf(rs.getString("outcome")),
				rs.getString("correlation_id"), rs.getBoolean("protected_identity"), rs.getString("details"));
	}

}
