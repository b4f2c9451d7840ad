package se.bostadsbryggan.housing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import se.bostadsbryggan.contracts.EventDefinition;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.testsupport.KafkaProbe;

/**
 * Events of other services as they put them on their topics (envelope as value, aggregate
 * id as key, event id and type as headers), and what housing-service published.
 */
public final class IncomingEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private IncomingEvents() {
	}

	/**
	 * Sends an event and waits for the broker's acknowledgement.
	 * @param kafka the probe
	 * @param definition which event
	 * @param eventId its id: the same id twice is a redelivery
	 * @param key the aggregate id, as Kafka key
	 * @param payload the payload record
	 */
	public static void send(KafkaProbe kafka, EventDefinition<?> definition, UUID eventId, Object key, Object payload) {
		ObjectNode envelope = JSON.createObjectNode();
		envelope.put("eventId", eventId.toString());
		envelope.put("eventType", definition.type());
		envelope.put("eventVersion", definition.version());
		envelope.put("occurredAt", Instant.now().toString());
		envelope.put("aggregateId", key.toString());
		envelope.set("payload", JSON.valueToTree(payload));
		kafka.send(definition.topic(), key.toString(), JSON.writeValueAsString(envelope),
				Map.of(KafkaHeaders.EVENT_ID, eventId.toString(), KafkaHeaders.EVENT_TYPE, definition.type()));
	}

	/**
	 * @param kafka the probe
	 * @param definition which event
	 * @param key the Kafka key
	 * @return the records of that event with that key, in order
	 */
	public static List<ConsumerRecord<String, String>> published(KafkaProbe kafka, EventDefinition<?> definition,
			Object key) {
		return kafka.readAll(definition.topic())
			.stream()
			.filter((r) -> key.toString().equals(r.key())
					&& definition.type().equals(KafkaProbe.header(r, KafkaHeaders.EVENT_TYPE)))
			.toList();
	}

}
