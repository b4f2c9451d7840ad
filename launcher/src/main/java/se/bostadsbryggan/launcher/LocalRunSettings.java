package se.bostadsbryggan.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What {@link LocalRun} reads from the environment, with the defaults of a developer
 * machine.
 *
 * @param repo the repository root, holding {@code <module>/target/<module>-*.jar}
 * @param runDir where Kafka data ({@code kafka/}) and logs ({@code logs/}) go
 * @param pgUrl admin JDBC URL of PostgreSQL ({@code BB_PG_URL})
 * @param pgUser admin role ({@code BB_PG_USER})
 * @param pgPassword admin password ({@code BB_PG_PASSWORD})
 * @param kafkaPort broker client port ({@code BB_KAFKA_PORT})
 * @param gatewayPort {@code BB_GATEWAY_PORT}
 * @param housingPort {@code BB_HOUSING_PORT}
 * @param socialPort {@code BB_SOCIAL_PORT}
 * @param allocationPort {@code BB_ALLOCATION_PORT}
 * @param managementPort the gateway's Actuator port on loopback
 * ({@code BB_MANAGEMENT_PORT})
 * @param healthTimeout how long each app may take to report ready
 * ({@code BB_HEALTH_TIMEOUT_SECONDS}, 300 by default: loading the demo data takes about a
 * minute on an idle 2-core machine, several on a busy one)
 * @param databasePrefix put before each database and role name ({@code BB_DB_PREFIX},
 * empty by default), so that another run (the benchmarks, say) never touches a
 * developer's local data
 * @param aotCache whether the apps start from JDK AOT caches made in a training run
 * ({@code BB_AOT_CACHE}, on unless {@code off})
 */
record LocalRunSettings(Path repo, Path runDir, String pgUrl, String pgUser, String pgPassword, int kafkaPort,
		int gatewayPort, int housingPort, int socialPort, int allocationPort, int managementPort,
		Duration healthTimeout, String databasePrefix, boolean aotCache) {

	static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

	static LocalRunSettings from(Map<String, String> env, Path repo) {
		Path root = repo.toAbsolutePath().normalize();
		String runDir = env.get("BB_RUN_DIR");
		return new LocalRunSettings(root,
				(runDir != null && !runDir.isBlank()) ? root.resolve(runDir).normalize() : root.resolve(".run"),
				text(env, "BB_PG_URL", DEFAULT_PG_URL), text(env, "BB_PG_USER", "postgres"),
				env.getOrDefault("BB_PG_PASSWORD", ""), port(env, "BB_KAFKA_PORT", 9092),
				port(env, "BB_GATEWAY_PORT", 8080), port(env, "BB_HOUSING_PORT", 8081),
				port(env, "BB_SOCIAL_PORT", 8082), port(env, "BB_ALLOCATION_PORT", 8083),
				port(env, "BB_MANAGEMENT_PORT", 8090), seconds(env, "BB_HEALTH_TIMEOUT_SECONDS", 300),
				databasePrefix(env), AotCache.enabled(env));
	}

	private static String databasePrefix(Map<String, String> env) {
		String prefix = env.getOrDefault("BB_DB_PREFIX", "").strip();
		if (!prefix.isEmpty() && !prefix.matches("[a-z][a-z0-9_]{0,30}")) {
			throw new IllegalArgumentException(
					"BB_DB_PREFIX must be lower-case letters, digits and underscores, starting with a letter, not '"
							+ prefix + "'");
		}
		return prefix;
	}

	Path logDir() {
		return this.runDir.resolve("logs");
	}

	Path aotDir() {
		return this.runDir.resolve("aot");
	}

	Path kafkaDir() {
		return this.runDir.resolve("kafka");
	}

	/**
	 * The apps: the three services and the gateway, started together.
	 */
	List<App> apps() {
		return List.of(new App("housing-service", this.databasePrefix + "housing", this.housingPort, false),
				new App("social-services-service", this.databasePrefix + "social", this.socialPort, false),
				new App("allocation-service", this.databasePrefix + "allocation", this.allocationPort, false),
				new App("gateway", this.databasePrefix + "gateway", this.gatewayPort, true));
	}

	private static String text(Map<String, String> env, String name, String defaultValue) {
		String value = env.get(name);
		return (value != null && !value.isBlank()) ? value.strip() : defaultValue;
	}

	private static Duration seconds(Map<String, String> env, String name, int defaultValue) {
		String value = text(env, name, String.valueOf(defaultValue));
		try {
			int seconds = Integer.parseInt(value);
			if (seconds > 0) {
				return Duration.ofSeconds(seconds);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(name + " must be a number of seconds, not '" + value + "'");
	}

	private static int port(Map<String, String> env, String name, int defaultValue) {
		String value = text(env, name, String.valueOf(defaultValue));
		try {
			int port = Integer.parseInt(value);
			if (port > 0 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
	}

	/**
	 * One app of the system.
	 *
	 * @param module the Maven module, also the process name
	 * @param database its database, role and password (all the same locally)
	 * @param port its HTTP port
	 * @param gateway whether it is the gateway, started last
	 */
	record App(String module, String database, int port, boolean gateway) {

	}

}
