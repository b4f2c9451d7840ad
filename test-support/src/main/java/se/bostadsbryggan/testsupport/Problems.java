package se.bostadsbryggan.testsupport;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code errors} of an RFC 9457 validation problem detail as the services write
 * it: one entry per invalid field, with its message in the caller's language.
 */
public final class Problems {

	private Problems() {
	}

	/**
	 * @param problem the problem detail
	 * @return the invalid fields, in the order listed
	 */
	public static List<String> fields(JsonNode problem) {
		return problem.get("errors").valueStream().map((error) -> error.get("field").asString()).toList();
	}

	/**
	 * @param problem the problem detail
	 * @param field an invalid field
	 * @return the first message given for it
	 */
	public static String messageOf(JsonNode problem, String field) {
		return problem.get("errors")
			.valueStream()
			.filter((error) -> field.equals(error.get("field").asString()))
			.map((error) -> error.get("message").asString())
			.findFirst()
			.orElseThrow(() -> new AssertionError("No error for field " + field + " in " + problem));
	}

}
