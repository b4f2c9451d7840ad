package se.bostadsbryggan.contracts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.social.SocialEvents;

import static org.assertj.core.api.Assertions.assertThat;

class EventCatalogueTest {

	private static List<EventDefinition<?>> all() {
		List<EventDefinition<?>> all = new ArrayList<>(HousingEvents.ALL);
		all.addAll(SocialEvents.ALL);
		all.addAll(AllocationEvents.ALL);
		return all;
	}

	@Test
	void everyEventHasAGoldenExample() {
		for (EventDefinition<?> definition : all()) {
			assertThat(getClass().getClassLoader().getResource(definition.goldenExample()))
				.as(definition.goldenExample())
				.isNotNull();
		}
	}

	@Test
	void eventTypeNamesAreUniquePerTopicAndNeverJavaClassNames() {
		Set<String> seen = new HashSet<>();
		for (EventDefinition<?> definition : all()) {
			assertThat(seen.add(definition.topic() + "/" + definition.type() + "/" + definition.version())).isTrue();
			assertThat(definition.type()).doesNotContain(".");
		}
	}

	@Test
	void topicsAreNamedByOwnerStreamAndVersion() {
		for (EventDefinition<?> definition : all()) {
			assertThat(definition.topic()).matches("(housing|social|allocation)\\.[a-z-]+\\.v[0-9]+");
		}
	}

}
