package se.bostadsbryggan.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import se.bostadsbryggan.contracts.EventDefinition;

/**
 * Records an event in the {@code outbox_event} table inside the caller's transaction, so
 * the state change and its event commit together or not at all. The {@link OutboxRelay}
 * publishes it to Kafka after the commit.
 */
public class Outbox {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final PublishedEvents published;

	private final OutboxRelay relay;

	Outbox(JdbcClient jdbc, JsonMapper json, Clock clock, PublishedEvents published, OutboxRelay relay) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.published = published;
		this.relay = relay;
	}

	/**
	 * Adds an event to the outbox. Must run inside the transaction that makes the change.
	 * @param <T> the payload record
	 * @param definition which event this is
	 * @param aggregateId the aggregate's id: the Kafka key, which keeps its events in
	 * order
	 * @param payload the event's fields
	 * @return the event's id
	 * @throws IllegalStateException outside a transaction, or for an event this service
	 * does not publish
	 */
	public <T> UUID append(EventDefinition<T> definition, Object aggregateId, T payload) {
		Objects.requireNonNull(aggregateId, "aggregateId");
		Objects.requireNonNull(payload, "payload");
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException(
					"An event must be added to the outbox inside the transaction of its change");
		}
		if (!this.published.contains(definition)) {
			throw new IllegalStateException("This service does not publish " + definition.type());
		}
		UUID eventId = UUID.randomUUID();
		Instant occurredAt = this.clock.instant();
		EventEnvelope envelope = new EventEnvelope(eventId, definition.type(), definition.version(), occurredAt,
				aggregateId.toString(), this.json.valueToTree(payload));
		this.jdbc.sql("""
				insert into outbox_event (event_id, topic, aggregate_key, event_type, event_version, payload,
				                          correlation_id, occurred_at)
				values (:eventId, :topic, :key, :type, :version, :payload, :correlationId, :occurredAt)
				""")
			.param("eventId", eventId)
			.param("topic", definition.topic())
			.param("key", envelope.aggregateId())
			.param("type", definition.type())
			.param("version", definition.version())
			.param("payload", this.json.writeValueAsString(envelope))
			.param("correlationId", MDC.get(KafkaHeaders.CORRELATION_MDC_KEY))
			.param("occurredAt", Timestamp.from(occurredAt))
			.update();
		wakeRelayAtCommit();
		return eventId;
	}

	/**
	 * Once per transaction: sends the outbox's {@code NOTIFY}, which PostgreSQL delivers
	 * to the listening relays when the transaction commits (and drops on rollback), and
	 * wakes this JVM's relay after the commit.
	 */
	private void wakeRelayAtCommit() {
		MessagingProperties.Wake wake = this.relay.wake();
		if (wake == MessagingProperties.Wake.POLL || TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		if (wake == MessagingProperties.Wake.NOTIFY) {
			this.jdbc.sql("notify " + OutboxListener.CHANNEL).update();
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Outbox.this.relay.wakeUp();
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
			}
		});
	}

}
