package se.bostadsbryggan.messaging;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import se.bostadsbryggan.contracts.EventDefinition;

/**
 * The events a service publishes. Declaring them creates their topics and lets the outbox
 * refuse an event the service does not own.
 */
public final class PublishedEvents {

	private final Set<EventDefinition<?>> definitions;

	private PublishedEvents(Collection<? extends EventDefinition<?>> definitions) {
		this.definitions = Set.copyOf(definitions);
	}

	public static PublishedEvents of(Collection<? extends EventDefinition<?>> definitions) {
		return new PublishedEvents(definitions);
	}

	public static PublishedEvents none() {
		return new PublishedEvents(List.of());
	}

	boolean contains(EventDefinition<?> definition) {
		return this.definitions.contains(definition);
	}

	Set<String> topics() {
		return this.definitions.stream()
			.map(EventDefinition::topic)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
