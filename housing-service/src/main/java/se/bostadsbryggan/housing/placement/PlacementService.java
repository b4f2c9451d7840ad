package se.bostadsbryggan.housing.placement;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.contracts.allocation.PlacementAgreed;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.housing.PlacementRefused;
import se.bostadsbryggan.housing.apartment.Apartment;
import se.bostadsbryggan.housing.apartment.ApartmentService;
import se.bostadsbryggan.housing.lease.Lease;
import se.bostadsbryggan.housing.lease.LeaseService;
import se.bostadsbryggan.messaging.Outbox;

/**
 * Signs the social contract of a placement agreed in the shared workflow, through
 * {@link LeaseService} so that the lease rules and events ({@code LeaseStarted} with the
 * placement's id, {@code ApartmentLet}) apply as for any lease. When it cannot be signed
 * (unknown apartment, another object number, the apartment let on or after the start day)
 * nothing is changed but the refusal: it is recorded in {@code placement} and published
 * as {@code PlacementRefused}, once per placement. A placement seen before, under any
 * event id, is not signed again.
 */
@Service
public class PlacementService {

	private static final Logger log = LoggerFactory.getLogger(PlacementService.class);

	private final JdbcClient jdbc;

	private final ApartmentService apartments;

	private final LeaseService leases;

	private final Outbox outbox;

	private final Clock clock;

	PlacementService(JdbcClient jdbc, ApartmentService apartments, LeaseService leases, Outbox outbox, Clock clock) {
		this.jdbc = jdbc;
		this.apartments = apartments;
		this.leases = leases;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Signs the placement's social contract or refuses it, in the caller's transaction
	 * (the consumer's, which records the event as processed).
	 * @param placement the placement
	 * @return the signed lease, or empty if refused now or handled before
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Lease> sign(PlacementAgreed placement) {
		if (handledBefore(placement.placementId())) {
			log.info("Placement {} was handled before", placement.placementId());
			return Optional.empty();
		}
		Optional<Apartment> apartment = this.apartments.find(placement.apartmentId());
		if (apartment.isEmpty()) {
			return refuse(placement, PlacementRefused.Reason.APARTMENT_UNKNOWN);
		}
		if (placement.objectNumber() != null && !placement.objectNumber().equals(apartment.get().objectNumber())) {
			return refuse(placement, PlacementRefused.Reason.OBJECT_NUMBER_MISMATCH);
		}
		Optional<Lease> lease = this.leases.signForPlacement(placement.placementId(), placement.apartmentId(),
				placement.startDate());
		if (lease.isEmpty()) {
			return refuse(placement, PlacementRefused.Reason.APARTMENT_LET);
		}
		record(placement, lease.get().id(), null);
		return lease;
	}

	/**
	 * @param placementId a placement
	 * @return why it was refused, if it was
	 */
	@Transactional(readOnly = true)
	public Optional<PlacementRefused.Reason> refusal(UUID placementId) {
		return this.jdbc.sql("select refusal_reason from placement where placement_id = :id")
			.param("id", placementId)
			.query(String.class)
			.optional()
			.map(PlacementRefused.Reason::valueOf);
	}

	// Events of one apartment (the Kafka key) are handled one at a time, and the lease's
	// unique placement id backs this check.
	private boolean handledBefore(UUID placementId) {
		return this.jdbc.sql("select exists (select 1 from placement where placement_id = :id)")
			.param("id", placementId)
			.query(Boolean.class)
			.single();
	}

	private void record(PlacementAgreed placement, UUID leaseId, PlacementRefused.Reason refusal) {
		this.jdbc.sql("""
				insert into placement (placement_id, apartment_id, object_number, request_reference, start_date,
				                       lease_id, refusal_reason, received_at)
				values (:placement, :apartment, :objectNumber, :request, :start, :lease, :refusal, :now)
				""")
			.param("placement", placement.placementId())
			.param("apartment", placement.apartmentId())
			.param("objectNumber", placement.objectNumber())
			.param("request", placement.requestReference())
			.param("start", Date.valueOf(placement.startDate()))
			.param("lease", leaseId)
			.param("refusal", (refusal != null) ? refusal.name() : null)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	private Optional<Lease> refuse(PlacementAgreed placement, PlacementRefused.Reason reason) {
		record(placement, null, reason);
		this.outbox.append(HousingEvents.PLACEMENT_REFUSED, placement.apartmentId(),
				new PlacementRefused(placement.placementId(), placement.apartmentId(), reason));
		log.warn("Placement {} of apartment {} ({}) from {} refused: {}", placement.placementId(),
				placement.apartmentId(), placement.objectNumber(), placement.startDate(), reason);
		return Optional.empty();
	}

}
