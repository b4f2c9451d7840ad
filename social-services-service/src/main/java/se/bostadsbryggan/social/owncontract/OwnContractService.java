package se.bostadsbryggan.social.owncontract;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
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
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.contracts.allocation.TransferabilityChanged;
import se.bostadsbryggan.contracts.housing.TakeoverCompleted;
import se.bostadsbryggan.contracts.housing.TakeoverRefused;
import se.bostadsbryggan.contracts.social.GuaranteeReleased;
import se.bostadsbryggan.contracts.social.LastingSolutionChanged;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.contracts.social.SubtenantIdentity;
import se.bostadsbryggan.contracts.social.TakeoverApproved;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.client.ClientView;
import se.bostadsbryggan.social.consent.Consent;
import se.bostadsbryggan.social.consent.ConsentService;
import se.bostadsbryggan.social.contract.SocialContractService;
import se.bostadsbryggan.social.guarantee.Guarantee;
import se.bostadsbryggan.social.guarantee.GuaranteeClosed;
import se.bostadsbryggan.social.guarantee.GuaranteeService;
import se.bostadsbryggan.social.household.HouseholdService;
import se.bostadsbryggan.social.placement.PlacementService;
import se.bostadsbryggan.social.placement.SubtenantIdentitySeal;
import se.bostadsbryggan.social.request.HousingRequestService;
import se.bostadsbryggan.web.ProblemException;

/**
 * Own contracts (eget kontrakt), social services' side. Learns from the shared workflow
 * when a client's social contract or guaranteed lease becomes transferable
 * ({@code TransferabilityChanged}), matched to the client by the placement's request
 * reference, else by the apartment of their running contract or guarantee. The
 * responsible caseworker approves the takeover, which shares the client's identity sealed
 * for the housing company ({@code TakeoverApproved}, a disclosure in the audit log, only
 * with the client's consent); the housing company completes it (the social contract ends
 * the day before) or refuses it. A caseworker marks a contract as a lasting solution
 * ({@code LastingSolutionChanged}); a released guarantee is told to the housing company
 * ({@code GuaranteeReleased}). Every event goes out through the outbox.
 */
@Service
public class OwnContractService {

	/** Why the identity is disclosed at a takeover. */
	public static final String PURPOSE = "TAKEOVER";

	/** Days ahead the start page lists lasting solutions to review. */
	public static final int REVIEW_DAYS = 30;

	/** Who acts when no caseworker does: the consumer of the housing company's events. */
	static final Actor SYSTEM = new Actor(null, "social-services-service", "Bostadsbryggan", null, null, Set.of(),
			null);

	private static final Logger log = LoggerFactory.getLogger(OwnContractService.class);

	private static final String COLUMNS = """
			lease_id, client_id, object_number, lease_type, transferable, changed_on, expected_on, status,
			approved_on, approved_by, refused_reason, refused_on, takeover_date""";

	private static final String LASTING_COLUMNS = """
			id, client_id, object_number, lease_type, reason, review_on, marked_on, marked_by""";

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final ConsentService consents;

	private final HouseholdService household;

	private final HousingRequestService requests;

	private final SocialContractService contracts;

	private final GuaranteeService guarantees;

