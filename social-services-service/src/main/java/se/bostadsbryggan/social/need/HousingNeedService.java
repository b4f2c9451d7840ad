package se.bostadsbryggan.social.need;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.client.ClientView;
import se.bostadsbryggan.identity.PersonalIdentityNumber;
import se.bostadsbryggan.web.ProblemException;

/**
 * Registers households' housing needs, the ground of housing requests. A need stays
 * inside social services: what the shared workflow learns is the housing request made
 * from it (the anonymous {@code HousingNeedRegistered} is no longer published). Each need
 * and its audit entry commit together.
 */
@Service
public class HousingNeedService {

	private static final Logger log = LoggerFactory.getLogger(HousingNeedService.class);

	private final HousingNeedRepository needs;

	private final ClientService clients;

	private final AuditLog audit;

	private final Clock clock;

	HousingNeedService(HousingNeedRepository needs, ClientService clients, AuditLog audit, Clock clock) {
		this.needs = needs;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers a need without a client (the API of needs before they belonged to
	 * clients) under a new random reference. No request can be made from it.
	 * @param command the validated command
	 * @return the registered need
	 */
	@Transactional
	public HousingNeed register(RegisterHousingNeed command) {
		HousingNeed need = store(null, command);
		this.audit.record(AuditEvent.of("HOUSING_NEED_REGISTER", "HOUSING_NEED", need.id())
			.purpose(ClientService.PURPOSE)
			.details(Map.of("reference", need.reference().toString())), Outcome.SUCCESS);
		return need;
	}

	/**
	 * Registers a client's need with its conflict persons; a housing request can be made
	 * from it.
	 * @param clientId a client in the caller's scope
	 * @param command the validated command
	 * @return the registered need
	 * @throws ProblemException 400 if the client is named as their own conflict person
	 */
	@Transactional
	public HousingNeed registerFor(UUID clientId, RegisterHousingNeed command) {
		ClientView client = this.clients.inCase(clientId, "HOUSING_NEED_REGISTER");
		PersonalIdentityNumber own = this.clients.numberForPseudonym(clientId);
		if (command.conflictPersonNumbers()
			.stream()
			.map(PersonalIdentityNumber::parse)
			.anyMatch((number) -> number.isPresent() && number.get().equals(own))) {
			this.audit.record(ClientService.caseEvent(client, "HOUSING_NEED_REGISTER"), Outcome.INVALID);
			throw new ProblemException(HttpStatus.BAD_REQUEST, "conflict-person-is-client");
		}
		HousingNeed need = store(clientId, command);
		this.audit.record(ClientService.concerning(client,
				AuditEvent.of("HOUSING_NEED_REGISTER", "HOUSING_NEED", need.id())
					.purpose(ClientService.PURPOSE)
					.details(Map.of("reference", need.reference().toString(), "client", clientId.toString(),
							"conflictPersons", command.conflictPersonNumbers().size()))),
				Outcome.SUCCESS);
		return need;
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @return their needs, newest first
	 */
	@Transactional
	public List<HousingNeed> ofClient(UUID clientId) {
		ClientView client = this.clients.inCase(clientId, "HOUSING_NEED_VIEW");
		this.audit.record(ClientService.caseEvent(client, "HOUSING_NEED_VIEW"), Outcome.SUCCESS);
		return this.needs.ofClient(clientId);
	}

	/**
	 * A need's conflict persons. Only for a need whose client the caller has been checked
	 * against.
	 * @param needId the need
	 * @return the conflict persons' numbers
	 */
	@Transactional(readOnly = true)
	public List<PersonalIdentityNumber> conflictPersons(UUID needId) {
		return this.needs.conflictPersons(needId);
	}

	/**
	 * Registers a client's need without a caller or audit entry: the local run's demo
	 * data only.
	 * @param clientId the client
	 * @param command the need
	 * @return the need
	 */
	@Transactional
	public HousingNeed registerDemoNeed(UUID clientId, RegisterHousingNeed command) {
		return store(clientId, command);
	}

	private HousingNeed store(UUID clientId, RegisterHousingNeed command) {
		// PostgreSQL keeps microseconds: the need returned is the need stored.
		HousingNeed need = new HousingNeed(UUID.randomUUID(), UUID.randomUUID(), command.householdSize(),
				command.roomsNeeded(), this.clock.instant().truncatedTo(ChronoUnit.MICROS), clientId, command.maxRent(),
				Boolean.TRUE.equals(command.needsLift()), Boolean.TRUE.equals(command.needsGroundFloor()),
				Boolean.TRUE.equals(command.needsAdapted()), command.areas());
		this.needs.insert(need);
		command.conflictPersonNumbers()
			.stream()
			.map((number) -> PersonalIdentityNumber.parse(number)
				.orElseThrow(() -> new IllegalArgumentException("Unvalidated personal identity number")))
			.forEach((number) -> this.needs.insertConflictPerson(need.id(), number));
		log.info("Registered housing need {} under reference {}", need.id(), need.reference());
		return need;
	}

	/**
	 * @return the needs the caller may see: those of clients in their scope, and the
	 * early needs registered without a client (they name no one), newest first
	 */
	@Transactional
	public List<HousingNeed> visible() {
		Set<UUID> clients = this.clients.inScopeOfCaller().keySet();
		return this.needs.findAll()
			.stream()
			.filter((need) -> need.clientId() == null || clients.contains(need.clientId()))
			.toList();
	}

	/**
	 * A need for the caller to look at: one without a client, or one of a client in the
	 * caller's scope (audited as a read of their case).
	 * @param id the need's id
	 * @return the need
	 * @throws ProblemException 404 if missing or its client is outside the caller's scope
	 */
	@Transactional
	public HousingNeed view(UUID id) {
		HousingNeed need = get(id);
		if (need.clientId() != null) {
			ClientView client = this.clients.inCase(need.clientId(), "HOUSING_NEED_VIEW");
			this.audit.record(ClientService.caseEvent(client, "HOUSING_NEED_VIEW"), Outcome.SUCCESS);
		}
		return need;
	}

	@Transactional(readOnly = true)
	public HousingNeed get(UUID id) {
		return this.needs.find(id).orElseThrow(() -> ProblemException.notFound("housing-need-not-found", id));
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.needs.count();
	}

}
