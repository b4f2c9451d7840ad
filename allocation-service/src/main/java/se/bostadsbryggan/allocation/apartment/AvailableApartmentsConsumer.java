package se.bostadsbryggan.allocation.apartment;

import java.math.BigDecimal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.contracts.housing.ApartmentRegistered;
import se.bostadsbryggan.contracts.housing.ApartmentVacated;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.messaging.EventConsumer;
import se.bostadsbryggan.messaging.InvalidEventException;
import se.bostadsbryggan.messaging.ReceivedEvent;

/**
 * Keeps {@link AvailableApartments} up to date from the housing company's apartment
 * events. The messaging module subscribes the consumer, drops redelivered events, retries
 * transient failures and sends what can never be processed to the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class AvailableApartmentsConsumer {

	/** The consumer's name: its Kafka consumer group and its key in the inbox. */
	static final String NAME = "allocation.available-apartments";

	@Bean
	EventConsumer availableApartmentsEventConsumer(AvailableApartments apartments) {
		return EventConsumer.named(NAME)
			.on(HousingEvents.APARTMENT_REGISTERED, (event) -> apartments.registered(checkedRegistration(event)))
			.on(HousingEvents.APARTMENT_VACATED, (event) -> {
				ApartmentVacated vacated = checkedVacancy(event);
				apartments.vacated(event.eventId(), vacated.apartmentId(), vacated.objectNumber(),
						vacated.availableFrom(), required(event, event.occurredAt(), "occurredAt"));
			})
			.on(HousingEvents.APARTMENT_LET,
					(event) -> apartments.let(required(event, event.payload().apartmentId(), "apartmentId")))
			.build();
	}

	private static ApartmentRegistered checkedRegistration(ReceivedEvent<ApartmentRegistered> event) {
		ApartmentRegistered apartment = event.payload();
		required(event, apartment.apartmentId(), "apartmentId");
		required(event, apartment.objectNumber(), "objectNumber");
		required(event, apartment.address(), "address");
		required(event, apartment.stairwell(), "stairwell");
		positive(event, BigDecimal.valueOf(apartment.rooms()), "rooms");
		positive(event, required(event, apartment.areaSquareMetres(), "areaSquareMetres"), "areaSquareMetres");
		positive(event, required(event, apartment.monthlyRent(), "monthlyRent"), "monthlyRent");
		return apartment;
	}

	private static ApartmentVacated checkedVacancy(ReceivedEvent<ApartmentVacated> event) {
		ApartmentVacated vacated = event.payload();
		required(event, vacated.apartmentId(), "apartmentId");
		required(event, vacated.objectNumber(), "objectNumber");
		required(event, vacated.availableFrom(), "availableFrom");
		return vacated;
	}

	// A payload that breaks its contract can never be processed: InvalidEventException
	// sends it straight to the dead-letter topic instead of retrying it.
	private static <T> T required(ReceivedEvent<?> event, T value, String field) {
		if (value == null) {
			throw new InvalidEventException(
					event.eventType() + " " + event.eventId() + " lacks " + field + " required by its contract", null);
		}
		return value;
	}

	private static void positive(ReceivedEvent<?> event, BigDecimal value, String field) {
		if (value.signum() <= 0) {
			throw new InvalidEventException(
					event.eventType() + " " + event.eventId() + " has " + field + " " + value + ", not positive", null);
		}
	}

}
