package se.bostadsbryggan.housing.takeover;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.contracts.allocation.TransferabilityChanged;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.housing.TakeoverCompleted;
import se.bostadsbryggan.contracts.housing.TakeoverRefused;
import se.bostadsbryggan.contracts.social.GuaranteeReleased;
import se.bostadsbryggan.contracts.social.SubtenantIdentity;
import se.bostadsbryggan.contracts.social.TakeoverApproved;
import se.bostadsbryggan.housing.apartment.ApartmentService;
import se.bostadsbryggan.identity.PersonalIdentityNumber;
import se.bostadsbryggan.housing.lease.Lease;
import se.bostadsbryggan.housing.lease.LeaseService;
import se.bostadsbryggan.housing.lease.LeaseType;
import se.bostadsbryggan.housing.subtenant.Subtenants;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.web.ProblemException;

/**
 * Own contracts on the housing side: whether social contracts and guaranteed leases are
 * transferable (as the shared workflow judges it), the takeover of a social contract once
 * both social services and the housing manager approved it, and released guarantees. The
 * takeover is a saga step in one transaction: the social contract ends the day before the
 * takeover day, a first-hand lease to the former subtenant starts that day, and
 * {@code TakeoverCompleted} is written to the outbox, or nothing at all. The new tenant's
 * identity is personal data: every read and change is audited (subject
 * {@value #SUBJECT_TYPE}, the social contract's id).
 */
@Service
public class TakeoverService {

	/** The audit log's subject type of a takeover and its new tenant. */
	public static final String SUBJECT_TYPE = "TAKEOVER";

	static final String PURPOSE = "LETTING";

	static final String APPROVED = "APPROVED";

	static final String DECLINED = "DECLINED";

	static final String COMPLETED = "COMPLETED";

	static final String REFUSED = "REFUSED";

	private static final Logger log = LoggerFactory.getLogger(TakeoverService.class);

	private static final String SELECT = """
			select social_lease_id, object_number, social_approved_on, tenant_name, tenant_number, social_received_at,
			       housing_decision, takeover_date, decline_motivation, housing_decided_by, housing_decided_at, outcome,
			       refusal_reason, new_lease_id, concluded_at
			from takeover
			""";

	private static final String LISTING = """
			select t.social_lease_id as lease_id, l.apartment_id, t.object_number, 'SOCIAL' as lease_type,
			       null as since, null as guarantee_released_on, t.social_approved_on, t.housing_decision,
			       t.takeover_date, t.outcome, t.refusal_reason, t.concluded_at
			from takeover t left join lease l on l.id = t.social_lease_id
			""";

	private final JdbcClient jdbc;

	private final LeaseService leases;

	private final ApartmentService apartments;

