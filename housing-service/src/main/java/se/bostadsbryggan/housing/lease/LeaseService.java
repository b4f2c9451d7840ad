package se.bostadsbryggan.housing.lease;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.housing.LeaseEnded;
import se.bostadsbryggan.contracts.housing.LeaseStarted;
import se.bostadsbryggan.housing.apartment.Apartment;
import se.bostadsbryggan.housing.apartment.ApartmentService;
import se.bostadsbryggan.housing.subtenant.Subtenant;
import se.bostadsbryggan.housing.subtenant.Subtenants;
import se.bostadsbryggan.housing.tenant.NewTenant;
import se.bostadsbryggan.housing.tenant.Tenant;
import se.bostadsbryggan.housing.tenant.TenantRegistry;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.web.ProblemException;

/**
 * Creates and ends leases. The database refuses a lease that overlaps another of the same
 * apartment; the apartment's status follows its leases, and each change commits together
 * with its events.
 */
@Service
public class LeaseService {

	private static final Logger log = LoggerFactory.getLogger(LeaseService.class);

	private final LeaseRepository leases;

	private final ApartmentService apartments;

	private final TenantRegistry tenants;

	private final Subtenants subtenants;

	private final Outbox outbox;

	private final Clock clock;

	private final LeaseProperties properties;

