package se.bostadsbryggan.allocation.need;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.contracts.social.HousingNeedRegistered;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.messaging.EventConsumer;
import se.bostadsbryggan.messaging.InvalidEventException;
import se.bostadsbryggan.messaging.ReceivedEvent;

/**
 * Queues the housing needs social services register. The messaging module subscribes the
 * consumer, drops redelivered events, retries transient failures and sends what can never
 * be processed to the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class HousingNeedsConsumer {

	/** The consumer's name: its Kafka consumer group and its key in the inbox. */
	static final String NAME = "allocation.housing-needs";

	@Bean
	EventConsumer housingNeedsEventConsumer(HousingNeedQueue queue) {
		return EventConsumer.named(NAME)
			.on(SocialEvents.HOUSING_NEED_REGISTERED, (event) -> queue.registered(need(event)))
			.build();
	}

	private static HousingNeed need(ReceivedEvent<HousingNeedRegistered> event) {
		HousingNeedRegistered need = event.payload();
		// A payload that breaks its contract can never be processed:
		// InvalidEventException
		// sends it straight to the dead-letter topic instead of retrying it.
		if (need.needReference() == null || event.occurredAt() == null) {
			throw new InvalidEventException(event.eventType() + " " + event.eventId()
					+ " lacks the need reference or occurredAt required by its contract", null);
		}
		if (need.householdSize() < 1 || need.roomsNeeded() < 1) {
			throw new InvalidEventException(
					event.eventType() + " " + event.eventId() + " has a household size or a number of rooms below 1",
					null);
		}
		return new HousingNeed(need.needReference(), need.householdSize(), need.roomsNeeded(), event.occurredAt());
	}

}
