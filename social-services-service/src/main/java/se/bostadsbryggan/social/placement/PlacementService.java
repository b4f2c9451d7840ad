package se.bostadsbryggan.social.placement;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.contracts.allocation.PlacementAgreed;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.contracts.social.SubtenantIdentity;
import se.bostadsbryggan.contracts.social.SubtenantIdentityShared;
import se.bostadsbryggan.contracts.social.SubtenantIdentityWithheld;
import se.bostadsbryggan.contracts.social.SubtenantIdentityWithheld.Reason;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.client.ClientView;
import se.bostadsbryggan.social.consent.Consent;
import se.bostadsbryggan.social.consent.ConsentRecorded;
import se.bostadsbryggan.social.consent.ConsentService;
import se.bostadsbryggan.social.household.HouseholdService;
import se.bostadsbryggan.social.request.HousingRequestService;

/**
 * The subtenant's identity at a placement. When the shared workflow agrees a placement
 * for one of social services' requests, the client's identity (number, name, household
 * size) goes to the housing company only with the client's consent, sealed for the
 * housing company ({@code SubtenantIdentityShared}); otherwise the placement waits and
 * the workflow learns why ({@code SubtenantIdentityWithheld}). A client with protected
 * identity is never shared: that is handed over by hand, outside the system. Consent
 * recorded later shares a waiting identity in the same transaction; a withdrawal after
 * sharing cannot take it back. Each sharing is a disclosure in the audit log.
 */
@Service
public class PlacementService {

	/** The audit action of a disclosure of the subtenant's identity. */
	public static final String IDENTITY_SHARED = "IDENTITY_SHARED";

	/** Why the identity is disclosed: a placement in a social contract. */
	public static final String PURPOSE = "PLACEMENT";

	/** Who receives the identity. */
	public static final String RECIPIENT = "HOUSING_COMPANY";

	/** Who acts when no caseworker does: the consumer of the shared workflow's events. */
	static final Actor SYSTEM = new Actor(null, "social-services-service", "Bostadsbryggan", null, null, Set.of(),
			null);

	private static final Logger log = LoggerFactory.getLogger(PlacementService.class);

	private static final String COLUMNS = """
			placement_id, request_reference, client_id, object_number, start_date, identity_status,
			withheld_reason, consent_stated_on, shared_at, agreed_at""";

	private final JdbcClient jdbc;

	private final HousingRequestService requests;

	private final ClientService clients;

	private final ConsentService consents;

	private final HouseholdService household;