	LeaseService(LeaseRepository leases, ApartmentService apartments, TenantRegistry tenants, Subtenants subtenants,
			Outbox outbox, Clock clock, LeaseProperties properties) {
		this.leases = leases;
		this.apartments = apartments;
		this.tenants = tenants;
		this.subtenants = subtenants;
		this.outbox = outbox;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Lets an apartment. Unless the lease ended before today, the apartment becomes let.
	 * @param apartmentId the apartment
	 * @param command the lease and its tenant
	 * @return the new lease
	 * @throws ProblemException 404 for an unknown apartment, 409 if the period overlaps
	 * another lease of the apartment
	 */
	@Transactional
	public Lease create(UUID apartmentId, CreateLease command) {
		return create(this.apartments.lock(apartmentId), command, null);
	}

	/**
	 * Signs the social contract of a placement agreed in the shared workflow: the
	 * municipality as tenant from the start day, at the apartment's rent. Its
	 * {@code LeaseStarted} names the placement. Refuses (without writing anything) when
	 * another lease of the apartment runs on or after the start day; never throws for
	 * that, so the caller's transaction can still record the refusal.
	 * @param placementId the placement
	 * @param apartmentId the apartment, which must exist
	 * @param startDate the first day
	 * @return the new lease, or empty if the apartment is let then
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Lease> signForPlacement(UUID placementId, UUID apartmentId, LocalDate startDate) {
		Apartment apartment = this.apartments.lock(apartmentId);
		// Every lease change locks the apartment first, so this check holds until commit;
		// a failed insert would instead abort the whole transaction.
		if (this.leases.anyRunningOnOrAfter(apartment.id(), startDate)) {
			return Optional.empty();
		}
		return Optional.of(create(apartment,
				new CreateLease(LeaseType.SOCIAL, startDate, null, null, null, null, null, null), placementId));
	}

	/**
	 * The takeover of a social contract (eget kontrakt): ends it on the day before the
	 * takeover day and lets the apartment to the former subtenant on a first-hand lease
	 * from that day, at the same rent, in the caller's transaction. The apartment stays
	 * let throughout (no {@code ApartmentVacated}); {@code LeaseEnded} and
	 * {@code LeaseStarted} are published as for any lease. The caller checks first that
	 * the social contract runs and may end then: anything that still fails throws, and
	 * the caller's whole transaction rolls back.
	 * @param socialLeaseId the social contract
	 * @param takeoverDate the first day of the own contract
	 * @param tenantName the new tenant's name
	 * @param personalIdentityNumber the new tenant's personal identity number
	 * @return the first-hand lease
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Lease takeOver(UUID socialLeaseId, LocalDate takeoverDate, String tenantName,
			String personalIdentityNumber) {
		UUID apartmentId = this.leases.find(socialLeaseId).orElseThrow().apartmentId();
		Apartment apartment = this.apartments.lock(apartmentId);
		Lease social = this.leases.find(socialLeaseId).orElseThrow();
		if (social.type() != LeaseType.SOCIAL || !social.endable()) {
			throw ProblemException.conflict("lease-already-ended", apartment.objectNumber(), social.endDate());
		}
		LocalDate lastDay = takeoverDate.minusDays(1);
		try {
			this.leases.end(social.id(), lastDay, null, this.clock.instant());
		}
		catch (LeaseRepository.OverlappingLeaseException ex) {
			throw ProblemException.conflict("lease-overlaps", apartment.objectNumber());
		}
		Lease ended = this.leases.find(social.id()).orElseThrow();
		this.outbox.append(HousingEvents.LEASE_ENDED, apartment.id(),
				new LeaseEnded(ended.id(), apartment.id(), apartment.objectNumber(), apartment.stairwell(),
						ended.type().name(), ended.startDate(), ended.endDate(), ended.noticeDate(), tenantOf(ended)));
		log.info("Social contract {} of apartment {} ends {} for a takeover", ended.id(), apartment.objectNumber(),
				ended.endDate());
		return create(apartment, new CreateLease(LeaseType.FIRST_HAND, takeoverDate, null, social.monthlyRent(),
				tenantName, personalIdentityNumber, null, null), null);
	}

	/**
	 * For a check that must not fail the caller's transaction: never throws for an
	 * unknown lease.
	 * @param leaseId a lease
	 * @return the lease, if there is one
	 */
	@Transactional(readOnly = true)
	public Optional<Lease> find(UUID leaseId) {
		return this.leases.find(leaseId);
	}

	/**
	 * @param placementId a placement
	 * @return the social contract signed for it, if any
	 */
	@Transactional(readOnly = true)
	public Optional<Lease> ofPlacement(UUID placementId) {
		return this.leases.findByPlacement(placementId);
	}

	private Lease create(Apartment apartment, CreateLease command, UUID placementId) {
		Tenant tenant = (command.type() == LeaseType.SOCIAL) ? null
				: this.tenants.register(new NewTenant(command.tenantName(), command.personalIdentityNumber(),
						command.phone(), command.email()));
		BigDecimal rent = (command.monthlyRent() != null) ? command.monthlyRent() : apartment.monthlyRent();
		Lease lease = new Lease(UUID.randomUUID(), apartment.id(), (tenant != null) ? tenant.id() : null,
				command.type(), command.startDate(), command.endDate(), null, rent, this.clock.instant(), null,
				placementId);
		try {
			this.leases.insert(lease);
		}
		catch (LeaseRepository.OverlappingLeaseException ex) {
			throw ProblemException.conflict("lease-overlaps", apartment.objectNumber());
		}
		if (lease.endDate() == null || !lease.endDate().isBefore(LocalDate.now(this.clock))) {
			this.apartments.let(apartment, lease.startDate());
		}
		this.outbox.append(HousingEvents.LEASE_STARTED, apartment.id(),
				new LeaseStarted(lease.id(), apartment.id(), apartment.objectNumber(), apartment.stairwell(),
						lease.type().name(), lease.startDate(), lease.endDate(), lease.monthlyRent(), tenantOf(lease),
						placementId));
		log.info("Lease {} ({}) of apartment {} from {}{}", lease.id(), lease.type(), apartment.objectNumber(),
				lease.startDate(), (placementId != null) ? " for placement " + placementId : "");
		return lease;
	}

	/**
	 * Ends a lease on its last day. Unless another lease follows, the apartment is vacant
	 * from the day after.
	 * @param leaseId the lease
	 * @param command its last day and the day of notice
	 * @return the lease as it is now
	 * @throws ProblemException 404 for an unknown lease, 409 if it was ended already, 400
	 * if the dates do not fit
	 */
	@Transactional
	public Lease end(UUID leaseId, EndLease command) {
		UUID apartmentId = this.leases.find(leaseId)
			.orElseThrow(() -> ProblemException.notFound("lease-not-found", leaseId))
			.apartmentId();
		Apartment apartment = this.apartments.lock(apartmentId);
		Lease lease = this.leases.find(leaseId).orElseThrow();
		if (!lease.endable()) {
			throw ProblemException.conflict("lease-already-ended", apartment.objectNumber(), lease.endDate());
		}
		if (command.endDate().isBefore(lease.startDate())) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "lease-end-before-start", lease.startDate());
		}
		if (command.noticeDate() != null && command.noticeDate().isAfter(command.endDate())) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "lease-notice-after-end", command.endDate());
		}
		try {
			this.leases.end(lease.id(), command.endDate(), command.noticeDate(), this.clock.instant());
		}
		catch (LeaseRepository.OverlappingLeaseException ex) {
			throw ProblemException.conflict("lease-overlaps", apartment.objectNumber());
		}
		if (!this.leases.anyStartingAfter(apartment.id(), command.endDate())) {
			this.apartments.vacantAfterLease(apartment, command.endDate().plusDays(1));
		}
		Lease ended = this.leases.find(leaseId).orElseThrow();
		this.outbox.append(HousingEvents.LEASE_ENDED, apartment.id(),
				new LeaseEnded(ended.id(), apartment.id(), apartment.objectNumber(), apartment.stairwell(),
						ended.type().name(), ended.startDate(), ended.endDate(), ended.noticeDate(), tenantOf(ended)));
		log.info("Lease {} of apartment {} ends {}", ended.id(), apartment.objectNumber(), ended.endDate());
		return ended;
	}

	/**
	 * For pages that show the lease but not who holds it or lives there: reads no
	 * personal data, so writes no audit row.
	 * @param leaseId a lease
	 * @return the lease
	 * @throws ProblemException 404 for an unknown lease
	 */
	@Transactional(readOnly = true)
	public Lease lease(UUID leaseId) {
		return this.leases.find(leaseId).orElseThrow(() -> ProblemException.notFound("lease-not-found", leaseId));
	}

	/**
	 * Not read-only: reading a tenant or subtenant writes an audit row.
	 * @param leaseId a lease
	 * @return the lease with its tenant
	 */
	@Transactional
	public LeaseView get(UUID leaseId) {
		Lease lease = this.leases.find(leaseId)
			.orElseThrow(() -> ProblemException.notFound("lease-not-found", leaseId));
		Map<UUID, Subtenant> subtenants = subtenantsOf(List.of(lease));
		return new LeaseView(lease,
				(lease.tenantId() != null) ? this.tenants.find(lease.tenantId()).orElse(null) : null,
				(lease.placementId() != null) ? subtenants.get(lease.placementId()) : null);
	}

	/**
	 * Not read-only: reading tenants and subtenants writes audit rows.
	 * @param apartmentId an apartment
	 * @return its leases with their tenants (and social contracts' subtenants), the
	 * latest first
	 */
	@Transactional
	public List<LeaseView> history(UUID apartmentId) {
		List<Lease> history = this.leases.forApartment(apartmentId);
		Map<UUID, Tenant> tenantsById = this.tenants
			.findAll(history.stream().map(Lease::tenantId).filter(Objects::nonNull).distinct().toList());
		Map<UUID, Subtenant> subtenantsByPlacement = subtenantsOf(history);
		return history.stream()
			.map((lease) -> new LeaseView(lease, (lease.tenantId() != null) ? tenantsById.get(lease.tenantId()) : null,
					(lease.placementId() != null) ? subtenantsByPlacement.get(lease.placementId()) : null))
			.toList();
	}

	// The subtenants of social contracts signed for placements: reading them is audited.
	private Map<UUID, Subtenant> subtenantsOf(List<Lease> leases) {
		return this.subtenants.findByPlacements(leases.stream()
			.filter((lease) -> lease.type() == LeaseType.SOCIAL)
			.map(Lease::placementId)
			.filter(Objects::nonNull)
			.distinct()
			.toList());
	}

	/**
	 * @param apartmentId an apartment
	 * @return its leases without their tenants, the latest first
	 */
	@Transactional(readOnly = true)
	public List<Lease> leasesOf(UUID apartmentId) {
		return this.leases.forApartment(apartmentId);
	}

	private String tenantOf(Lease lease) {
		return (lease.type() == LeaseType.SOCIAL) ? this.properties.municipality() : null;
	}

}
