package se.bostadsbryggan.housing.disturbance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.contracts.housing.DisturbanceConcluded;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.housing.lease.Lease;
import se.bostadsbryggan.housing.lease.LeaseService;
import se.bostadsbryggan.housing.lease.LeaseType;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.web.ProblemException;

/**
 * Disturbance and damage reports: reported by staff, then verified or dismissed with a
 * reason. For social contracts and guaranteed leases only, the conclusion (never the
 * description or the reason) is published; an ordinary tenant's reports never leave the
 * housing company.
 */
@Service
public class DisturbanceService {

	private static final Logger log = LoggerFactory.getLogger(DisturbanceService.class);

	private static final Set<LeaseType> FOLLOWED = Set.of(LeaseType.SOCIAL, LeaseType.GUARANTEED);

	private final DisturbanceRepository disturbances;

	private final LeaseService leases;

	private final Outbox outbox;

	private final Clock clock;

	DisturbanceService(DisturbanceRepository disturbances, LeaseService leases, Outbox outbox, Clock clock) {
		this.disturbances = disturbances;
		this.leases = leases;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Reports a disturbance or damage on a lease.
	 * @param leaseId the lease
	 * @param command what happened
	 * @return the new report
	 * @throws ProblemException 404 for an unknown lease, 400 for a day in the future
	 */
	@Transactional
	public Disturbance report(UUID leaseId, ReportDisturbance command) {
		Lease lease = this.leases.lease(leaseId);
		LocalDate today = LocalDate.now(this.clock);
		if (command.occurredOn().isAfter(today)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "disturbance-in-future", today);
		}
		Disturbance disturbance = new Disturbance(UUID.randomUUID(), lease.id(), command.occurredOn(),
				command.category(), command.description(), DisturbanceStatus.REPORTED, null, this.clock.instant(),
				null);
		this.disturbances.insert(disturbance);
		log.info("Disturbance {} ({}) reported on lease {}", disturbance.id(), disturbance.category(), lease.id());
		return disturbance;
	}

	/**
	 * Verifies or dismisses a report.
	 * @param id the report
	 * @param command the outcome and its reason
	 * @return the report as it is now
	 * @throws ProblemException 404 for an unknown report, 409 if it was concluded
	 * already, 400 for an outcome that is not a conclusion
	 */
	@Transactional
	public Disturbance conclude(UUID id, ConcludeDisturbance command) {
		Disturbance disturbance = this.disturbances.find(id)
			.orElseThrow(() -> ProblemException.notFound("disturbance-not-found", id));
		if (command.outcome() == DisturbanceStatus.REPORTED) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "disturbance-outcome-invalid");
		}
		if (!this.disturbances.conclude(id, command.outcome(), command.reason(), this.clock.instant())) {
			throw ProblemException.conflict("disturbance-already-concluded", disturbance.occurredOn());
		}
		Lease lease = this.leases.lease(disturbance.leaseId());
		if (FOLLOWED.contains(lease.type())) {
			this.outbox.append(HousingEvents.DISTURBANCE_CONCLUDED, lease.id(),
					new DisturbanceConcluded(id, lease.id(), lease.apartmentId(), lease.type().name(),
							disturbance.occurredOn(), disturbance.category().name(), command.outcome().name()));
		}
		log.info("Disturbance {} on lease {} {}", id, lease.id(), command.outcome());
		return this.disturbances.find(id).orElseThrow();
	}

	/**
	 * @param leaseId a lease
	 * @return its reports, the latest first
	 * @throws ProblemException 404 for an unknown lease
	 */
	@Transactional(readOnly = true)
	public List<Disturbance> forLease(UUID leaseId) {
		this.leases.lease(leaseId);
		return this.disturbances.forLease(leaseId);
	}

	/**
	 * @param id a report
	 * @return the report
	 * @throws ProblemException 404 for an unknown report
	 */
	@Transactional(readOnly = true)
	public Disturbance get(UUID id) {
		return this.disturbances.find(id).orElseThrow(() -> ProblemException.notFound("disturbance-not-found", id));
	}

}
