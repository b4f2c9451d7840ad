package se.bostadsbryggan.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates application databases and their owner roles in a PostgreSQL server, through an
 * admin connection (a superuser or a role with CREATEROLE and CREATEDB).
 * <p>
 * {@link #ensure(String, String, String)} is idempotent and converges: a missing role or
 * database is created, an existing role gets LOGIN and the given password again, and an
 * existing database is handed to the given owner.
 */
public final class LocalDatabases {

	private static final Logger logger = LoggerFactory.getLogger(LocalDatabases.class);

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

	private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");

	private static final String DUPLICATE_OBJECT = "42710";

	private static final String DUPLICATE_DATABASE = "42P04";

	private final String adminUrl;

	private final String adminUser;

	private final String adminPassword;

	/**
	 * Creates an instance that connects with the given admin credentials.
	 * @param adminUrl a {@code jdbc:postgresql://host:port/database} URL
	 * @param adminUser the admin role
	 * @param adminPassword its password, empty or {@code null} for trust authentication
	 */
	public LocalDatabases(String adminUrl, String adminUser, String adminPassword) {
		this.adminUrl = requirePostgresUrl(adminUrl);
		this.adminUser = Objects.requireNonNull(adminUser, "adminUser");
		this.adminPassword = (adminPassword != null) ? adminPassword : "";
	}

	/**
	 * Makes sure that a login role and a database owned by it exist.
	 * @param name the database name, matching {@code [a-z][a-z0-9_]*}
	 * @param user the owner role name, matching {@code [a-z][a-z0-9_]*}
	 * @param password the role's password
	 */
	public void ensure(String name, String user, String password) {
		requireName(name);
		requireName(user);
		Objects.requireNonNull(password, "password");
		try (Connection connection = connectAsAdmin()) {
			ensureRole(connection, user, password);
			ensureDatabase(connection, name, user);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot ensure database '" + name + "' owned by '" + user + "' via "
					+ this.adminUrl + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Checks that the admin connection works.
	 * @throws IllegalStateException with the driver's message when it does not
	 */
	public void checkReachable() {
		try (Connection connection = connectAsAdmin()) {
			connection.isValid(5);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot connect to PostgreSQL at " + this.adminUrl + " as '"
					+ this.adminUser + "': " + ex.getMessage(), ex);
		}
	}

	/**
	 * Returns the admin URL with its database replaced, keeping host, port and
	 * parameters.
	 * @param database the database name
	 * @return a JDBC URL for that database on the admin's server
	 */
	public String databaseUrl(String database) {
		return databaseUrl(this.adminUrl, database);
	}

	/**
	 * Returns a PostgreSQL JDBC URL with its database replaced, keeping host, port and
	 * parameters: {@code jdbc:postgresql://db:5433/postgres?ssl=false} and
	 * {@code housing} give {@code jdbc:postgresql://db:5433/housing?ssl=false}.
	 * @param url a PostgreSQL JDBC URL
	 * @param database the database name
	 * @return the URL of that database
	 */
	public static String databaseUrl(String url, String database) {
		requireName(database);
		Matcher matcher = POSTGRES_URL.matcher(requirePostgresUrl(url));
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + url);
		}
		return matcher.group(1) + "/" + database + Optional.ofNullable(matcher.group(3)).orElse("");
	}

	private Connection connectAsAdmin() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", this.adminUser);
		properties.setProperty("password", this.adminPassword);
		properties.setProperty("connectTimeout", "5");
		properties.setProperty("ApplicationName", "bostadsbryggan-launcher");
		return DriverManager.getConnection(this.adminUrl, properties);
	}

	private static void ensureRole(Connection connection, String user, String password) throws SQLException {
		boolean exists = exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", user);
		if (exists) {
			execute(connection, format(connection, "ALTER ROLE %I WITH LOGIN PASSWORD %L", user, password));
			return;
		}
		try {
			execute(connection, format(connection, "CREATE ROLE %I WITH LOGIN PASSWORD %L", user, password));
			logger.info("Created PostgreSQL role '{}'", user);
		}
		catch (SQLException ex) {
			if (!DUPLICATE_OBJECT.equals(ex.getSQLState())) {
				throw ex;
			}
			// Created concurrently by someone else: converge as for an existing role.
			execute(connection, format(connection, "ALTER ROLE %I WITH LOGIN PASSWORD %L", user, password));
		}
	}

	private static void ensureDatabase(Connection connection, String name, String owner) throws SQLException {
		boolean exists = exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", name);
		if (!exists) {
			try {
				execute(connection, format(connection, "CREATE DATABASE %I OWNER %I", name, owner));
				logger.info("Created PostgreSQL database '{}' owned by '{}'", name, owner);
				return;
			}
			catch (SQLException ex) {
				if (!DUPLICATE_DATABASE.equals(ex.getSQLState())) {
					throw ex;
				}
			}
		}
		boolean ownedByOwner = exists(connection,
				"SELECT 1 FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba WHERE d.datname = ? AND r.rolname = ?",
				name, owner);
		if (!ownedByOwner) {
			execute(connection, format(connection, "ALTER DATABASE %I OWNER TO %I", name, owner));
			logger.info("Gave PostgreSQL database '{}' to '{}'", name, owner);
		}
	}

	private static boolean exists(Connection connection, String sql, String... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				return result.next();
			}
		}
	}

	/**
	 * Builds a DDL statement with the server's own {@code format()}, so identifiers
	 * ({@code %I}) and literals ({@code %L}) are quoted by PostgreSQL itself.
	 */
	private static String format(Connection connection, String template, String... arguments) throws SQLException {
		StringBuilder sql = new StringBuilder("SELECT format(?");
		sql.append(", ?".repeat(arguments.length)).append(")");
		try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
			statement.setString(1, template);
			for (int i = 0; i < arguments.length; i++) {
				statement.setString(i + 2, arguments[i]);
			}
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getString(1);
			}
		}
	}

	private static void execute(Connection connection, String ddl) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(ddl);
		}
	}

	private static String requireName(String name) {
		if (name == null || !NAME.matcher(name).matches() || name.length() > 63) {
			throw new IllegalArgumentException(
					"Invalid PostgreSQL name '" + name + "': use [a-z][a-z0-9_]*, at most 63 characters");
		}
		return name;
	}

	private static String requirePostgresUrl(String url) {
		if (url == null || !POSTGRES_URL.matcher(url).matches()) {
			throw new IllegalArgumentException("Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db): " + url);
		}
		return url;
	}

}
