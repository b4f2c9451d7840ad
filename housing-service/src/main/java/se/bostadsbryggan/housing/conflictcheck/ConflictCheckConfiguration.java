package se.bostadsbryggan.housing.conflictcheck;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.allocation.ConflictCheckRequested;
import se.bostadsbryggan.identity.KeyedHashes;
import se.bostadsbryggan.messaging.EventConsumer;
import se.bostadsbryggan.messaging.InvalidEventException;

/**
 * The keyed hashes shared with social services, and the consumer that answers the shared
 * workflow's conflict checks. The messaging module drops redelivered events, retries
 * transient failures and dead-letters what can never be processed.
 */
@Configuration(proxyBeanMethods = false)
class ConflictCheckConfiguration {

	/** The consumer's name: its Kafka consumer group and its key in the inbox. */
	static final String NAME = "housing.conflict-checks";

	private static final Logger log = LoggerFactory.getLogger(ConflictCheckConfiguration.class);

	@Bean
	KeyedHashes keyedHashes(PseudonymProperties properties) {
		KeyedHashes hashes = new KeyedHashes(properties.keys(), properties.currentKeyId());
		if (KeyedHashes.LOCAL_KEY_ID.equals(properties.currentKeyId())) {
			log.warn(
					"Keyed hashes use the local key {}: set bb.pseudonym.keys and bb.pseudonym.current-key-id "
							+ "(the secret shared with social services) in every real deployment",
					KeyedHashes.LOCAL_KEY_ID);
		}
		return hashes;
	}

	@Bean
	EventConsumer conflictCheckEventConsumer(ConflictChecks checks) {
		return EventConsumer.named(NAME).on(AllocationEvents.CONFLICT_CHECK_REQUESTED, (event) -> {
			ConflictCheckRequested request = event.payload();
			if (request.checkId() == null || request.stairwell() == null
					|| request.conflictPersons().stream().anyMatch((person) -> person == null)) {
				// Breaks its contract: straight to the dead-letter topic, no retries.
				throw new InvalidEventException(
						event.eventType() + " " + event.eventId() + " lacks a field its contract requires", null);
			}
			checks.answer(request);
		}).build();
	}

}
