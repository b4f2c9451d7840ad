package se.bostadsbryggan.allocation.matching;

import java.util.List;

/**
 * Why a rule passed or failed, as a message key and its arguments, so the page says it in
 * the reader's language.
 *
 * @param rule the rule
 * @param passed whether the rule passed
 * @param key the message key
 * @param arguments the message's arguments
 */
public record Reason(Rule rule, boolean passed, String key, List<Object> arguments) {

	public Reason {
		arguments = List.copyOf(arguments);
	}

	static Reason passed(Rule rule, Object... arguments) {
		return new Reason(rule, true, "match.rule." + rule.name() + ".passed", List.of(arguments));
	}

	static Reason failed(Rule rule, Object... arguments) {
		return new Reason(rule, false, "match.rule." + rule.name() + ".failed", List.of(arguments));
	}

	/**
	 * @return the arguments as the message source takes them
	 */
	public Object[] args() {
		return this.arguments.toArray();
	}

	/**
	 * The rules of matching, and of the spread that blocks an apartment.
	 */
	public enum Rule {

		/** At least the rooms the household needs. */
		ROOMS,

		/** A rent at most the request's highest. */
		RENT,

		/** A lift, or the ground floor, when the household needs a lift. */
		LIFT,

		/** The ground floor, when the household needs it. */
		GROUND_FLOOR,

		/** An adapted apartment, when the household needs one. */
		ADAPTED,

		/** Not in an area the household must avoid. */
		AREA,

		/** The stairwell has the agreement's most social contracts and guarantees. */
		STAIRWELL_LIMIT,

		/** The property has the agreement's most social contracts and guarantees. */
		PROPERTY_LIMIT

	}

}
