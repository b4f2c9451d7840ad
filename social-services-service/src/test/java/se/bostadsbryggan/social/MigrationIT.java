package se.bostadsbryggan.social;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.bostadsbryggan.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database filled before needs belonged to clients migrates with its needs carried
 * over: valid, without a client, with no accessibility needs and no areas to avoid.
 */
class MigrationIT {

	private final TestDatabases.Database database = TestDatabases.create("social_migration");

	@AfterEach
	void drop() {
		TestDatabases.drop(this.database);
	}

	@Test
	void housingNeedsRegisteredBeforeClientsStayValidWithoutAClient() throws SQLException {
		flyway("2").migrate();
		try (Connection connection = this.database.connect(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("""
					insert into housing_need (id, reference, household_size, rooms_needed, registered_at)
					values (gen_random_uuid(), gen_random_uuid(), 3, 2, now()),
					       (gen_random_uuid(), gen_random_uuid(), 1, 1, now())
					""");
		}

		flyway(null).migrate();

		try (Connection connection = this.database.connect(); Statement statement = connection.createStatement()) {
			List<String> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery("""
					select household_size, rooms_needed, client_id is null, max_rent is null, needs_lift,
					       cardinality(areas_to_avoid)
					from housing_need order by household_size
					""")) {
				while (result.next()) {
					rows.add(result.getInt(1) + "|" + result.getInt(2) + "|" + result.getBoolean(3) + "|"
							+ result.getBoolean(4) + "|" + result.getBoolean(5) + "|" + result.getInt(6));
				}
			}
			assertThat(rows).containsExactly("1|1|true|true|false|0", "3|2|true|true|false|0");
		}
	}

	private Flyway flyway(String target) {
		var configuration = Flyway.configure()
			.dataSource(this.database.url(), this.database.user(), this.database.password())
			.locations("classpath:db/migration", "classpath:db/messaging", "classpath:db/audit");
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

}
