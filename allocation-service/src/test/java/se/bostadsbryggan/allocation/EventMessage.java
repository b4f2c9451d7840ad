package se.bostadsbryggan.allocation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import se.bostadsbryggan.contracts.EventDefinition;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.testsupport.GoldenEvents;
import se.bostadsbryggan.testsupport.KafkaProbe;

/**
 * A record as a producing service puts it on its topic: the envelope JSON as value, the
 * aggregate id as key, the event id and type as headers. Made from a contract's golden
 * example, as it is or with other ids and values (an Object Mother for events).
 *
 * @param topic the topic
 * @param key the Kafka key
 * @param value the record's value
 * @param eventId the event id (also the {@code bb-event-id} header)
 * @param eventType the event type (also the {@code bb-event-type} header)
 */
public record EventMessage(String topic, String key, String value, UUID eventId, String eventType) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * @param definition the event
	 * @return the golden example exactly as stored in the contract
	 */
	public static EventMessage golden(EventDefinition<?> definition) {
		JsonNode tree = GoldenEvents.tree(definition);
		return new EventMessage(definition.topic(), tree.get("aggregateId").asString(), GoldenEvents.text(definition),
				UUID.fromString(tree.get("eventId").asString()), tree.get("eventType").asString());
	}

	/**
	 * @param definition the event
	 * @return a builder that starts from the golden example with a fresh event id
	 */
	public static Builder like(EventDefinition<?> definition) {
		return new Builder(definition);
	}

	/**
	 * Sends this record, headers included, and waits for the broker's acknowledgement.
	 * @param kafka the probe
	 */
	public void sendWith(KafkaProbe kafka) {
		kafka.send(this.topic, this.key, this.value,
				Map.of(KafkaHeaders.EVENT_ID, this.eventId.toString(), KafkaHeaders.EVENT_TYPE, this.eventType));
	}

	/** Changes a golden example into another event. */
	public static final class Builder {

		private final String topic;

		private final ObjectNode envelope;

		private Builder(EventDefinition<?> definition) {
			this.topic = definition.topic();
			this.envelope = (ObjectNode) GoldenEvents.tree(definition);
			this.envelope.put("eventId", UUID.randomUUID().toString());
		}

		/**
		 * @param id the aggregate's id, as key, {@code aggregateId} and payload id field
		 * @param payloadField the payload's id field, e.g. {@code apartmentId}
		 * @return this builder
		 */
		public Builder about(UUID id, String payloadField) {
			this.envelope.put("aggregateId", id.toString());
			payload().put(payloadField, id.toString());
			return this;
		}

		/**
		 * @param id the aggregate's id as key and {@code aggregateId}, e.g. a year
		 * @return this builder
		 */
		public Builder aggregateId(String id) {
			this.envelope.put("aggregateId", id);
			return this;
		}

		public Builder eventType(String type) {
			this.envelope.put("eventType", type);
			return this;
		}

		public Builder occurredAt(Instant occurredAt) {
			this.envelope.put("occurredAt", occurredAt.toString());
			return this;
		}

		public Builder with(String payloadField, String value) {
			payload().put(payloadField, value);
			return this;
		}

		public Builder with(String payloadField, int value) {
			payload().put(payloadField, value);
			return this;
		}

		public Builder with(String payloadField, java.math.BigDecimal value) {
			payload().put(payloadField, value);
			return this;
		}

		public Builder with(String payloadField, boolean value) {
			payload().put(payloadField, value);
			return this;
		}

		/**
		 * @param payloadField a field of an object in the payload, as
		 * {@code accessibility.lift}
		 * @param value its value
		 * @return this builder
		 */
		public Builder withNested(String payloadField, boolean value) {
			String[] path = payloadField.split("\\.");
			((ObjectNode) payload().get(path[0])).put(path[1], value);
			return this;
		}

		/**
		 * @param payloadField a text field of an object in the payload, as
		 * {@code client.hmacSha256}
		 * @param value its value
		 * @return this builder
		 */
		public Builder withNested(String payloadField, String value) {
			String[] path = payloadField.split("\\.");
			((ObjectNode) payload().get(path[0])).put(path[1], value);
			return this;
		}

		/**
		 * @param payloadField an array field of keyed hashes, as {@code conflictPersons}
		 * @param keyId the key id of every hash
		 * @param hashes the hashes
		 * @return this builder
		 */
		public Builder withPersons(String payloadField, String keyId, String... hashes) {
			tools.jackson.databind.node.ArrayNode array = payload().putArray(payloadField);
			for (String hash : hashes) {
				array.addObject().put("keyId", keyId).put("hmacSha256", hash);
			}
			return this;
		}

		/**
		 * @param payloadField an array field
		 * @param values its strings
		 * @return this builder
		 */
		public Builder withStrings(String payloadField, String... values) {
			tools.jackson.databind.node.ArrayNode array = payload().putArray(payloadField);
			for (String value : values) {
				array.add(value);
			}
			return this;
		}

		public Builder withNull(String payloadField) {
			payload().putNull(payloadField);
			return this;
		}

		private ObjectNode payload() {
			return (ObjectNode) this.envelope.get("payload");
		}

		public EventMessage build() {
			return new EventMessage(this.topic, this.envelope.get("aggregateId").asString(),
					JSON.writeValueAsString(this.envelope), UUID.fromString(this.envelope.get("eventId").asString()),
					this.envelope.get("eventType").asString());
		}

	}

}
