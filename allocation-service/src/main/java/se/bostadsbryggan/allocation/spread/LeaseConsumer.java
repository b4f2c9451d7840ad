package se.bostadsbryggan.allocation.spread;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.housing.LeaseEnded;
import se.bostadsbryggan.contracts.housing.LeaseStarted;
import se.bostadsbryggan.messaging.EventConsumer;
import se.bostadsbryggan.messaging.InvalidEventException;
import se.bostadsbryggan.messaging.ReceivedEvent;

/**
 * Keeps the leases of {@link Spread} from the housing company's lease events. The
 * messaging module drops redelivered events, retries transient failures and dead-letters
 * what can never be processed.
 */
@Configuration(proxyBeanMethods = false)
class LeaseConsumer {

	/** The consumer's name: its Kafka consumer group and its key in the inbox. */
	static final String NAME = "allocation.leases";

	private static final Set<String> TYPES = Set.of("FIRST_HAND", "SOCIAL", "GUARANTEED");

	@Bean
	EventConsumer leaseEventConsumer(Spread spread) {
		return EventConsumer.named(NAME).on(HousingEvents.LEASE_STARTED, (event) -> {
			LeaseStarted lease = event.payload();
			check(event, lease.leaseId() != null && lease.apartmentId() != null && lease.stairwell() != null
					&& TYPES.contains(lease.leaseType()) && lease.startDate() != null);
			spread.started(new Lease(lease.leaseId(), lease.apartmentId(), lease.stairwell(), lease.leaseType(),
					lease.startDate(), lease.endDate()));
		}).on(HousingEvents.LEASE_ENDED, (event) -> {
			LeaseEnded lease = event.payload();
			check(event, lease.leaseId() != null && lease.apartmentId() != null && lease.stairwell() != null
					&& TYPES.contains(lease.leaseType()) && lease.startDate() != null && lease.endDate() != null);
			spread.ended(new Lease(lease.leaseId(), lease.apartmentId(), lease.stairwell(), lease.leaseType(),
					lease.startDate(), lease.endDate()));
		}).build();
	}

	// A payload that breaks its contract can never be processed: InvalidEventException
	// sends it straight to the dead-letter topic instead of retrying it.
	private static void check(ReceivedEvent<?> event, boolean valid) {
		if (!valid) {
			throw new InvalidEventException(
					event.eventType() + " " + event.eventId() + " lacks a field its contract requires", null);
		}
	}

}
