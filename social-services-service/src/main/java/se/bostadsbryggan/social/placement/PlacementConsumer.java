package se.bostadsbryggan.social.placement;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.allocation.PlacementAgreed;
import se.bostadsbryggan.messaging.EventConsumer;
import se.bostadsbryggan.messaging.InvalidEventException;

/**
 * Learns of the shared workflow's placements, to share the subtenant's identity or say
 * why not. The messaging module drops redelivered events, retries transient failures and
 * dead-letters what can never be processed.
 */
@Configuration(proxyBeanMethods = false)
class PlacementConsumer {

	/** The consumer's name: its Kafka consumer group and its key in the inbox. */
	static final String NAME = "social.placements";

	@Bean
	EventConsumer placementAgreedConsumer(PlacementService placements) {
		return EventConsumer.named(NAME).on(AllocationEvents.PLACEMENT_AGREED, (event) -> {
			PlacementAgreed placement = event.payload();
			if (placement.placementId() == null || placement.requestReference() == null
					|| placement.objectNumber() == null || placement.startDate() == null) {
				// Breaks its contract: straight to the dead-letter topic, no retries.
				throw new InvalidEventException(
						event.eventType() + " " + event.eventId() + " lacks a field its contract requires", null);
			}
			placements.agreed(placement);
		}).build();
	}

}
