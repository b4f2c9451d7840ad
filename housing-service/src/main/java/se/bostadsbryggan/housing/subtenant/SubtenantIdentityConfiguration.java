package se.bostadsbryggan.housing.subtenant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.contracts.social.SubtenantIdentityShared;
import se.bostadsbryggan.contracts.social.SubtenantIdentityWithheld;
import se.bostadsbryggan.messaging.EventConsumer;
import se.bostadsbryggan.messaging.InvalidEventException;

/**
 * The housing company's private keys for subtenants' identities, parsed at start, and the
 * consumer that receives the identities social services share at a placement. The
 * messaging module drops redelivered events, retries transient failures and dead-letters
 * what can never be processed.
 */
@Configuration(proxyBeanMethods = false)
class SubtenantIdentityConfiguration {

	/** The consumer's name: its Kafka consumer group and its key in the inbox. */
	static final String NAME = "housing.subtenant-identities";

	private static final Logger log = LoggerFactory.getLogger(SubtenantIdentityConfiguration.class);

	@Bean
	SubtenantKeys subtenantKeys(SubtenantIdentityProperties properties, ConfigurableEnvironment environment) {
		SubtenantKeys keys = SubtenantKeys.of(properties, environment.getSystemEnvironment());
		if (keys.byId().containsKey(SubtenantKeys.LOCAL_KEY_ID)) {
			log.warn("Subtenants' identities open with the local key {}: every real deployment makes its own key pair "
					+ "(BB_SUBTENANT_IDENTITY_PRIVATE_KEYS_<ID>)", SubtenantKeys.LOCAL_KEY_ID);
		}
		return keys;
	}

	@Bean
	EventConsumer subtenantIdentityEventConsumer(Subtenants subtenants) {
		return EventConsumer.named(NAME).on(SocialEvents.SUBTENANT_IDENTITY_SHARED, (event) -> {
			SubtenantIdentityShared shared = event.payload();
			try {
				subtenants.receive(shared);
			}
			catch (UnreadableSubtenantIdentity ex) {
				// Never the content, here or in the dead letter's headers: no cause.
				log.warn("{} {} of placement {} {}: dead-lettered", event.eventType(), event.eventId(),
						shared.placementId(), ex.getMessage());
				throw new InvalidEventException(event.eventType() + " " + event.eventId() + " " + ex.getMessage(),
						null);
			}
		}).on(SocialEvents.SUBTENANT_IDENTITY_WITHHELD, (event) -> {
			// Nothing to store: the lease shows that the subtenant's identity is awaited.
			SubtenantIdentityWithheld withheld = event.payload();
			log.info("Subtenant of placement {} withheld by social services: {}", withheld.placementId(),
					withheld.reason());
		}).build();
	}

}