	private final Subtenants subtenants;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	TakeoverService(JdbcClient jdbc, LeaseService leases, ApartmentService apartments, Subtenants subtenants,
			Outbox outbox, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.leases = leases;
		this.apartments = apartments;
		this.subtenants = subtenants;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Keeps the latest transferability of a lease; an older change arriving late changes
	 * nothing.
	 * @param changed the event's payload
	 * @return whether the lease is known here
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean transferabilityChanged(TransferabilityChanged changed) {
		Optional<Lease> lease = this.leases.find(changed.leaseId());
		if (lease.isEmpty() || lease.get().type() == LeaseType.FIRST_HAND) {
			return false;
		}
		this.jdbc.sql("""
				insert into lease_transferability (lease_id, lease_type, transferable, changed_on, expected_on,
				                                   received_at)
				values (:lease, :type, :transferable, :changedOn, :expectedOn, :now)
				on conflict (lease_id) do update
				set transferable = excluded.transferable, changed_on = excluded.changed_on,
				    expected_on = excluded.expected_on, received_at = excluded.received_at
				where lease_transferability.changed_on <= excluded.changed_on
				""")
			.param("lease", changed.leaseId())
			.param("type", lease.get().type().name())
			.param("transferable", changed.transferable())
			.param("changedOn", Date.valueOf(changed.changedOn()))
			.param("expectedOn", date(changed.expectedOn()))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		log.info("Lease {} of {} {} transferable since {}", changed.leaseId(), changed.objectNumber(),
				changed.transferable() ? "is" : "is not", changed.changedOn());
		return true;
	}

	/**
	 * Social services' approval of a takeover: the new tenant is opened and stored, and
	 * the takeover completes if the housing manager approved already. A tenant that
	 * cannot be opened or is not valid refuses the takeover ({@code TENANT_INVALID}); an
	 * approval after a refusal starts the takeover over.
	 * @param approved the event's payload, with its lease id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void socialServicesApproved(TakeoverApproved approved) {
		UUID leaseId = approved.leaseId();
		Takeover existing = lock(leaseId).orElse(null);
		if (existing != null && COMPLETED.equals(existing.outcome())) {
			log.info("Takeover of lease {} completed already: approval of {} ignored", leaseId, approved.approvedOn());
			return;
		}
		Optional<SubtenantIdentity> tenant = this.subtenants.openIdentity(approved.tenant(), leaseId.toString());
		if (existing == null) {
			this.jdbc.sql("insert into takeover (social_lease_id, object_number) values (:lease, :objectNumber)")
				.param("lease", leaseId)
				.param("objectNumber", approved.objectNumber())
				.update();
		}
		else if (REFUSED.equals(existing.outcome())) {
			startOver(leaseId);
		}
		this.jdbc.sql("""
				update takeover set social_approved_on = :approvedOn, tenant_name = :name, tenant_number = :number,
				                    social_received_at = :now
				where social_lease_id = :lease
				""")
			.param("approvedOn", Date.valueOf(approved.approvedOn()))
			.param("name", tenant.map(SubtenantIdentity::name).orElse(null))
			.param("number", tenant.map(SubtenantIdentity::personalIdentityNumber).orElse(null))
			.param("now", Timestamp.from(this.clock.instant()))
			.param("lease", leaseId)
			.update();
		if (tenant.isEmpty()) {
			refuse(lock(leaseId).orElseThrow(), TakeoverRefused.Reason.TENANT_INVALID);
			return;
		}
		this.audit.record(AuditEvent.of("TAKEOVER_TENANT_REGISTER", SUBJECT_TYPE, leaseId)
			.purpose(PURPOSE)
			.details(Map.of("approvedOn", approved.approvedOn().toString())), Outcome.SUCCESS);
		log.info("Takeover of lease {} approved by social services on {}", leaseId, approved.approvedOn());
		boolean running = this.leases.find(leaseId)
			.filter((lease) -> lease.type() == LeaseType.SOCIAL && lease.endable())
			.isPresent();
		if (!running) {
			refuse(lock(leaseId).orElseThrow(), TakeoverRefused.Reason.LEASE_NOT_RUNNING);
			return;
		}
		completeIfBothApproved(lock(leaseId).orElseThrow());
	}

	/**
	 * The housing manager approves the takeover of a social contract from a day; it
	 * completes at once if social services approved already.
	 * @param leaseId the social contract
	 * @param takeoverDate the first day of the own contract
	 * @return the takeover as it is now
	 * @throws ProblemException 404 if there is no such social contract, 409 if its
	 * takeover was completed
	 */
	@Transactional
	public Takeover approve(UUID leaseId, LocalDate takeoverDate) {
		Takeover takeover = decidable(leaseId);
		this.jdbc.sql("""
				update takeover set housing_decision = 'APPROVED', takeover_date = :takeoverDate,
				                    decline_motivation = null, housing_decided_by = :by, housing_decided_at = :now
				where social_lease_id = :lease
				""")
			.param("takeoverDate", Date.valueOf(takeoverDate))
			.param("by", Actor.current().username())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("lease", leaseId)
			.update();
		this.audit.record(AuditEvent.of("TAKEOVER_APPROVE", SUBJECT_TYPE, leaseId)
			.purpose(PURPOSE)
			.details(Map.of("takeoverDate", takeoverDate.toString())), Outcome.SUCCESS);
		log.info("Takeover of lease {} ({}) approved by the housing manager from {}", leaseId, takeover.objectNumber(),
				takeoverDate);
		completeIfBothApproved(lock(leaseId).orElseThrow());
		return lock(leaseId).orElseThrow();
	}

	/**
	 * The housing manager declines the takeover of a social contract: it is refused
	 * ({@code DECLINED_BY_HOUSING}); the motivation stays here.
	 * @param leaseId the social contract
	 * @param motivation why
	 * @return the takeover as it is now
	 * @throws ProblemException 404 if there is no such social contract, 409 if its
	 * takeover was completed
	 */
	@Transactional
	public Takeover decline(UUID leaseId, String motivation) {
		decidable(leaseId);
		this.jdbc
			.sql("""
					update takeover set housing_decision = 'DECLINED', takeover_date = null, decline_motivation = :motivation,
					                    housing_decided_by = :by, housing_decided_at = :now
					where social_lease_id = :lease
					""")
			.param("motivation", motivation.strip())
			.param("by", Actor.current().username())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("lease", leaseId)
			.update();
		this.audit.record(AuditEvent.of("TAKEOVER_DECLINE", SUBJECT_TYPE, leaseId).purpose(PURPOSE), Outcome.SUCCESS);
		refuse(lock(leaseId).orElseThrow(), TakeoverRefused.Reason.DECLINED_BY_HOUSING);
		return lock(leaseId).orElseThrow();
	}

	/**
	 * A takeover completed before Bostadsbryggan was in use (a history import): records
	 * both approvals as of the takeover day and completes the takeover exactly as the
	 * saga does, in one transaction: the social contract ends the day before, the
	 * first-hand lease to the new tenant starts that day, and {@code TakeoverCompleted}
	 * is written to the outbox. The new tenant is stored and audited as social services'
	 * approval is.
	 * @param socialLeaseId the social contract, running the day before the takeover day
	 * @param takeoverDate the first day of the own contract, before today
	 * @param tenantName the new tenant's name
	 * @param personalIdentityNumber the new tenant's personal identity number
	 * @return the completed takeover
	 * @throws ProblemException 400 for a takeover day not in the past or a personal
	 * identity number that is not valid, 404 if there is no such social contract, 409 if
	 * its takeover was completed or it does not run then
	 */
	@Transactional
	public Takeover recordEarlierTakeover(UUID socialLeaseId, LocalDate takeoverDate, String tenantName,
			String personalIdentityNumber) {
		LocalDate today = LocalDate.now(this.clock);
		if (!takeoverDate.isBefore(today)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "takeover-earlier-not-past", takeoverDate);
		}
		String number = PersonalIdentityNumber.parse(personalIdentityNumber)
			.map(PersonalIdentityNumber::value)
			.orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "takeover-earlier-tenant-invalid"));
		Takeover takeover = decidable(socialLeaseId);
		Lease social = this.leases.find(socialLeaseId).orElseThrow();
		if (!social.endable() || !social.startDate().isBefore(takeoverDate)
				|| (social.endDate() != null && social.endDate().isBefore(takeoverDate.minusDays(1)))) {
			throw ProblemException.conflict("takeover-earlier-not-running", takeover.objectNumber(), takeoverDate);
		}
		this.jdbc.sql("""
				update takeover set social_approved_on = :day, tenant_name = :name, tenant_number = :number,
				                    social_received_at = :now, housing_decision = 'APPROVED', takeover_date = :day,
				                    decline_motivation = null, housing_decided_by = :by, housing_decided_at = :now
				where social_lease_id = :lease
				""")
			.param("day", Date.valueOf(takeoverDate))
			.param("name", tenantName.strip())
			.param("number", number)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", Actor.current().username())
			.param("lease", socialLeaseId)
			.update();
		this.audit.record(AuditEvent.of("TAKEOVER_EARLIER_RECORD", SUBJECT_TYPE, socialLeaseId)
			.purpose(PURPOSE)
			.details(Map.of("takeoverDate", takeoverDate.toString())), Outcome.SUCCESS);
		completeIfBothApproved(lock(socialLeaseId).orElseThrow());
		return lock(socialLeaseId).orElseThrow();
	}

	/**
	 * Records a released guarantee on the running guaranteed lease of the apartment; the
	 * first release of a lease stays.
	 * @param released the event's payload
	 * @return whether a running guaranteed lease of that object number was found
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean guaranteeReleased(GuaranteeReleased released) {
		Optional<UUID> lease = this.jdbc.sql("""
				select l.id from lease l join apartment a on a.id = l.apartment_id
				where a.object_number = :objectNumber and l.type = 'GUARANTEED'
				  and l.start_date <= :day and (l.end_date is null or l.end_date >= :day)
				""")
			.param("objectNumber", released.objectNumber())
			.param("day", Date.valueOf(released.releasedOn()))
			.query(UUID.class)
			.optional();
		if (lease.isEmpty()) {
			return false;
		}
		this.jdbc.sql("""
				insert into guarantee_release (lease_id, released_on, received_at) values (:lease, :releasedOn, :now)
				on conflict (lease_id) do nothing
				""")
			.param("lease", lease.get())
			.param("releasedOn", Date.valueOf(released.releasedOn()))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		log.info("Guarantee of lease {} ({}) released from {}", lease.get(), released.objectNumber(),
				released.releasedOn());
		return true;
	}

	/**
	 * Not read-only: reading the new tenant writes an audit row.
	 * @param leaseId a social contract
	 * @return its takeover, if one was approved or declined
	 */
	@Transactional
	public Optional<Takeover> takeover(UUID leaseId) {
		Optional<Takeover> takeover = this.jdbc.sql(SELECT + " where social_lease_id = :lease")
			.param("lease", leaseId)
			.query(Takeover.class)
			.optional();
		takeover.filter((t) -> t.tenantNumber() != null)
			.ifPresent((t) -> this.audit.record(
					AuditEvent.of("TAKEOVER_TENANT_READ", SUBJECT_TYPE, leaseId).purpose(PURPOSE), Outcome.SUCCESS));
		return takeover;
	}

	/**
	 * Reads no personal data.
	 * @param leaseId a social contract
	 * @return where its takeover stands, without the new tenant
	 */
	@Transactional(readOnly = true)
	public Optional<TakeoverListing> state(UUID leaseId) {
		return this.jdbc.sql(LISTING + " where t.social_lease_id = :lease")
			.param("lease", leaseId)
			.query(TakeoverListing.class)
			.optional();
	}

	/**
	 * @param leaseId a lease
	 * @return its latest transferability, if the shared workflow sent one
	 */
	@Transactional(readOnly = true)
	public Optional<Transferability> transferability(UUID leaseId) {
		return this.jdbc.sql("""
				select lease_id, lease_type, transferable, changed_on, expected_on from lease_transferability
				where lease_id = :lease
				""").param("lease", leaseId).query(Transferability.class).optional();
	}

	/**
	 * @param leaseId a guaranteed lease
	 * @return the first day without the guarantee, if it was released
	 */
	@Transactional(readOnly = true)
	public Optional<LocalDate> guaranteeReleasedOn(UUID leaseId) {
		return this.jdbc.sql("select released_on from guarantee_release where lease_id = :lease")
			.param("lease", leaseId)
			.query(LocalDate.class)
			.optional();
	}

	/**
	 * The housing manager's overview; no personal data.
	 * @return transferable contracts, takeovers waiting, and concluded ones (latest
	 * first)
	 */
	@Transactional(readOnly = true)
	public TakeoverOverview overview() {
		List<TakeoverListing> transferable = this.jdbc.sql("""
				select t.lease_id, l.apartment_id, a.object_number, t.lease_type, t.changed_on as since,
				       g.released_on as guarantee_released_on, null as social_approved_on, null as housing_decision,
				       null as takeover_date, null as outcome, null as refusal_reason, null as concluded_at
				from lease_transferability t
				join lease l on l.id = t.lease_id
				join apartment a on a.id = l.apartment_id
				left join guarantee_release g on g.lease_id = t.lease_id
				where t.transferable and l.ended_at is null
				order by t.changed_on, a.object_number
				""").query(TakeoverListing.class).list();
		List<TakeoverListing> waiting = this.jdbc.sql(LISTING + " where t.outcome is null order by t.object_number")
			.query(TakeoverListing.class)
			.list();
		List<TakeoverListing> concluded = this.jdbc
			.sql(LISTING + " where t.outcome is not null order by t.concluded_at desc limit 100")
			.query(TakeoverListing.class)
			.list();
		return new TakeoverOverview(transferable, waiting, concluded);
	}

	// The housing manager decides on a running or ended social contract; a refused
	// takeover starts over, a completed one cannot change.
	private Takeover decidable(UUID leaseId) {
		Lease lease = this.leases.find(leaseId)
			.filter((l) -> l.type() == LeaseType.SOCIAL)
			.orElseThrow(() -> ProblemException.notFound("lease-not-found", leaseId));
		Takeover takeover = lock(leaseId).orElse(null);
		if (takeover == null) {
			this.jdbc.sql("insert into takeover (social_lease_id, object_number) values (:lease, :objectNumber)")
				.param("lease", leaseId)
				.param("objectNumber", this.apartments.get(lease.apartmentId()).objectNumber())
				.update();
		}
		else if (COMPLETED.equals(takeover.outcome())) {
			throw ProblemException.conflict("takeover-completed", takeover.objectNumber());
		}
		else if (REFUSED.equals(takeover.outcome())) {
			startOver(leaseId);
			this.jdbc.sql("""
					update takeover set social_approved_on = null, tenant_name = null, tenant_number = null,
					                    social_received_at = null
					where social_lease_id = :lease
					""").param("lease", leaseId).update();
		}
		return lock(leaseId).orElseThrow();
	}

	private void startOver(UUID leaseId) {
		this.jdbc.sql("""
				update takeover set housing_decision = null, takeover_date = null, decline_motivation = null,
				                    housing_decided_by = null, housing_decided_at = null, outcome = null,
				                    refusal_reason = null, concluded_at = null
				where social_lease_id = :lease
				""").param("lease", leaseId).update();
	}

	private void completeIfBothApproved(Takeover takeover) {
		if (!takeover.open() || !takeover.approvedBySocialServices() || !takeover.approvedByHousing()) {
			return;
		}
		LocalDate takeoverDate = takeover.takeoverDate();
		Optional<Lease> social = this.leases.find(takeover.socialLeaseId());
		boolean running = social
			.filter((lease) -> lease.type() == LeaseType.SOCIAL && lease.endable()
					&& lease.startDate().isBefore(takeoverDate)
					&& (lease.endDate() == null || !lease.endDate().isBefore(takeoverDate.minusDays(1))))
			.isPresent();
		if (!running) {
			refuse(takeover, TakeoverRefused.Reason.LEASE_NOT_RUNNING);
			return;
		}
		Lease lease = this.leases.takeOver(takeover.socialLeaseId(), takeoverDate, takeover.tenantName(),
				takeover.tenantNumber());
		this.jdbc.sql("""
				update takeover set outcome = 'COMPLETED', new_lease_id = :newLease, concluded_at = :now
				where social_lease_id = :lease
				""")
			.param("newLease", lease.id())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("lease", takeover.socialLeaseId())
			.update();
		this.outbox.append(HousingEvents.TAKEOVER_COMPLETED, lease.apartmentId(), new TakeoverCompleted(
				takeover.socialLeaseId(), lease.id(), lease.apartmentId(), takeover.objectNumber(), takeoverDate));
		this.audit.record(
				AuditEvent.of("TAKEOVER_COMPLETE", SUBJECT_TYPE, takeover.socialLeaseId())
					.purpose(PURPOSE)
					.details(Map.of("newLeaseId", lease.id().toString(), "takeoverDate", takeoverDate.toString())),
				Outcome.SUCCESS);
		log.info("Takeover of lease {} ({}) completed: first-hand lease {} from {}", takeover.socialLeaseId(),
				takeover.objectNumber(), lease.id(), takeoverDate);
	}

	private void refuse(Takeover takeover, TakeoverRefused.Reason reason) {
		LocalDate today = LocalDate.now(this.clock);
		this.jdbc.sql("""
				update takeover set outcome = 'REFUSED', refusal_reason = :reason, concluded_at = :now
				where social_lease_id = :lease
				""")
			.param("reason", reason.name())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("lease", takeover.socialLeaseId())
			.update();
		UUID apartmentId = this.leases.find(takeover.socialLeaseId()).map(Lease::apartmentId).orElse(null);
		this.outbox.append(HousingEvents.TAKEOVER_REFUSED,
				(apartmentId != null) ? apartmentId : takeover.socialLeaseId(),
				new TakeoverRefused(takeover.socialLeaseId(), apartmentId, takeover.objectNumber(), reason, today));
		log.info("Takeover of lease {} ({}) refused: {}", takeover.socialLeaseId(), takeover.objectNumber(), reason);
	}

	private Optional<Takeover> lock(UUID leaseId) {
		return this.jdbc.sql(SELECT + " where social_lease_id = :lease for update")
			.param("lease", leaseId)
			.query(Takeover.class)
			.optional();
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
