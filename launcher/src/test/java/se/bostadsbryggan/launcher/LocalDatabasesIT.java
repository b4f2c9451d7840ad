package se.bostadsbryggan.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Runs against a real PostgreSQL: {@code BB_TEST_PG_URL}, {@code BB_TEST_PG_USER},
 * {@code BB_TEST_PG_PASSWORD}, by default the local server as {@code postgres}.
 */
class LocalDatabasesIT {

	private static final String URL = env("BB_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = env("BB_TEST_PG_USER", "postgres");

	private static final String PASSWORD = env("BB_TEST_PG_PASSWORD", "");

	private final String name = "launcher_it_" + UUID.randomUUID().toString().substring(0, 8);

	private final LocalDatabases databases = new LocalDatabases(URL, USER, PASSWORD);

	@AfterEach
	void dropDatabaseAndRole() throws SQLException {
		try (Connection admin = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
			statement.execute("DROP ROLE IF EXISTS " + this.name);
		}
	}

	@Test
	void createsALoginRoleAndADatabaseItOwnsAndDoesNothingNewTheSecondTime() throws SQLException {
		this.databases.ensure(this.name, this.name, "secret 'quoted' pw");
		this.databases.ensure(this.name, this.name, "secret 'quoted' pw");

		String url = this.databases.databaseUrl(this.name);
		try (Connection connection = DriverManager.getConnection(url, this.name, "secret 'quoted' pw");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE owned_here (id int PRIMARY KEY)");
			try (ResultSet result = statement
				.executeQuery("SELECT current_database(), current_user, pg_get_userbyid(datdba) "
						+ "FROM pg_database WHERE datname = current_database()")) {
				assertThat(result.next()).isTrue();
				assertThat(result.getString(1)).isEqualTo(this.name);
				assertThat(result.getString(2)).isEqualTo(this.name);
				assertThat(result.getString(3)).isEqualTo(this.name);
			}
		}
	}

	@Test
	void givesAnExistingRoleLoginAndTheRequestedPasswordAgain() throws SQLException {
		this.databases.ensure(this.name, this.name, "first");
		String firstHash = passwordHash();
		try (Connection admin = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = admin.createStatement()) {
			statement.execute("ALTER ROLE " + this.name + " NOLOGIN PASSWORD NULL");
		}

		this.databases.ensure(this.name, this.name, "second");

		assertThat(passwordHash()).isNotNull().isNotEqualTo(firstHash);
		try (Connection connection = DriverManager.getConnection(this.databases.databaseUrl(this.name), this.name,
				"second")) {
			assertThat(connection.isValid(2)).isTrue();
		}
	}

	/**
	 * The stored SCRAM hash (readable by a superuser; the local server trusts loopback
	 * logins).
	 */
	private String passwordHash() throws SQLException {
		try (Connection admin = DriverManager.getConnection(URL, USER, PASSWORD);
				Statement statement = admin.createStatement();
				ResultSet result = statement
					.executeQuery("SELECT rolpassword FROM pg_authid WHERE rolname = '" + this.name + "'")) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

	@Test
	void reportsAnUnreachableServerClearly() {
		int closedPort = KafkaBroker.freeLoopbackPort();
		LocalDatabases unreachable = new LocalDatabases("jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres",
				"postgres", "");

		assertThatIllegalStateException().isThrownBy(unreachable::checkReachable)
			.withMessageContaining("Cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:" + closedPort);
	}

	private static String env(String name, String defaultValue) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : defaultValue;
	}

}
