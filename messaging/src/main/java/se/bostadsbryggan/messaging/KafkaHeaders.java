package se.bostadsbryggan.messaging;

/**
 * Header names the services put on every Kafka record, so tools and consumers can route
 * and trace a message without parsing its body.
 */
public final class KafkaHeaders {

	/** The event's id, the same as {@code eventId} in the envelope. */
	public static final String EVENT_ID = "bb-event-id";

	/** The event's stable type name. */
	public static final String EVENT_TYPE = "bb-event-type";

	/** The correlation id of the user action that caused the event. */
	public static final String CORRELATION_ID = "bb-correlation-id";

	/** The MDC key under which the correlation id is logged. */
	public static final String CORRELATION_MDC_KEY = "correlationId";

	private KafkaHeaders() {
	}

}
