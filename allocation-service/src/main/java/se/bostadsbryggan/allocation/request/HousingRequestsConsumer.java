package se.bostadsbryggan.allocation.request;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.contracts.social.HousingRequestSubmitted;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.messaging.EventConsumer;
import se.bostadsbryggan.messaging.InvalidEventException;
import se.bostadsbryggan.messaging.ReceivedEvent;

/**
 * Queues the housing requests social services submit. The messaging module drops
 * redelivered events, retries transient failures and dead-letters what can never be
 * processed.
 */
@Configuration(proxyBeanMethods = false)
class HousingRequestsConsumer {

	/** The consumer's name: its Kafka consumer group and its key in the inbox. */
	static final String NAME = "allocation.housing-requests";

	@Bean
	EventConsumer housingRequestsEventConsumer(HousingRequestQueue queue) {
		return EventConsumer.named(NAME).on(SocialEvents.HOUSING_REQUEST_SUBMITTED, (event) -> {
			HousingRequestSubmitted request = checked(event);
			HousingRequestSubmitted.Accessibility access = (request.accessibility() != null) ? request.accessibility()
					: new HousingRequestSubmitted.Accessibility(false, false, false);
			List<String> areas = (request.areasToAvoid() != null)
					? request.areasToAvoid().stream().filter((area) -> area != null && !area.isBlank()).toList()
					: List.of();
			List<String[]> conflicts = (request.conflictPersons() != null) ? request.conflictPersons()
				.stream()
				.map((person) -> new String[] { person.keyId(), person.hmacSha256() })
				.toList() : List.of();
			queue.submitted(
					new HousingRequest(request.requestReference(), request.householdSize(), request.roomsNeeded(),
							request.maxRent(), access.lift(), access.groundFloor(), access.adapted(), areas,
							request.caseworker(), "WAITING", event.occurredAt()),
					request.client().keyId(), request.client().hmacSha256(), conflicts);
		}).build();
	}

	// A payload that breaks its contract can never be processed: InvalidEventException
	// sends it straight to the dead-letter topic instead of retrying it.
	private static HousingRequestSubmitted checked(ReceivedEvent<HousingRequestSubmitted> event) {
		HousingRequestSubmitted request = event.payload();
		boolean valid = request.requestReference() != null && event.occurredAt() != null && request.householdSize() >= 1
				&& request.roomsNeeded() >= 1 && (request.maxRent() == null || request.maxRent() > 0)
				&& request.client() != null && request.client().keyId() != null && request.client().hmacSha256() != null
				&& (request.conflictPersons() == null || request.conflictPersons()
					.stream()
					.allMatch((person) -> person != null && person.keyId() != null && person.hmacSha256() != null));
		if (!valid) {
			throw new InvalidEventException(event.eventType() + " " + event.eventId() + " does not fit its contract",
					null);
		}
		return request;
	}

}
