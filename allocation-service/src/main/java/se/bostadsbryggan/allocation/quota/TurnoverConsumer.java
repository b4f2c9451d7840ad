package se.bostadsbryggan.allocation.quota;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.housing.TurnoverCalculated;
import se.bostadsbryggan.messaging.EventConsumer;
import se.bostadsbryggan.messaging.InvalidEventException;

/**
 * Keeps the housing company's turnover figures, the base of the yearly quota. The
 * messaging module drops redelivered events, retries transient failures and dead-letters
 * what can never be processed.
 */
@Configuration(proxyBeanMethods = false)
class TurnoverConsumer {

	/** The consumer's name: its Kafka consumer group and its key in the inbox. */
	static final String NAME = "allocation.turnover";

	@Bean
	EventConsumer turnoverEventConsumer(QuotaService quotas) {
		return EventConsumer.named(NAME).on(HousingEvents.TURNOVER_CALCULATED, (event) -> {
			TurnoverCalculated figure = event.payload();
			if (figure.year() < 2000 || figure.year() > 2100 || figure.reLets() < 0 || figure.apartmentsReLet() < 0
					|| figure.apartmentsReLet() > figure.reLets() || event.occurredAt() == null) {
				// Breaks its contract: never processable, so straight to the dead-letter
				// topic.
				throw new InvalidEventException(
						event.eventType() + " " + event.eventId() + " does not fit its contract", null);
			}
			quotas.turnoverPublished(new Turnover(figure.year(), figure.reLets(), figure.apartmentsReLet(),
					figure.apartments(), figure.yearClosed(), event.occurredAt()), event.eventId());
		}).build();
	}

}
