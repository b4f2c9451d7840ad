package se.bostadsbryggan.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a Kafka record into one handler call, exactly once per consumer and event id: the
 * id is recorded in {@code processed_event} in the same transaction as the handler's
 * effect, so a redelivered event finds its id and does nothing.
 */
class InboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(InboxDispatcher.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final java.time.Clock clock;

	private final MeterRegistry meters;

	InboxDispatcher(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, java.time.Clock clock,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.clock = clock;
		this.meters = meters;
	}

	void dispatch(EventConsumer consumer, ConsumerRecord<String, String> record) {
		String correlationId = header(record, KafkaHeaders.CORRELATION_ID);
		if (correlationId != null) {
			MDC.put(KafkaHeaders.CORRELATION_MDC_KEY, correlationId);
		}
		try {
			EventEnvelope envelope = parse(record);
			EventConsumer.Registration<?> registration = consumer.handlerFor(record.topic(), envelope.eventType(),
					envelope.eventVersion());
			if (registration == null) {
				count("bb.events.unknown", consumer, record.topic(), envelope.eventType());
				log.warn("Consumer {} skipped unknown event type {} v{} on {} (event {})", consumer.name(),
						envelope.eventType(), envelope.eventVersion(), record.topic(), envelope.eventId());
				return;
			}
			handle(consumer, record.topic(), envelope, registration);
		}
		finally {
			MDC.remove(KafkaHeaders.CORRELATION_MDC_KEY);
		}
	}

	private <T> void handle(EventConsumer consumer, String topic, EventEnvelope envelope,
			EventConsumer.Registration<T> registration) {
		T payload = payload(envelope, registration);
		ReceivedEvent<T> event = new ReceivedEvent<>(envelope.eventId(), envelope.eventType(), envelope.occurredAt(),
				envelope.aggregateId(), payload);
		Boolean processed = this.transactions.execute((status) -> {
			int inserted = this.jdbc.sql("""
					insert into processed_event (consumer, event_id, event_type, processed_at)
					values (:consumer, :eventId, :eventType, :now)
					on conflict do nothing
					""")
				.param("consumer", consumer.name())
				.param("eventId", envelope.eventId())
				.param("eventType", envelope.eventType())
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
			if (inserted == 0) {
				return false;
			}
			registration.handler().handle(event);
			return true;
		});
		if (Boolean.TRUE.equals(processed)) {
			count("bb.events.processed", consumer, topic, envelope.eventType());
			log.debug("Consumer {} processed {} {}", consumer.name(), envelope.eventType(), envelope.eventId());
		}
		else {
			count("bb.events.duplicate", consumer, topic, envelope.eventType());
			log.info("Consumer {} dropped duplicate {} {}", consumer.name(), envelope.eventType(), envelope.eventId());
		}
	}

	private EventEnvelope parse(ConsumerRecord<String, String> record) {
		if (record.value() == null) {
			throw new InvalidEventException(
					"Empty message at " + record.topic() + "-" + record.partition() + "@" + record.offset(), null);
		}
		try {
			EventEnvelope envelope = this.json.readValue(record.value(), EventEnvelope.class);
			if (envelope.eventId() == null || envelope.eventType() == null || envelope.eventVersion() < 1
					|| envelope.occurredAt() == null || envelope.payload() == null) {
				throw new InvalidEventException("Message is not an event envelope (eventId, eventType, eventVersion, "
						+ "occurredAt and payload are required) at " + record.topic() + "-" + record.partition() + "@"
						+ record.offset(), null);
			}
			return envelope;
		}
		catch (JacksonException ex) {
			throw new InvalidEventException("Message is not JSON at " + record.topic() + "-" + record.partition() + "@"
					+ record.offset() + ": " + ex.getOriginalMessage(), ex);
		}
	}

	private <T> T payload(EventEnvelope envelope, EventConsumer.Registration<T> registration) {
		try {
			return this.json.treeToValue(envelope.payload(), registration.definition().payloadType());
		}
		catch (JacksonException ex) {
			throw new InvalidEventException("Payload of " + envelope.eventType() + " " + envelope.eventId()
					+ " does not fit its contract: " + ex.getOriginalMessage(), ex);
		}
	}

	private void count(String meter, EventConsumer consumer, String topic, String type) {
		Counter.builder(meter)
			.tag("consumer", consumer.name())
			.tag("topic", topic)
			.tag("type", type)
			.register(this.meters)
			.increment();
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}
