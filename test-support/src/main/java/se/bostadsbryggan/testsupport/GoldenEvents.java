package se.bostadsbryggan.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import se.bostadsbryggan.contracts.EventDefinition;

/**
 * The golden JSON examples of the event contracts: what a producer must still write and
 * what a consumer must still read.
 */
public final class GoldenEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GoldenEvents() {
	}

	/**
	 * @param definition the event
	 * @return the golden example's text, exactly as stored
	 */
	public static String text(EventDefinition<?> definition) {
		try (InputStream in = GoldenEvents.class.getClassLoader().getResourceAsStream(definition.goldenExample())) {
			if (in == null) {
				throw new IllegalStateException("No golden example at " + definition.goldenExample());
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param definition the event
	 * @return the golden example as a tree
	 */
	public static JsonNode tree(EventDefinition<?> definition) {
		return JSON.readTree(text(definition));
	}

	/**
	 * The golden example with a new event id, as a second distinct event of the same
	 * content.
	 * @param definition the event
	 * @param eventId the id to give it
	 * @return the JSON text
	 */
	public static String withEventId(EventDefinition<?> definition, UUID eventId) {
		ObjectNode tree = (ObjectNode) tree(definition);
		tree.put("eventId", eventId.toString());
		return JSON.writeValueAsString(tree);
	}

	/**
	 * @param definition the event
	 * @return the golden example's payload, read as its record
	 * @param <T> the payload record
	 */
	public static <T> T payload(EventDefinition<T> definition) {
		return JSON.treeToValue(tree(definition).get("payload"), definition.payloadType());
	}

}
