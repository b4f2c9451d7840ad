package se.bostadsbryggan.social.consent;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
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
 * Clients' consent, with its history kept: a withdrawal is a new statement, nothing is
 * overwritten. Each statement recorded is announced as {@link ConsentRecorded} in the
 * recording transaction.
 */
@Service
public class ConsentService {

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ConsentService(JdbcClient jdbc, ClientService clients, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The statement that counts now, without a caller or audit entry: for a feature that
	 * acts on the consent itself (sharing the identity at a placement) and audits what it
	 * does.
	 * @param clientId a client
	 * @return the newest statement, or empty if the client never stated any
	 */
	@Transactional(readOnly = true)
	public Optional<Consent> latest(UUID clientId) {
		return this.jdbc.sql("""
				select id, client_id, scope, given, stated_on, recorded_at, recorded_by from consent
				where client_id = :clientId and scope = :scope
				order by stated_on desc, recorded_at desc, id limit 1
				""")
			.param("clientId", clientId)
			.param("scope", Consent.Scope.IDENTITY_AT_PLACEMENT.name())
			.query(Consent.class)
			.optional();
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @return the statements, newest (the one that counts) first
	 */
	@Transactional
	public List<Consent> history(UUID clientId) {
		ClientView client = this.clients.inCase(clientId, "CONSENT_VIEW");
		this.audit.record(ClientService.caseEvent(client, "CONSENT_VIEW"), Outcome.SUCCESS);
		return this.jdbc.sql("""
				select id, client_id, scope, given, stated_on, recorded_at, recorded_by from consent
				where client_id = :clientId order by stated_on desc, recorded_at desc
				""").param("clientId", clientId).query(Consent.class).list();
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @param command the statement
	 * @return it, recorded
	 */
	@Transactional
	public Consent record(UUID clientId, RecordConsent command) {
		ClientView client = this.clients.inCase(clientId, "CONSENT_RECORD");
		Consent consent = insert(clientId, command, Actor.current().username());
		this.audit.record(
				ClientService.concerning(client,
						AuditEvent.of("CONSENT_RECORD", ClientService.SUBJECT, clientId)
							.purpose(ClientService.PURPOSE)
							.details(Map.of("given", consent.given(), "scope", consent.scope().name()))),
				Outcome.SUCCESS);
		return consent;
	}

	/**
	 * Records a statement without a caller or audit entry: the local run's demo data
	 * only.
	 * @param clientId the client
	 * @param command the statement
	 */
	@Transactional
	public void recordDemoConsent(UUID clientId, RecordConsent command) {
		insert(clientId, command, "demo");
	}

	private Consent insert(UUID clientId, RecordConsent command, String recordedBy) {
		Consent consent = new Consent(UUID.randomUUID(), clientId, Consent.Scope.IDENTITY_AT_PLACEMENT, command.given(),
				command.statedOn(), this.clock.instant().truncatedTo(ChronoUnit.MICROS), recordedBy);
		this.jdbc.sql("""
				insert into consent (id, client_id, scope, given, stated_on, recorded_at, recorded_by)
				values (:id, :clientId, :scope, :given, :statedOn, :recordedAt, :recordedBy)
				""")
			.param("id", consent.id())
			.param("clientId", clientId)
			.param("scope", consent.scope().name())
			.param("given", consent.given())
			.param("statedOn", consent.statedOn())
			.param("recordedAt", Timestamp.from(consent.recordedAt()))
			.param("recordedBy", recordedBy)
			.update();
		this.events.publishEvent(new ConsentRecorded(clientId, consent));
		return consent;
	}

}
