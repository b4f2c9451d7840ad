package se.bostadsbryggan.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where the tests' PostgreSQL comes from, decided once per test JVM: an explicit server
 * ({@code BB_TEST_PG_URL}, {@code BB_TEST_PG_USER}, {@code BB_TEST_PG_PASSWORD}, as
 * environment variables or system properties), else a Testcontainers PostgreSQL when a
 * Docker engine answers, else the local server on 127.0.0.1:5432 as {@code postgres}.
 * <p>
 * Every test context gets a fresh, uniquely named database, so runs never see each
 * other's data; the databases are dropped when the JVM exits, and leftovers of crashed
 * runs older than six hours are swept away.
 */
public final class TestDatabases {

	private static final Logger log = LoggerFactory.getLogger(TestDatabases.class);

	private static final String PREFIX = "bbtest_";

	private static final Pattern LEFTOVER = Pattern.compile(PREFIX + "[a-z0-9_]+?_(\\d{10})_[a-z0-9]{8}");

	private static final Duration LEFTOVER_AGE = Duration.ofHours(6);

	private static volatile Server server;

	private static final List<String> created = new ArrayList<>();

	private TestDatabases() {
	}

	/**
	 * Creates a fresh database.
	 * @param purpose a short name for the database, e.g. the application's name
	 * @return how to connect to it
	 */
	public static synchronized Database create(String purpose) {
		Server server = server();
		String safe = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
		String name = PREFIX + safe + "_" + Instant.now().getEpochSecond() + "_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		execute(server, "create database " + name);
		created.add(name);
		return new Database(server.urlFor(name), server.user(), server.password(), name);
	}

	/**
	 * Drops a database made by {@link #create(String)}, ending its open connections.
	 * @param database the database
	 */
	public static synchronized void drop(Database database) {
		execute(server(), "drop database if exists " + database.name() + " with (force)");
		created.remove(database.name());
	}

	private static Server server() {
		if (server == null) {
			server = locate();
			sweepLeftovers(server);
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated, "drop-test-databases"));
		}
		return server;
	}

	private static Server locate() {
		String url = setting("BB_TEST_PG_URL");
		if (url != null) {
			log.info("Tests use the PostgreSQL at {}", url);
			return new Server(url, orDefault(setting("BB_TEST_PG_USER"), "postgres"),
					orDefault(setting("BB_TEST_PG_PASSWORD"), ""));
		}
		if (dockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
			container.start();
			log.info("Tests use a Testcontainers PostgreSQL at {}", container.getJdbcUrl());
			return new Server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
		}
		String local = "jdbc:postgresql://127.0.0.1:5432/postgres";
		log.info("No Docker engine: tests use the local PostgreSQL at {}", local);
		return new Server(local, "postgres", "");
	}

	private static boolean dockerAvailable() {
		if ("false".equalsIgnoreCase(setting("BB_TEST_DOCKER"))) {
			return false;
		}
		if (setting("DOCKER_HOST") == null && !java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
				&& !java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".docker"))) {
			// No engine to be found: skip Testcontainers' probing, which logs errors.
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	private static void sweepLeftovers(Server server) {
		List<String> stale = new ArrayList<>();
		try (Connection connection = server.connect();
				Statement statement = connection.createStatement();
				ResultSet rows = statement
					.executeQuery("select datname from pg_database where datname like '" + PREFIX + "%'")) {
			long cutoff = Instant.now().minus(LEFTOVER_AGE).getEpochSecond();
			while (rows.next()) {
				Matcher matcher = LEFTOVER.matcher(rows.getString(1));
				if (matcher.matches() && Long.parseLong(matcher.group(1)) < cutoff) {
					stale.add(rows.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the tests' PostgreSQL at " + server.url()
					+ ". Start it (pg_ctlcluster --skip-systemctl-redirect 15 main start) or set BB_TEST_PG_URL.", ex);
		}
		stale.forEach((name) -> execute(server, "drop database if exists " + name + " with (force)"));
	}

	private static synchronized void dropCreated() {
		for (String name : List.copyOf(created)) {
			try {
				execute(server, "drop database if exists " + name + " with (force)");
			}
			catch (RuntimeException ex) {
				log.debug("Could not drop test database {}", name, ex);
			}
		}
	}

	private static void execute(Server server, String sql) {
		try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Test database statement failed: " + sql, ex);
		}
	}

	private static String setting(String name) {
		String value = System.getProperty(name);
		return (value != null && !value.isBlank()) ? value : blankToNull(System.getenv(name));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static String orDefault(String value, String fallback) {
		return (value != null) ? value : fallback;
	}

	/**
	 * A database made for a test.
	 *
	 * @param url its JDBC URL
	 * @param user the user to connect as
	 * @param password the password
	 * @param name the database's name
	 */
	public record Database(String url, String user, String password, String name) {

		public Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.user, this.password);
		}

	}

	private record Server(String url, String user, String password) {

		Connection connect() throws SQLException {
			return DriverManager.getConnection(this.url, this.user, this.password);
		}

		String urlFor(String database) {
			// jdbc:postgresql://host:port/db?params -> same server, other database
			Matcher matcher = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?").matcher(this.url);
			if (!matcher.matches()) {
				throw new IllegalStateException("Unexpected PostgreSQL JDBC URL: " + this.url);
			}
			return matcher.group(1) + database + ((matcher.group(3) != null) ? matcher.group(3) : "");
		}

	}

}
