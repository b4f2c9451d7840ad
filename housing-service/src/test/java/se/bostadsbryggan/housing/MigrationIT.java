package se.bostadsbryggan.housing;

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
 * A database that local runs filled before properties and stairwells existed migrates to
 * the current schema with its apartments carried over.
 */
class MigrationIT {

	private final TestDatabases.Database database = TestDatabases.create("housing_migration");

	@AfterEach
	void drop() {
		TestDatabases.drop(this.database);
	}

	@Test
	void existingApartmentsGetAStairwellABuildingAndAPropertyDerivedFromTheirTextColumns() throws SQLException {
		flyway("1").migrate();
		try (Connection connection = this.database.connect(); Statement statement = connection.createStatement()) {
			statement.executeUpdate(
					"""
							insert into apartment (id, object_number, address, stairwell, rooms, area_square_metres,
							                       monthly_rent, status, available_from, registered_at)
							values (gen_random_uuid(), '1001-0101', 'Storgatan 12A', 'STORG-12A', 1, 34, 4120, 'LET', null, now()),
							       (gen_random_uuid(), '1001-0203', 'Storgatan 12A', 'STORG-12A', 2, 58.5, 6450, 'VACANT',
							        '2026-12-01', now()),
							       (gen_random_uuid(), '1002-0102', 'Kyrkvägen 3', 'KYRKV-3', 2, 61, 6720, 'LET', null, now())
							""");
		}

		flyway(null).migrate();

		try (Connection connection = this.database.connect(); Statement statement = connection.createStatement()) {
			List<String> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery("""
					select a.object_number, s.code, b.street_address, p.designation, a.status, a.available_from
					from apartment a
					join stairwell s on s.id = a.stairwell_id
					join building b on b.id = s.building_id
					join property p on p.id = b.property_id
					order by a.object_number
					""")) {
				while (result.next()) {
					rows.add(String.join("|", result.getString(1), result.getString(2), result.getString(3),
							result.getString(4), result.getString(5), String.valueOf(result.getDate(6))));
				}
			}
			assertThat(rows).containsExactly("1001-0101|STORG-12A|Storgatan 12A|Storgatan 12A|LET|null",
					"1001-0203|STORG-12A|Storgatan 12A|Storgatan 12A|VACANT|2026-12-01",
					"1002-0102|KYRKV-3|Kyrkvägen 3|Kyrkvägen 3|LET|null");
			try (ResultSet result = statement.executeQuery("select count(*) from stairwell")) {
				result.next();
				assertThat(result.getInt(1)).isEqualTo(2);
			}
		}
	}

	private Flyway flyway(String target) {
		var configuration = Flyway.configure()
			.dataSource(this.database.url(), this.database.user(), this.database.password())
			.locations("classpath:db/migration", "classpath:db/messaging");
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

}
