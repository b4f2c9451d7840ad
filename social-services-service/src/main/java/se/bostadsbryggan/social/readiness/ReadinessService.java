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
import se.bostadsbryggan.social.contract.SocialContractService;
import se.bostadsbryggan.social.guarantee.GuaranteeService;
import se.bostadsbryggan.social.request.HousingRequestService;

/**
 * Readiness assessments for an own contract. An assessment of a client with a housing
 * request or a running social contract or guarantee is published as
 * {@code ReadinessAssessed} in the same transaction (outbox), with the outcome and its
 * days, the apartment of the running contract and the responsible caseworker's login
 * name, under the latest request's reference, else the apartment's object number; an
 * assessment of a client with neither is recorded and not published.
 */
@Service
public class ReadinessService {

	private static final Logger log = LoggerFactory.getLogger(ReadinessService.class);

	private static final String COLUMNS = """
			id, client_id, array_to_string(criteria_met, ',') as criteria_met, outcome, motivation, assessed_on,
			next_review_on, request_reference, object_number, recorded_at, recorded_by""";

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final HousingRequestService requests;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	private final SocialContractService contracts;

	private final GuaranteeService guarantees;

	ReadinessService(JdbcClient jdbc, ClientService clients, HousingRequestService requests, Outbox outbox,
			AuditLog audit, Clock clock, SocialContractService contracts, GuaranteeService guarantees) {
		this.jdbc = jdbc;
		this.contracts = contracts;
		this.guarantees = guarantees;
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
		Optional<String> objectNumber = this.contracts.objectNumberRunningOn(clientId, this.guarantees.today())
			.or(() -> this.guarantees.activeObjectNumberOf(clientId));
		ReadinessAssessment assessment = new ReadinessAssessment(UUID.randomUUID(), clientId,
				List.copyOf(command.criteria()), command.outcome(), command.motivation().strip(), command.assessedOn(),
				command.reviewOn(), reference.orElse(null), objectNumber.orElse(null),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS), by);
		this.jdbc.sql("""
				insert into readiness_assessment (id, client_id, criteria_met, outcome, motivation, assessed_on,
				                                  next_review_on, request_reference, object_number, recorded_at,
				                                  recorded_by)
				values (:id, :clientId, string_to_array(:criteria, ','), :outcome, :motivation, :assessedOn,
				        :nextReviewOn, :requestReference, :objectNumber, :recordedAt, :recordedBy)
				""")
			.param("id", assessment.id())
			.param("clientId", clientId)
			.param("criteria", assessment.criteriaMet().stream().map(Criterion::name).collect(Collectors.joining(",")))
			.param("outcome", assessment.outcome().name())
			.param("motivation", assessment.motivation())
			.param("assessedOn", assessment.assessedOn())
			.param("nextReviewOn", assessment.nextReviewOn())
			.param("requestReference", assessment.requestReference())
			.param("objectNumber", assessment.objectNumber())
			.param("recordedAt", Timestamp.from(assessment.recordedAt()))
			.param("recordedBy", by)
			.update();
		if (assessment.published()) {
			Object key = reference.map(Object.class::cast).orElse(objectNumber.orElse(null));
			this.outbox.append(SocialEvents.READINESS_ASSESSED, key,
					new ReadinessAssessed(reference.orElse(null),
							ReadinessAssessed.Outcome.valueOf(assessment.outcome().name()), assessment.assessedOn(),
							assessment.nextReviewOn(), objectNumber.orElse(null), caseworkerOf(clientId)));
			log.info("Recorded readiness assessment {}, published under {}", assessment.id(), key);
		}
		else {
			log.info("Recorded readiness assessment {}; the client has neither a housing request nor a running "
					+ "contract, nothing published", assessment.id());
		}
		return assessment;
	}

	/**
	 * @return the login name of the client's responsible caseworker
	 */
	private String caseworkerOf(UUID clientId) {
		return this.jdbc.sql("""
				select caseworker.username from client join caseworker on caseworker.id = client.caseworker_id
				where client.id = :clientId
				""").param("clientId", clientId).query(String.class).optional().orElse(null);
	}

	private static ReadinessAssessment assessment(ResultSet rs, int row) throws SQLException {
		String criteria = rs.getString("criteria_met");
		Timestamp recordedAt = rs.getTimestamp("recorded_at");
		return new ReadinessAssessment(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
				(criteria == null || criteria.isEmpty()) ? List.of()
						: Arrays.stream(criteria.split(",")).map(Criterion::valueOf).toList(),
				ReadinessAssessment.Outcome.valueOf(rs.getString("outcome")), rs.getString("motivation"),
				rs.getObject("assessed_on", LocalDate.class), rs.getObject("next_review_on", LocalDate.class),
				rs.getObject("request_reference", UUID.class), rs.getString("object_number"), recordedAt.toInstant(),
				rs.getString("recorded_by"));
	}

}
