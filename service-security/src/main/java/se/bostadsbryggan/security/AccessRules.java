package se.bostadsbryggan.security;

import java.util.ArrayList;
import java.util.List;

/**
 * Which roles of the gateway's token reach which paths of a service. Each service
 * declares one as a bean; every path no rule names is denied (except the health
 * endpoints, which stay open, and {@code /actuator/info} and
 * {@code /actuator/prometheus}, which any valid token reaches).
 *
 * @param rules the rules, in order
 */
public record AccessRules(List<Rule> rules) {

	public AccessRules {
		rules = List.copyOf(rules);
	}

	/**
	 * @param patterns path patterns, e.g. {@code /housing/**}
	 * @return the start of a set of rules
	 */
	public static Builder paths(String... patterns) {
		return new Builder().paths(patterns);
	}

	/**
	 * Some paths and the roles (without {@code ROLE_}) that reach them.
	 *
	 * @param patterns the path patterns
	 * @param roles the roles
	 */
	public record Rule(List<String> patterns, List<String> roles) {

		public Rule {
			patterns = List.copyOf(patterns);
			roles = List.copyOf(roles);
			if (patterns.isEmpty() || roles.isEmpty()) {
				throw new IllegalArgumentException("A rule needs patterns and roles");
			}
		}

	}

	/** Builds rules: {@code paths(...).allow(...).paths(...).allow(...).build()}. */
	public static final class Builder {

		private final List<Rule> rules = new ArrayList<>();

		private List<String> pending = List.of();

		private Builder() {
		}

		public Builder paths(String... patterns) {
			this.pending = List.of(patterns);
			return this;
		}

		public Builder allow(String... roles) {
			this.rules.add(new Rule(this.pending, List.of(roles)));
			this.pending = List.of();
			return this;
		}

		public AccessRules build() {
			return new AccessRules(this.rules);
		}

	}

}