	private final SubtenantIdentitySeal seal;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	OwnContractService(JdbcClient jdbc, ClientService clients, ConsentService consents, HouseholdService household,
			HousingRequestService requests, SocialContractService contracts, GuaranteeService guarantees,
			SubtenantIdentitySeal seal, Outbox outbox, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.consents = consents;
		this.household = household;
		this.requests = requests;
		this.contracts = contracts;
		this.guarantees = guarantees;
		this.seal = seal;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the shared workflow's judgment of a lease, keeping how far its takeover
	 * got. An older judgment than the one recorded is ignored.
	 * @param changed the event
	 */
	@Transactional
	public void transferabilityChanged(TransferabilityChanged changed) {
		UUID clientId = matchClient(changed.requestReference(), changed.objectNumber(), changed.leaseType())
			.orElse(null);
		if (clientId == null) {
			log.info("Lease {} ({}) matches no client of social services", changed.leaseId(), changed.objectNumber());
		}
		this.jdbc.sql("""
				insert into own_contract (lease_id, client_id, apartment_id, object_number, lease_type,
				                          request_reference, transferable, changed_on, expected_on, status, updated_at)
				values (:leaseId, :clientId, :apartmentId, :objectNumber, :leaseType, :requestReference,
				        :transferable, :changedOn, :expectedOn, 'OPEN', :now)
				on conflict (lease_id) do update set
				    client_id = coalesce(own_contract.client_id, excluded.client_id),
				    transferable = excluded.transferable, changed_on = excluded.changed_on,
				    expected_on = excluded.expected_on, updated_at = excluded.updated_at
				where own_contract.changed_on <= excluded.changed_on
				""")
			.param("leaseId", changed.leaseId())
			.param("clientId", clientId)
			.param("apartmentId", changed.apartmentId())
			.param("objectNumber", changed.objectNumber())
			.param("leaseType", changed.leaseType())
			.param("requestReference", changed.requestReference())
			.param("transferable", changed.transferable())
			.param("changedOn", changed.changedOn())
			.param("expectedOn", changed.expectedOn())
			.param("now", now())
			.update();
	}

	/**
	 * The subtenant took over the lease: the social contract ends the day before, with
	 * the reason own contract.
	 * @param completed the housing company's event
	 */
	@Transactional
	public void takeoverCompleted(TakeoverCompleted completed) {
		Optional<OwnContract> known = find(completed.socialLeaseId());
		UUID clientId = known.map(OwnContract::clientId)
			.or(() -> this.contracts.clientRunningOn(completed.objectNumber(), completed.takeoverDate().minusDays(1)))
			.orElse(null);
		if (known.isEmpty()) {
			this.jdbc.sql("""
					insert into own_contract (lease_id, client_id, apartment_id, object_number, lease_type,
					                          transferable, changed_on, status, approved_on, takeover_date,
					                          updated_at)
					values (:leaseId, :clientId, :apartmentId, :objectNumber, 'SOCIAL', true, :day, 'COMPLETED',
					        :day, :day, :now)
					""")
				.param("leaseId", completed.socialLeaseId())
				.param("clientId", clientId)
				.param("apartmentId", completed.apartmentId())
				.param("objectNumber", completed.objectNumber())
				.param("day", completed.takeoverDate())
				.param("now", now())
				.update();
		}
		else {
			this.jdbc.sql("""
					update own_contract set status = 'COMPLETED', takeover_date = :day, new_lease_id = :newLeaseId,
					       refused_reason = null, refused_on = null, updated_at = :now
					where lease_id = :leaseId
					""")
				.param("day", completed.takeoverDate())
				.param("newLeaseId", completed.newLeaseId())
				.param("now", now())
				.param("leaseId", completed.socialLeaseId())
				.update();
		}
		if (clientId == null) {
			log.info("Takeover of lease {} matches no client of social services", completed.socialLeaseId());
			return;
		}
		Optional<UUID> ended = this.contracts.endForOwnContract(clientId, completed.objectNumber(),
				completed.takeoverDate().minusDays(1));
		this.audit
			.record(SYSTEM,
					AuditEvent.of("OWN_CONTRACT_COMPLETED", ClientService.SUBJECT, clientId)
						.purpose(ClientService.PURPOSE)
						.details(Map.of("lease", completed.socialLeaseId().toString(), "takeoverDate",
								completed.takeoverDate().toString(), "contractEnded", ended.isPresent())),
					Outcome.SUCCESS);
	}

	/**
	 * The housing company did not complete a takeover: the reason is shown, and a new
	 * approval is possible.
	 * @param refused the housing company's event
	 */
	@Transactional
	public void takeoverRefused(TakeoverRefused refused) {
		int updated = this.jdbc.sql("""
				update own_contract set status = 'REFUSED', refused_reason = :reason, refused_on = :day,
				       updated_at = :now
				where lease_id = :leaseId and status <> 'COMPLETED'
				""")
			.param("reason", refused.reason().name())
			.param("day", refused.refusedOn())
			.param("now", now())
			.param("leaseId", refused.socialLeaseId())
			.update();
		if (updated == 0) {
			log.info("Refused takeover of lease {} is not known here, or completed", refused.socialLeaseId());
		}
	}

	/**
	 * The client's own-contract section: their leases as judged, lasting solutions,
	 * whether the caller may approve and whether consent allows it. Audited.
	 * @param clientId a client in the caller's scope
	 * @return the section
	 */
	@Transactional
	public OwnContractSection section(UUID clientId) {
		ClientView client = this.clients.inCase(clientId, "OWN_CONTRACT_VIEW");
		this.audit.record(ClientService.caseEvent(client, "OWN_CONTRACT_VIEW"), Outcome.SUCCESS);
		List<OwnContract> leases = this.jdbc
			.sql("select " + COLUMNS + " from own_contract where client_id = :clientId order by changed_on desc")
			.param("clientId", clientId)
			.query(OwnContractService::ownContract)
			.list()
			.stream()
			.map((lease) -> client.hidden() ? lease.withoutObjectNumber() : lease)
			.toList();
		List<LastingSolution> lasting = lastingOf(List.of(clientId), null).stream()
			.map((mark) -> client.hidden() ? mark.withoutObjectNumber() : mark)
			.toList();
		LocalDate today = today();
		List<String> markable = new java.util.ArrayList<>();
		if (!client.hidden()) {
			this.contracts.objectNumberRunningOn(clientId, today).ifPresent(markable::add);
			this.guarantees.activeObjectNumberOf(clientId).ifPresent(markable::add);
			markable.removeIf(
					(objectNumber) -> lasting.stream().anyMatch((mark) -> objectNumber.equals(mark.objectNumber())));
		}
		return new OwnContractSection(leases, lasting, markable, isResponsible(client),
				this.consents.latest(clientId).map(Consent::given).orElse(false), client.protectedIdentity(),
				today.plusYears(1));
	}

	/**
	 * The responsible caseworker approves that the subtenant takes over the social
	 * contract: the client's identity goes to the housing company sealed for it, bound to
	 * the lease, and the disclosure is audited.
	 * @param clientId a client of the caller's
	 * @param leaseId a transferable social contract of theirs
	 * @return the lease, approved
	 * @throws ProblemException 404 if not in the caller's scope or not the client's, 403
	 * ({@code takeover-not-responsible}) for anyone but the responsible caseworker, 409
	 * ({@code takeover-not-approvable}, {@code takeover-needs-consent},
	 * {@code takeover-protected-identity})
	 */
	@Transactional
	public OwnContract approve(UUID clientId, UUID leaseId) {
		ClientView client = this.clients.inCase(clientId, "TAKEOVER_APPROVE");
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("lease", leaseId.toString());
		Optional<OwnContract> found = this.jdbc
			.sql("select " + COLUMNS + " from own_contract where lease_id = :leaseId and client_id = :clientId "
					+ "for update")
			.param("leaseId", leaseId)
			.param("clientId", clientId)
			.query(OwnContractService::ownContract)
			.optional();
		if (found.isEmpty()) {
			refuse(client, details, Outcome.NOT_FOUND, ProblemException.notFound("own-contract-not-found", leaseId));
		}
		if (!isResponsible(client)) {
			refuse(client, details, Outcome.DENIED,
					new ProblemException(HttpStatus.FORBIDDEN, "takeover-not-responsible"));
		}
		OwnContract lease = found.get();
		if (!lease.approvable()) {
			refuse(client, details, Outcome.CONFLICT, ProblemException.conflict("takeover-not-approvable"));
		}
		if (client.protectedIdentity()) {
			refuse(client, details, Outcome.CONFLICT, ProblemException.conflict("takeover-protected-identity"));
		}
		Optional<Consent> consent = this.consents.latest(clientId);
		if (consent.isEmpty() || !consent.get().given()) {
			refuse(client, details, Outcome.CONFLICT, ProblemException.conflict("takeover-needs-consent"));
		}
		ClientView person = this.clients.forDisclosure(clientId).orElseThrow();
		SubtenantIdentity tenant = new SubtenantIdentity(person.personalIdentityNumber(), person.name(),
				1 + this.household.memberCount(clientId));
		LocalDate today = today();
		String by = Actor.current().username();
		this.outbox.append(SocialEvents.TAKEOVER_APPROVED, lease.objectNumber(),
				new TakeoverApproved(leaseId, lease.objectNumber(), today, this.seal.seal(leaseId.toString(), tenant)));
		this.jdbc.sql("""
				update own_contract set status = 'APPROVED', approved_on = :today, approved_by = :by,
				       refused_reason = null, refused_on = null, updated_at = :now
				where lease_id = :leaseId
				""").param("today", today).param("by", by).param("now", now()).param("leaseId", leaseId).update();
		details.put("objectNumber", lease.objectNumber());
		details.put("recipient", PlacementService.RECIPIENT);
		details.put("keyId", this.seal.keyId());
		details.put("consentStatedOn", consent.get().statedOn().toString());
		details.put("fields", List.of("personalIdentityNumber", "name", "householdSize"));
		this.audit.record(ClientService.concerning(client,
				AuditEvent.of(PlacementService.IDENTITY_SHARED, ClientService.SUBJECT, clientId)
					.purpose(PURPOSE)
					.details(details)),
				Outcome.SUCCESS);
		log.info("Takeover of lease {} approved; the new tenant is sealed for the housing company", leaseId);
		return find(leaseId).orElseThrow();
	}

	/**
	 * Marks the client's running social contract or guarantee of an apartment as a
	 * lasting solution, and tells the housing company.
	 * @param clientId a client in the caller's scope
	 * @param command the apartment, the reason and the review
	 * @return the mark
	 * @throws ProblemException 404 if not in scope, 409 ({@code lasting-not-running}) if
	 * the client has no running contract or guarantee of that apartment,
	 * ({@code lasting-marked}) if it is marked already
	 */
	@Transactional
	public LastingSolution markLasting(UUID clientId, MarkLastingSolution command) {
		ClientView client = this.clients.inCase(clientId, "LASTING_SOLUTION_MARK");
		String objectNumber = command.objectNumber().strip();
		LocalDate today = today();
		String leaseType;
		if (this.contracts.objectNumberRunningOn(clientId, today).filter(objectNumber::equals).isPresent()) {
			leaseType = OwnContract.SOCIAL;
		}
		else if (this.guarantees.activeObjectNumberOf(clientId).filter(objectNumber::equals).isPresent()) {
			leaseType = OwnContract.GUARANTEED;
		}
		else {
			this.audit.record(ClientService.caseEvent(client, "LASTING_SOLUTION_MARK"), Outcome.CONFLICT);
			throw ProblemException.conflict("lasting-not-running");
		}
		if (!lastingOf(List.of(clientId), null).stream()
			.filter((mark) -> objectNumber.equals(mark.objectNumber()))
			.toList()
			.isEmpty()) {
			this.audit.record(ClientService.caseEvent(client, "LASTING_SOLUTION_MARK"), Outcome.CONFLICT);
			throw ProblemException.conflict("lasting-marked");
		}
		LocalDate reviewOn = (command.reviewOn() != null) ? command.reviewOn() : today.plusYears(1);
		LastingSolution mark = new LastingSolution(UUID.randomUUID(), clientId, objectNumber, leaseType,
				command.reason().strip(), reviewOn, today, Actor.current().username());
		this.jdbc.sql("""
				insert into lasting_solution (id, client_id, object_number, lease_type, reason, review_on, marked_on,
				                              marked_by)
				values (:id, :clientId, :objectNumber, :leaseType, :reason, :reviewOn, :markedOn, :markedBy)
				""")
			.param("id", mark.id())
			.param("clientId", clientId)
			.param("objectNumber", objectNumber)
			.param("leaseType", leaseType)
			.param("reason", mark.reason())
			.param("reviewOn", reviewOn)
			.param("markedOn", today)
			.param("markedBy", mark.markedBy())
			.update();
		this.outbox.append(SocialEvents.LASTING_SOLUTION_CHANGED, objectNumber,
				new LastingSolutionChanged(objectNumber, leaseType, true, reviewOn));
		this.audit.record(
				ClientService.caseEvent(client, "LASTING_SOLUTION_MARK")
					.details(Map.of("lastingSolution", mark.id().toString(), "reviewOn", reviewOn.toString())),
				Outcome.SUCCESS);
		return client.hidden() ? mark.withoutObjectNumber() : mark;
	}

	/**
	 * Takes the lasting-solution mark away, and tells the housing company.
	 * @param clientId a client in the caller's scope
	 * @param markId one of their marks
	 * @throws ProblemException 404 if not in scope or not a current mark of theirs
	 */
	@Transactional
	public void unmarkLasting(UUID clientId, UUID markId) {
		ClientView client = this.clients.inCase(clientId, "LASTING_SOLUTION_UNMARK");
		Optional<LastingSolution> mark = this.jdbc.sql("select " + LASTING_COLUMNS + """
				 from lasting_solution where id = :id and client_id = :clientId and unmarked_on is null for update
				""").param("id", markId).param("clientId", clientId).query(LastingSolution.class).optional();
		if (mark.isEmpty()) {
			this.audit.record(ClientService.caseEvent(client, "LASTING_SOLUTION_UNMARK"), Outcome.NOT_FOUND);
			throw ProblemException.notFound("lasting-not-found", markId);
		}
		this.jdbc.sql("update lasting_solution set unmarked_on = :today, unmarked_by = :by where id = :id")
			.param("today", today())
			.param("by", Actor.current().username())
			.param("id", markId)
			.update();
		this.outbox.append(SocialEvents.LASTING_SOLUTION_CHANGED, mark.get().objectNumber(),
				new LastingSolutionChanged(mark.get().objectNumber(), mark.get().leaseType(), false, null));
		this.audit.record(ClientService.caseEvent(client, "LASTING_SOLUTION_UNMARK")
			.details(Map.of("lastingSolution", markId.toString())), Outcome.SUCCESS);
	}

	/**
	 * A released guarantee is told to the housing company, in the releasing transaction.
	 * @param closed the guarantee closed
	 */
	@EventListener
	@Transactional
	public void guaranteeClosed(GuaranteeClosed closed) {
		// Released or ended, the guaranteed lease is no longer one to suggest releasing.
		this.jdbc.sql("""
				update own_contract set status = 'COMPLETED', takeover_date = :day, updated_at = :now
				where lease_type = 'GUARANTEED' and client_id = :clientId and object_number = :objectNumber
				  and status <> 'COMPLETED'
				""")
			.param("day", closed.closedOn().plusDays(1))
			.param("now", now())
			.param("clientId", closed.clientId())
			.param("objectNumber", closed.objectNumber())
			.update();
		if (closed.status() != Guarantee.Status.RELEASED) {
			return;
		}
		this.outbox.append(SocialEvents.GUARANTEE_RELEASED, closed.objectNumber(),
				new GuaranteeReleased(closed.objectNumber(), closed.closedOn().plusDays(1)));
		log.info("Guarantee {} released; told the housing company", closed.guaranteeId());
	}

	/**
	 * Transferable social contracts not approved yet and guarantees that can be released,
	 * of some clients: for the start page, which audits what it shows.
	 * @param clientIds clients in the caller's scope
	 * @return their leases, the longest transferable first
	 */
	@Transactional(readOnly = true)
	public List<OwnContract> transferable(Collection<UUID> clientIds) {
		if (clientIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + """
				 from own_contract where client_id in (:clientIds) and transferable
				 and status in ('OPEN', 'REFUSED') order by changed_on, lease_id
				""").param("clientIds", clientIds).query(OwnContractService::ownContract).list();
	}

	/**
	 * Lasting solutions of some clients due for their yearly review by a day: for the
	 * start page, which audits what it shows.
	 * @param clientIds clients in the caller's scope
	 * @param until the last review day to include
	 * @return the marks, the earliest review first
	 */
	@Transactional(readOnly = true)
	public List<LastingSolution> lastingDueBy(Collection<UUID> clientIds, LocalDate until) {
		if (clientIds.isEmpty()) {
			return List.of();
		}
		return lastingOf(clientIds, until);
	}

	/**
	 * @return today in Sweden
	 */
	public LocalDate today() {
		return this.guarantees.today();
	}

	private List<LastingSolution> lastingOf(Collection<UUID> clientIds, LocalDate until) {
		return this.jdbc.sql("select " + LASTING_COLUMNS + """
				 from lasting_solution where client_id in (:clientIds) and unmarked_on is null
				 and review_on <= :until order by review_on, id
				""")
			.param("clientIds", clientIds)
			.param("until", (until != null) ? until : LocalDate.of(9999, 12, 31))
			.query(LastingSolution.class)
			.list();
	}

	private Optional<UUID> matchClient(UUID requestReference, String objectNumber, String leaseType) {
		Optional<UUID> byRequest = (requestReference != null) ? this.requests.clientOf(requestReference)
				: Optional.empty();
		if (byRequest.isPresent()) {
			return byRequest;
		}
		return OwnContract.GUARANTEED.equals(leaseType) ? this.guarantees.activeClientOf(objectNumber)
				: this.contracts.clientRunningOn(objectNumber, today());
	}

	private Optional<OwnContract> find(UUID leaseId) {
		return this.jdbc.sql("select " + COLUMNS + " from own_contract where lease_id = :leaseId")
			.param("leaseId", leaseId)
			.query(OwnContractService::ownContract)
			.optional();
	}

	private static boolean isResponsible(ClientView client) {
		String caller = Actor.current().username();
		return caller != null && caller.equals(client.caseworkerUsername());
	}

	private void refuse(ClientView client, Map<String, Object> details, Outcome outcome, ProblemException problem) {
		this.audit.record(ClientService.caseEvent(client, "TAKEOVER_APPROVE").details(details), outcome);
		throw problem;
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	private static OwnContract ownContract(ResultSet rs, int row) throws SQLException {
		String refused = rs.getString("refused_reason");
		return new OwnContract(rs.getObject("lease_id", UUID.class), rs.getObject("client_id", UUID.class),
				rs.getString("object_number"), rs.getString("lease_type"), rs.getBoolean("transferable"),
				rs.getObject("changed_on", LocalDate.class), rs.getObject("expected_on", LocalDate.class),
				OwnContract.Status.valueOf(rs.getString("status")), rs.getObject("approved_on", LocalDate.class),
				rs.getString("approved_by"), (refused != null) ? TakeoverRefused.Reason.valueOf(refused) : null,
				rs.getObject("refused_on", LocalDate.class), rs.getObject("takeover_date", LocalDate.class));
	}

	/**
	 * The client page's section on own contracts.
	 *
	 * @param leases the client's leases as judged by the shared workflow
	 * @param lasting their current lasting-solution marks
	 * @param markable the apartments of their running contract or guarantee not marked
	 * @param responsible whether the caller is the responsible caseworker
	 * @param consentGiven whether the client's latest consent is given
	 * @param protectedIdentity whether the client has protected identity
	 * @param defaultReviewOn a year from today
	 */
	public record OwnContractSection(List<OwnContract> leases, List<LastingSolution> lasting, List<String> markable,
			boolean responsible, boolean consentGiven, boolean protectedIdentity, LocalDate defaultReviewOn) {

		/**
		 * @return the object numbers of guaranteed leases whose guarantee can be released
		 */
		public Set<String> releasable() {
			Set<String> releasable = new java.util.HashSet<>();
			this.leases.stream()
				.filter(OwnContract::releasable)
				.map(OwnContract::objectNumber)
				.filter(java.util.Objects::nonNull)
				.forEach(releasable::add);
			return releasable;
		}

	}

}
