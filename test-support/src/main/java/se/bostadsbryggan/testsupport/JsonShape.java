package se.bostadsbryggan.testsupport;

import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares the shape of two JSON documents (field names and value types, recursively),
 * not their values: what a producer writes must keep the shape of its golden example.
 */
public final class JsonShape {

	private JsonShape() {
	}

	public static void assertSameShape(JsonNode actual, JsonNode golden) {
		compare("$", actual, golden);
	}

	private static void compare(String path, JsonNode actual, JsonNode golden) {
		if (golden.isObject()) {
			assertThat(actual.isObject()).as("%s is an object", path).isTrue();
			Set<String> goldenNames = names(golden.propertyNames().iterator());
			Set<String> actualNames = names(actual.propertyNames().iterator());
			assertThat(actualNames).as("fields of %s", path).isEqualTo(goldenNames);
			for (String name : goldenNames) {
				compare(path + "." + name, actual.get(name), golden.get(name));
			}
		}
		else if (golden.isArray()) {
			assertThat(actual.isArray()).as("%s is an array", path).isTrue();
			if (!golden.isEmpty() && !actual.isEmpty()) {
				compare(path + "[0]", actual.get(0), golden.get(0));
			}
		}
		else if (golden.isNumber()) {
			assertThat(actual.isNumber()).as("%s is a number", path).isTrue();
		}
		else if (golden.isNull()) {
			return;
		}
		else {
			assertThat(actual.getNodeType()).as("type of %s", path).isEqualTo(golden.getNodeType());
		}
	}

	private static Set<String> names(Iterator<String> names) {
		Set<String> set = new TreeSet<>();
		names.forEachRemaining(set::add);
		return set;
	}

}
