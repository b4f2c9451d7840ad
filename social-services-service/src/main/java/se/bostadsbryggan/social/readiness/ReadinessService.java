package se.bostadsbryggan.social.readiness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.contracts.social.ReadinessAssessed;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.client.ClientView;
import se.bostadsbryggan.social.request.HousingRequestService;

/**
 * Readiness assessments for an own contract. An assessment of a client with a housing
 * request is published as {@code ReadinessAssessed} under the latest request's reference,
 * in the same transaction (outbox), with the outcome and its days only; an assessment of
 * a client without a request is recorded and not published.
 */
@Service
public class ReadinessService {

	private static final Logger log = LoggerFactory.getLogger(ReadinessService.class);

	private static final String COLUMNS = """
			id, client_id, array_to_string(criteria_met, ',') as criteria_met, outcome, motivation, assessed_on,
			next_review_on, request_reference, recorded_at, recorded_by""";

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final HousingRequestService requests;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	ReadinessService(JdbcClient jdbc, ClientService clients, HousingRequestService requests, Outbox outbox,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.requests = requests;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @return their assessments, the newest first
	 */
	@Transactional
	public List<ReadinessAssessment> history(UUID clientId) {
		ClientView client = this.clients.inCase(clientId, "READINESS_VIEW");
		this.audit.record(ClientService.caseEvent(client, "READINESS_VIEW"), Outcome.SUCCESS);
		return this.jdbc.sql("select " + COLUMNS + """
				 from readiness_assessment where client_id = :clientId
				order by assessed_on desc, recorded_at desc
				""").param("clientId", clientId).query(ReadinessService::assessment).list();
	}

	/**
	 * Records an assessment and, if the client has a housing request, publishes it.
	 * @param clientId a client in the caller's scope
	 * @param command the assessment
	 * @return it, as recorded
	 */
	@Transactional
	public ReadinessAssessment record(UUID clientId, RecordAssessment command) {
		ClientView client = this.clients.inCase(clientId, "READINESS_ASSESS");
		ReadinessAssessment assessment = store(clientId, command, Actor.current().username());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("assessment", assessment.id().toString());
		details.put("outcome", assessment.outcome().name());
		details.put("published", assessment.published());
		this.audit.record(ClientService.caseEvent(client, "READINESS_ASSESS").details(details), Outcome.SUCCESS);
		return assessment;
	}

	/**
	 * Records an assessment without a caller or audit entry, published like any other:
	 * the local run's demo data only.
	 * @param clientId the client
	 * @param command the assessment
	 */
	@Transactional
	public void recordDemoAssessment(UUID clientId, RecordAssessment command) {
		store(clientId, command, "demo");
	}

	/**
	 * The latest assessment of each client whose next review is due by a day, of clients
	 * the caller has been checked against (the start page's caseload); not audited here.
	 * @param clientIds the clients
	 * @param until the last review day to include
	 * @return the assessments, the earliest review first
	 */
	@Transactional(readOnly = true)
	public List<ReadinessAssessment> reviewsDueBy(Collection<UUID> clientIds, LocalDate until) {
		if (clientIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from (select distinct on (client_id) " + COLUMNS + """
				 from readiness_assessment where client_id in (:clientIds)
				order by client_id, assessed_on desc, recorded_at desc) latest
				where next_review_on <= :until order by next_review_on, client_id
				""").param("clientIds", clientIds).param("until", until).query(ReadinessService::assessment).list();
	}

	private ReadinessAssessment store(UUID clientId, RecordAssessment command, String by) {
		Optional<UUID> reference = this.requests.latestReferenceOf(clientId);
		ReadinessAssessment assessment = new ReadinessAssessment(UUID.randomUUID(), clientId,
				List.copyOf(command.criteria()), command.outcome(), command.motivation().strip(), command.assessedOn(),
				command.reviewOn(), reference.orElse(null), this.clock.instant().truncatedTo(ChronoUnit.MICROS), by);
		this.jdbc.sql("""
				insert into readiness_assessment (id, client_id, criteria_met, outcome, motivation, assessed_on,
				                                  next_review_on, request_reference, recorded_at, recorded_by)
				values (:id, :clientId, string_to_array(:criteria, ','), :outcome, :motivation, :assessedOn,
				        :nextReviewOn, :requestReference, :recordedAt, :recordedBy)
				""")
			.param("id", assessment.id())
			.param("clientId", clientId)
			.param("criteria", assessment.criteriaMet().stream().map(Criterion::name).collect(Collectors.joining(",")))
			.param("outcome", assessment.outcome().name())
			.param("motivation", assessment.motivation())
			.param("assessedOn", assessment.assessedOn())
			.param("nextReviewOn", assessment.nextReviewOn())
			.param("requestReference", assessment.requestReference())
			.param("recordedAt", Timestamp.from(assessment.recordedAt()))
			.param("recordedBy", by)
			.update();
		if (reference.isPresent()) {
			this.outbox.append(SocialEvents.READINESS_ASSESSED, reference.get(),
					new ReadinessAssessed(reference.get(),
							ReadinessAssessed.Outcome.valueOf(assessment.outcome().name()), assessment.assessedOn(),
							assessment.nextReviewOn()));
			log.info("Recorded readiness assessment {}, published under reference {}", assessment.id(),
					reference.get());
		}
		else {
			log.info("Recorded readiness assessment {}; the client has no housing request, nothing published",
					assessment.id());
		}
		return assessment;
	}

	private static ReadinessAssessment assessment(ResultSet rs, int row) throws SQLException {
		String criteria = rs.getString("criteria_met");
		Timestamp recordedAt = rs.getTimestamp("recorded_at");
		return new ReadinessAssessment(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				(criteria == null || criteria.isEmpty()) ? List.of()
						: Arrays.stream(criteria.split(",")).map(Criterion::valueOf).toList(),
				ReadinessAssessment.Outcome.valueOf(rs.getString("outcome")), rs.getString("motivation"),
				rs.getObject("assessed_on", LocalDate.class), rs.getObject("next_review_on", LocalDate.class),
				rs.getObject("request_reference", UUID.class), recordedAt.toInstant(), rs.getString("recorded_by"));
	}

}
