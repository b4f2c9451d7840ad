package se.bostadsbryggan.allocation.offer;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.contracts.EventDefinition;
import se.bostadsbryggan.contracts.housing.ConflictCheckAnswered;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.messaging.EventConsumer;
import se.bostadsbryggan.messaging.InvalidEventException;

/**
 * What offers learn from the housing company: the answers to conflict checks, and the
 * signed social contracts of placements. The messaging module's inbox drops redelivered
 * events; the offer's status makes a late answer a no-op too.
 */
@Configuration(proxyBeanMethods = false)
class OfferConsumers {

	/** The consumer of conflict check answers: its Kafka group and inbox key. */
	static final String CONFLICT_CHECKS = "allocation.conflict-checks";

	/** The consumer of signed leases for placements. */
	static final String SIGNED_PLACEMENTS = "allocation.placement-leases";

	/**
	 * {@code LeaseStarted} read for the placement it carries: the housing company adds
	 * the optional {@code placementId} to the leases it signs on {@code PlacementAgreed}.
	 * Read with a record of its own so this consumer does not depend on the contract
	 * record having the field; unknown fields are ignored.
	 */
	static final EventDefinition<SignedLease> LEASE_STARTED = new EventDefinition<>(HousingEvents.LEASE_TOPIC,
			HousingEvents.LEASE_STARTED.type(), HousingEvents.LEASE_STARTED.version(), SignedLease.class);

	@Bean
	EventConsumer conflictCheckConsumer(OfferService offers) {
		return EventConsumer.named(CONFLICT_CHECKS).on(HousingEvents.CONFLICT_CHECK_ANSWERED, (event) -> {
			ConflictCheckAnswered answer = event.payload();
			if (answer.checkId() == null || answer.result() == null) {
				throw new InvalidEventException(
						event.eventType() + " " + event.eventId() + " lacks a field its contract requires", null);
			}
			offers.conflictChecked(answer.checkId(), answer.result());
		}).build();
	}

	@Bean
	EventConsumer placementLeaseConsumer(OfferService offers) {
		return EventConsumer.named(SIGNED_PLACEMENTS).on(LEASE_STARTED, (event) -> {
			SignedLease lease = event.payload();
			if (lease.placementId() != null && lease.leaseId() != null) {
				offers.leaseSigned(lease.placementId(), lease.leaseId());
			}
		}).build();
	}

	/**
	 * The fields of {@code LeaseStarted} a placement needs.
	 *
	 * @param leaseId the lease
	 * @param leaseType its type
	 * @param placementId the placement it signs, absent for other leases
	 */
	record SignedLease(UUID leaseId, String leaseType, UUID placementId) {
	}

}