	private final SubtenantIdentitySeal seal;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	PlacementService(JdbcClient jdbc, HousingRequestService requests, ClientService clients, ConsentService consents,
			HouseholdService household, SubtenantIdentitySeal seal, Outbox outbox, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.clients = clients;
		this.consents = consents;
		this.household = household;
		this.seal = seal;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records an agreed placement and shares the subtenant's identity or says why not, in
	 * one transaction. A placement recorded already is left as it is.
	 * @param agreed the shared workflow's event
	 */
	@Transactional
	public void agreed(PlacementAgreed agreed) {
		Optional<UUID> clientId = this.requests.clientOf(agreed.requestReference());
		clientId.ifPresent(this::lockClient);
		Optional<ClientView> client = clientId.flatMap(this.clients::forDisclosure);
		Optional<Consent> consent = client.flatMap((known) -> this.consents.latest(known.id()));
		Instant now = now();
		Reason reason = reasonToWithhold(client, consent);
		Placement placement = new Placement(agreed.placementId(), agreed.requestReference(),
				client.map(ClientView::id).orElse(null), agreed.objectNumber(), agreed.startDate(),
				(reason == null) ? Placement.IdentityStatus.SHARED : Placement.IdentityStatus.WITHHELD, reason,
				(reason == null) ? consent.get().statedOn() : null, (reason == null) ? now : null, now);
		if (!insertOnce(placement)) {
			log.info("Placement {} is recorded already", agreed.placementId());
			return;
		}
		if (reason == null) {
			publishShared(placement, client.get(), consent.get(), SYSTEM);
		}
		else {
			publishWithheld(placement, reason);
		}
	}

	/**
	 * A client's consent changed: their placements waiting for it share the identity if
	 * it is given now, or say it was withdrawn (once). Runs in the recording transaction.
	 * @param recorded the statement recorded
	 */
	@EventListener
	@Transactional
	public void consentRecorded(ConsentRecorded recorded) {
		lockClient(recorded.clientId());
		List<Placement> waiting = this.jdbc.sql("select " + COLUMNS + """
				 from placement where client_id = :clientId and identity_status = 'WITHHELD'
				 and withheld_reason in ('NO_CONSENT', 'CONSENT_WITHDRAWN') order by agreed_at
				""").param("clientId", recorded.clientId()).query(Placement.class).list();
		if (waiting.isEmpty()) {
			return;
		}
		Optional<ClientView> client = this.clients.forDisclosure(recorded.clientId());
		Optional<Consent> consent = this.consents.latest(recorded.clientId());
		Reason reason = reasonToWithhold(client, consent);
		Actor caller = Actor.current();
		Actor actor = (caller.username() != null) ? caller : SYSTEM;
		Instant now = now();
		for (Placement placement : waiting) {
			if (reason == null) {
				if (update(placement, Placement.IdentityStatus.SHARED, null, consent.get().statedOn(), now)) {
					publishShared(placement, client.get(), consent.get(), actor);
				}
			}
			else if (reason != placement.withheldReason()
					&& update(placement, Placement.IdentityStatus.WITHHELD, reason, null, null)) {
				publishWithheld(placement, reason);
			}
		}
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @return their placements, newest first; without the object number (where the client
	 * lives) for a client with protected identity shown to someone not responsible for
	 * them
	 */
	@Transactional
	public List<Placement> ofClient(UUID clientId) {
		ClientView client = this.clients.inCase(clientId, "PLACEMENT_VIEW");
		this.audit.record(ClientService.caseEvent(client, "PLACEMENT_VIEW"), Outcome.SUCCESS);
		List<Placement> placements = this.jdbc
			.sql("select " + COLUMNS + " from placement where client_id = :clientId order by agreed_at desc")
			.param("clientId", clientId)
			.query(Placement.class)
			.list();
		return client.hidden() ? placements.stream().map(Placement::withoutObjectNumber).toList() : placements;
	}

	/**
	 * The placements of some clients whose identity waits for consent: for the start
	 * page, which audits what it shows.
	 * @param clientIds clients in the caller's scope
	 * @return their waiting placements, by start date
	 */
	@Transactional(readOnly = true)
	public List<Placement> waitingForConsent(Collection<UUID> clientIds) {
		if (clientIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + """
				 from placement where client_id in (:clientIds) and identity_status = 'WITHHELD'
				 and withheld_reason in ('NO_CONSENT', 'CONSENT_WITHDRAWN') order by start_date, agreed_at
				""").param("clientIds", clientIds).query(Placement.class).list();
	}

	/**
	 * @return the reason to withhold the identity, or {@code null} to share it
	 */
	private static Reason reasonToWithhold(Optional<ClientView> client, Optional<Consent> consent) {
		if (client.isEmpty()) {
			return Reason.REQUEST_UNKNOWN;
		}
		if (client.get().protectedIdentity()) {
			return Reason.PROTECTED_IDENTITY;
		}
		if (consent.isEmpty()) {
			return Reason.NO_CONSENT;
		}
		return consent.get().given() ? null : Reason.CONSENT_WITHDRAWN;
	}

	private void publishShared(Placement placement, ClientView client, Consent consent, Actor actor) {
		int householdSize = 1 + this.household.memberCount(client.id());
		SubtenantIdentity identity = new SubtenantIdentity(client.personalIdentityNumber(), client.name(),
				householdSize);
		this.outbox.append(SocialEvents.SUBTENANT_IDENTITY_SHARED, placement.placementId(),
				new SubtenantIdentityShared(placement.placementId(), placement.requestReference(), consent.statedOn(),
						this.seal.seal(placement.placementId(), identity)));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("placement", placement.placementId().toString());
		details.put("requestReference", placement.requestReference().toString());
		details.put("objectNumber", placement.objectNumber());
		details.put("recipient", RECIPIENT);
		details.put("keyId", this.seal.keyId());
		details.put("consentStatedOn", consent.statedOn().toString());
		details.put("fields", List.of("personalIdentityNumber", "name", "householdSize"));
		this.audit.record(actor, ClientService.concerning(client,
				AuditEvent.of(IDENTITY_SHARED, ClientService.SUBJECT, client.id()).purpose(PURPOSE).details(details)),
				Outcome.SUCCESS);
		log.info("Shared the subtenant's identity of placement {} with the housing company", placement.placementId());
	}

	private void publishWithheld(Placement placement, Reason reason) {
		this.outbox.append(SocialEvents.SUBTENANT_IDENTITY_WITHHELD, placement.placementId(),
				new SubtenantIdentityWithheld(placement.placementId(), placement.requestReference(), reason));
		log.info("Withheld the subtenant's identity of placement {}: {}", placement.placementId(), reason);
	}

	private boolean insertOnce(Placement placement) {
		return this.jdbc.sql("""
				insert into placement (placement_id, request_reference, client_id, object_number, start_date,
				                       identity_status, withheld_reason, consent_stated_on, shared_at, agreed_at,
				                       updated_at)
				values (:placementId, :requestReference, :clientId, :objectNumber, :startDate, :status, :reason,
				        :consentStatedOn, :sharedAt, :agreedAt, :agreedAt)
				on conflict (placement_id) do nothing
				""")
			.param("placementId", placement.placementId())
			.param("requestReference", placement.requestReference())
			.param("clientId", placement.clientId())
			.param("objectNumber", placement.objectNumber())
			.param("startDate", placement.startDate())
			.param("status", placement.identityStatus().name())
			.param("reason", (placement.withheldReason() != null) ? placement.withheldReason().name() : null)
			.param("consentStatedOn", placement.consentStatedOn())
			.param("sharedAt", timestamp(placement.sharedAt()))
			.param("agreedAt", timestamp(placement.agreedAt()))
			.update() == 1;
	}

	/**
	 * Moves a placement on from the state it was read in; {@code false} if another
	 * transaction moved it first, so its event is published once.
	 */
	private boolean update(Placement placement, Placement.IdentityStatus status, Reason reason,
			LocalDate consentStatedOn, Instant sharedAt) {
		return this.jdbc.sql("""
				update placement set identity_status = :status, withheld_reason = :reason,
				       consent_stated_on = :consentStatedOn, shared_at = :sharedAt, updated_at = :now
				where placement_id = :placementId and identity_status = 'WITHHELD' and withheld_reason = :previous
				""")
			.param("status", status.name())
			.param("reason", (reason != null) ? reason.name() : null)
			.param("consentStatedOn", consentStatedOn)
			.param("sharedAt", timestamp(sharedAt))
			.param("now", Timestamp.from(now()))
			.param("placementId", placement.placementId())
			.param("previous", placement.withheldReason().name())
			.update() == 1;
	}

	/**
	 * Serialises the two ways a client's placement can change (the placement arrives, the
	 * consent is recorded) on the client's row, so neither misses the other's commit:
	 * whichever runs second sees what the first wrote.
	 */
	private void lockClient(UUID clientId) {
		this.jdbc.sql("select id from client where id = :id for update")
			.param("id", clientId)
			.query(UUID.class)
			.optional();
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

}
