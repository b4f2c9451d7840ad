package se.bostadsbryggan.contracts;

import java.util.Objects;

/**
 * What a consumer and a producer agree on for one kind of event: the topic it travels on,
 * its stable name (never a Java class name), its version and the record that carries its
 * payload.
 *
 * @param <T> the payload record
 * @param topic the Kafka topic, named by owner and stream, e.g.
 * {@code housing.apartment.v1}
 * @param type the stable event type name, e.g. {@code ApartmentVacated}
 * @param version the payload version; a breaking change is a new version
 * @param payloadType the payload record
 */
public record EventDefinition<T>(String topic, String type, int version, Class<T> payloadType) {

	public EventDefinition {
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(payloadType, "payloadType");
		if (version < 1) {
			throw new IllegalArgumentException("version must be 1 or more");
		}
	}

	/**
	 * The classpath location of this event's golden JSON example.
	 * @return a resource path such as
	 * {@code contracts/housing.apartment.v1/ApartmentVacated.v1.json}
	 */
	public String goldenExample() {
		return "contracts/" + this.topic + "/" + this.type + ".v" + this.version + ".json";
	}

}
