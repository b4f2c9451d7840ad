package se.bostadsbryggan.messaging;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as a consumer's handler receives it.
 *
 * @param <T> the payload record
 * @param eventId unique id of the event
 * @param eventType stable type name
 * @param occurredAt when the change committed in the producing service
 * @param aggregateId id of the aggregate the event is about
 * @param payload the event's payload
 */
public record ReceivedEvent<T>(UUID eventId, String eventType, Instant occurredAt, String aggregateId, T payload) {
}
