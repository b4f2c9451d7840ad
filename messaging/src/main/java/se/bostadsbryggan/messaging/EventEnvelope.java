package se.bostadsbryggan.messaging;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The JSON body of every event on a topic: the event's identity and type around its
 * payload.
 *
 * @param eventId unique id of this event, used by consumers to drop duplicates
 * @param eventType stable type name, e.g. {@code ApartmentVacated}
 * @param eventVersion version of the payload
 * @param occurredAt when the change committed in the producing service
 * @param aggregateId id of the aggregate the event is about; also the Kafka key
 * @param payload the event's own fields
 */
public record EventEnvelope(UUID eventId, String eventType, int eventVersion, Instant occurredAt, String aggregateId,
		JsonNode payload) {
}
