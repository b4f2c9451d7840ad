package se.bostadsbryggan.social.request;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.contracts.social.HousingRequestSubmitted;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.client.ClientView;
import se.bostadsbryggan.social.decision.DecisionService;
import se.bostadsbryggan.social.need.HousingNeed;
import se.bostadsbryggan.social.need.HousingNeedService;
import se.bostadsbryggan.identity.KeyedHash;
import se.bostadsbryggan.social.pseudonym.Pseudonyms;
import se.bostadsbryggan.web.ProblemException;

/**
 * Makes pseudonymous housing requests from clients' needs. A request needs a support
 * decision that applies today; without one nothing is written but the refusal's audit
 * entry. The request, its event and its audit entry commit together.
 */
@Service
public class HousingRequestService {

	private static final Logger log = LoggerFactory.getLogger(HousingRequestService.class);

	private static final String ACTION = "HOUSING_REQUEST_SUBMIT";

	private final JdbcClient jdbc;

	private final HousingNeedService needs;

	private final ClientService clients;

	private final DecisionService decisions;

	private final Pseudonyms pseudonyms;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	HousingRequestService(JdbcClient jdbc, HousingNeedService needs, ClientService clients, DecisionService decisions,
			Pseudonyms pseudonyms, Outbox outbox, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.needs = needs;
		this.clients = clients;
		this.decisions = decisions;
		this.pseudonyms = pseudonyms;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Makes a request from a need of a client in the caller's scope.
	 * @param needId the need
	 * @return the request
	 * @throws ProblemException 404 if the need or its client is not the caller's, 409 if
	 * the need has no client, a request exists, or the client has no support decision
	 * that applies today
	 */
	@Transactional
	public HousingRequest submit(UUID needId) {
		HousingNeed need = this.needs.get(needId);
		if (need.clientId() == null) {
			this.audit.record(AuditEvent.of(ACTION, "HOUSING_NEED", needId).purpose(ClientService.PURPOSE),
					Outcome.CONFLICT);
			throw ProblemException.conflict("need-without-client");
		}
		ClientView client = this.clients.inCase(need.clientId(), ACTION);
		if (!this.decisions.hasValidDecision(client.id())) {
			this.audit.record(ClientService.concerning(client,
					AuditEvent.of(ACTION, "HOUSING_NEED", needId)
						.purpose(ClientService.PURPOSE)
						.details(Map.of("refused", "no valid support decision"))),
					Outcome.CONFLICT);
			throw ProblemException.conflict("decision-required");
		}
		if (!requestsOf(needId).isEmpty()) {
			this.audit.record(
					ClientService.concerning(client,
							AuditEvent.of(ACTION, "HOUSING_NEED", needId).purpose(ClientService.PURPOSE)),
					Outcome.CONFLICT);
			throw ProblemException.conflict("request-exists");
		}
		HousingRequest request = publish(need, client.id(), Actor.current().username());
		String keyId = request.keyId();
		this.audit.record(ClientService.concerning(client,
				AuditEvent.of(ACTION, "HOUSING_REQUEST", request.id())
					.purpose(ClientService.PURPOSE)
					.details(Map.of("reference", request.reference().toString(), "need", needId.toString(), "client",
							client.id().toString(), "keyId", keyId))),
				Outcome.SUCCESS);
		log.info("Submitted housing request {} under reference {}", request.id(), request.reference());
		return request;
	}

	/**
	 * Makes a request from a client's need without a caller, audit entry or decision
	 * check, published like any other: the local run's demo data only.
	 * @param needId a need of a client
	 * @param caseworker the username of the client's caseworker, who stands as having
	 * submitted it
	 * @return the request
	 */
	@Transactional
	public HousingRequest submitDemoRequest(UUID needId, String caseworker) {
		HousingNeed need = this.needs.get(needId);
		return publish(need, need.clientId(), caseworker);
	}

	/**
	 * Stores the request and appends its event to the outbox, in the caller's
	 * transaction.
	 */
	private HousingRequest publish(HousingNeed need, UUID clientId, String submittedBy) {
		String keyId = this.pseudonyms.currentKeyId();
		HousingRequest request = new HousingRequest(UUID.randomUUID(), UUID.randomUUID(), need.id(), keyId,
				this.clock.instant().truncatedTo(ChronoUnit.MICROS), submittedBy);
		insertOnce(request);
		List<HousingRequestSubmitted.PersonHash> conflictPersons = this.needs.conflictPersons(need.id())
			.stream()
			.map((number) -> personHash(this.pseudonyms.hash(number, keyId)))
			.toList();
		this.outbox.append(SocialEvents.HOUSING_REQUEST_SUBMITTED, request.reference(),
				new HousingRequestSubmitted(request.reference(), need.householdSize(), need.roomsNeeded(),
						need.maxRent(),
						new HousingRequestSubmitted.Accessibility(need.needsLift(), need.needsGroundFloor(),
								need.needsAdapted()),
						need.areasToAvoid(),
						personHash(this.pseudonyms.hash(this.clients.numberForPseudonym(clientId), keyId)),
						conflictPersons, submittedBy));
		return request;
	}

	/**
	 * @param needId a need the caller has been checked against
	 * @return the requests made from it
	 */
	@Transactional(readOnly = true)
	public List<HousingRequest> requestsOf(UUID needId) {
		return this.jdbc.sql("""
				select id, reference, need_id, key_id, submitted_at, submitted_by from housing_request
				where need_id = :needId order by submitted_at
				""").param("needId", needId).query(HousingRequest.class).list();
	}

	/**
	 * The reference of a client's latest housing request, the one their later events are
	 * published under.
	 * @param clientId a client the caller has been checked against
	 * @return the reference, or empty if no request was made for the client
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> latestReferenceOf(UUID clientId) {
		return this.jdbc.sql("""
				select r.reference from housing_request r join housing_need n on n.id = r.need_id
				where n.client_id = :clientId order by r.submitted_at desc, r.id limit 1
				""").param("clientId", clientId).query(UUID.class).optional();
	}

	/**
	 * The client a request was made for, without a caller or audit entry: for the shared
	 * workflow's events that name a request only by its reference (a placement).
	 * @param reference a request's reference
	 * @return the client, or empty if no request has the reference
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> clientOf(UUID reference) {
		return this.jdbc.sql("""
				select n.client_id from housing_request r join housing_need n on n.id = r.need_id
				where r.reference = :reference and n.client_id is not null
				""").param("reference", reference).query(UUID.class).optional();
	}

	/**
	 * Inserts the request; a second request for the same need made at the same moment
	 * (the check above passed for both) is refused by the database's unique need id.
	 */
	private void insertOnce(HousingRequest request) {
		try {
			this.jdbc.sql("""
					insert into housing_request (id, reference, need_id, key_id, submitted_at, submitted_by)
					values (:id, :reference, :needId, :keyId, :submittedAt, :submittedBy)
					""")
				.param("id", request.id())
				.param("reference", request.reference())
				.param("needId", request.needId())
				.param("keyId", request.keyId())
				.param("submittedAt", Timestamp.from(request.submittedAt()))
				.param("submittedBy", request.submittedBy())
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.conflict("request-exists");
		}
	}

	private static HousingRequestSubmitted.PersonHash personHash(KeyedHash hash) {
		return new HousingRequestSubmitted.PersonHash(hash.keyId(), hash.value());
	}

}
