package se.bostadsbryggan.social.decision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.client.ClientView;

/**
 * Clients' support decisions. A housing request needs one that applies on the day it is
 * made ({@link #hasValidDecision(UUID)}).
 */
@Service
public class DecisionService {

	/** The day of a decision's period is a day in Sweden. */
	public static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final AuditLog audit;

	private final Clock clock;

	DecisionService(JdbcClient jdbc, ClientService clients, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @return today in Sweden
	 */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZONE);
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @return their decisions, the latest ending first
	 */
	@Transactional
	public List<SupportDecision> decisions(UUID clientId) {
		ClientView client = this.clients.inCase(clientId, "DECISION_VIEW");
		this.audit.record(ClientService.caseEvent(client, "DECISION_VIEW"), Outcome.SUCCESS);
		return all(clientId);
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @param command the decision
	 * @return it, recorded
	 */
	@Transactional
	public SupportDecision record(UUID clientId, RecordDecision command) {
		ClientView client = this.clients.inCase(clientId, "DECISION_RECORD");
		SupportDecision decision = insert(clientId, command, Actor.current().username());
		this.audit.record(ClientService.caseEvent(client, "DECISION_RECORD"), Outcome.SUCCESS);
		return decision;
	}

	/**
	 * Whether a client has a decision that applies today. The caller has checked the
	 * client's scope.
	 * @param clientId the client
	 * @return {@code true} if one applies today
	 */
	@Transactional(readOnly = true)
	public boolean hasValidDecision(UUID clientId) {
		LocalDate today = today();
		return all(clientId).stream().anyMatch((decision) -> decision.isValidOn(today));
	}

	/**
	 * The latest-ending decision of each client that ends within a period, of clients the
	 * caller has been checked against (the start page's caseload); not audited here. A
	 * client with a later decision is not included: theirs does not expire then.
	 * @param clientIds the clients
	 * @param from the first day of the period
	 * @param until the last day of the period
	 * @return the decisions, the earliest ending first
	 */
	@Transactional(readOnly = true)
	public List<SupportDecision> expiringBetween(Collection<UUID> clientIds, LocalDate from, LocalDate until) {
		if (clientIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select * from (
				    select distinct on (client_id) id, client_id, decided_on, valid_from, valid_to, decided_by,
				           recorded_at
				    from support_decision where client_id in (:clientIds)
				    order by client_id, valid_to desc, decided_on desc) latest
				where valid_to between :from and :until order by valid_to, client_id
				""")
			.param("clientIds", clientIds)
			.param("from", from)
			.param("until", until)
			.query(SupportDecision.class)
			.list();
	}

	/**
	 * Records a decision without a caller or audit entry: the local run's demo data only.
	 * @param clientId the client
	 * @param command the decision
	 */
	@Transactional
	public void recordDemoDecision(UUID clientId, RecordDecision command) {
		insert(clientId, command, "demo");
	}

	private List<SupportDecision> all(UUID clientId) {
		return this.jdbc.sql("""
				select id, client_id, decided_on, valid_from, valid_to, decided_by, recorded_at
				from support_decision where client_id = :clientId order by valid_to desc, decided_on desc
				""").param("clientId", clientId).query(SupportDecision.class).list();
	}

	private SupportDecision insert(UUID clientId, RecordDecision command, String recordedBy) {
		SupportDecision decision = new SupportDecision(UUID.randomUUID(), clientId, command.decidedOn(),
				command.validFrom(), command.validTo(), command.decidedBy().strip(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		this.jdbc.sql("""
				insert into support_decision (id, client_id, decided_on, valid_from, valid_to, decided_by,
				                              recorded_at, recorded_by)
				values (:id, :clientId, :decidedOn, :validFrom, :validTo, :decidedBy, :recordedAt, :recordedBy)
				""")
			.param("id", decision.id())
			.param("clientId", clientId)
			.param("decidedOn", decision.decidedOn())
			.param("validFrom", decision.validFrom())
			.param("validTo", decision.validTo())
			.param("decidedBy", decision.decidedBy())
			.param("recordedAt", Timestamp.from(decision.recordedAt()))
			.param("recordedBy", recordedBy)
			.update();
		return decision;
	}

}
