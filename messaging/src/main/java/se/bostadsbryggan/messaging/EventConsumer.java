package se.bostadsbryggan.messaging;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import se.bostadsbryggan.contracts.EventDefinition;

/**
 * An idempotent consumer: a name (its Kafka consumer group and its key in the
 * {@code processed_event} table) and a handler per event type. Declare one as a bean and
 * the messaging auto-configuration subscribes it to the topics of its events, records
 * each processed event id in the same transaction as the handler's effect, retries
 * transient failures with backoff and sends what still fails to {@code <topic>.dlt}.
 */
public final class EventConsumer {

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9.-]{2,100}");

	private final String name;

	private final Map<String, Registration<?>> handlers;

	private EventConsumer(String name, Map<String, Registration<?>> handlers) {
		this.name = name;
		// Keeps the order of registration, so the subscribed topics are listed as
		// declared.
		this.handlers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(handlers));
	}

	/**
	 * Starts a consumer.
	 * @param name a stable name such as {@code allocation.available-apartments}; changing
	 * it makes the consumer read its topics again from the start
	 * @return a builder
	 */
	public static Builder named(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Consumer name must match " + NAME + ": " + name);
		}
		return new Builder(name);
	}

	public String name() {
		return this.name;
	}

	Set<String> topics() {
		Set<String> topics = new LinkedHashSet<>();
		this.handlers.values().forEach((registration) -> topics.add(registration.definition().topic()));
		return topics;
	}

	Registration<?> handlerFor(String topic, String eventType, int version) {
		return this.handlers.get(key(topic, eventType, version));
	}

	private static String key(String topic, String type, int version) {
		return topic + "/" + type + "/" + version;
	}

	/**
	 * Handles one event. Runs inside the transaction that records the event as processed:
	 * throw to roll both back and have the event retried.
	 *
	 * @param <T> the payload record
	 */
	@FunctionalInterface
	public interface EventHandler<T> {

		void handle(ReceivedEvent<T> event);

	}

	record Registration<T>(EventDefinition<T> definition, EventHandler<T> handler) {
	}

	/** Collects the handlers of a consumer. */
	public static final class Builder {

		private final String name;

		private final Map<String, Registration<?>> handlers = new LinkedHashMap<>();

		private Builder(String name) {
			this.name = name;
		}

		public <T> Builder on(EventDefinition<T> definition, EventHandler<T> handler) {
			Objects.requireNonNull(handler, "handler");
			String key = key(definition.topic(), definition.type(), definition.version());
			if (this.handlers.putIfAbsent(key, new Registration<>(definition, handler)) != null) {
				throw new IllegalArgumentException("Two handlers for " + key);
			}
			return this;
		}

		public EventConsumer build() {
			if (this.handlers.isEmpty()) {
				throw new IllegalStateException("Consumer " + this.name + " handles no event");
			}
			return new EventConsumer(this.name, this.handlers);
		}

	}

}
