package se.bostadsbryggan.systemtests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * housing-service dies after an event's change committed and before its outbox row is
 * marked sent. After a restart the event goes out again, and allocation-service's effect
 * still happens exactly once.
 */
@ExtendWith(SystemExtension.class)
class OutboxCrashIT {

	@Test
	void anEventPublishedButNotMarkedSentBeforeACrashIsPublishedAgainAndTakesEffectOnce(RunningSystem system)
			throws SQLException {
		TestDatabases.Database housingDb = system.database("housing-service");
		TestDatabases.Database allocationDb = system.database("allocation-service");
		KafkaProbe kafka = new KafkaProbe(system.bootstrapServers());
		// Through the gateway, as a housing officer: the service alone accepts only the
		// gateway's token.
		ApiClient housing = system.loggedIn("bovard");
		String id = register(housing, "CRASH-" + UUID.randomUUID().toString().substring(0, 6));
		await().untilAsserted(() -> assertThat(unsent(housingDb)).isZero());

		// From now on the relay can publish but never record that it did: every round
		// ends
		// like a process that died between Kafka's acknowledgement and its own commit.
		execute(housingDb, """
				create function bb_test_crash_before_marking() returns trigger language plpgsql as $$
				begin
				    if new.sent_at is not null then
				        raise exception 'simulated crash before the outbox row is marked sent';
				    end if;
				    return new;
				end $$;
				create trigger bb_test_crash_before_marking before update on outbox_event
				    for each row execute function bb_test_crash_before_marking();
				""");
		ApiClient.Response vacated = housing.postJson("/api/housing/apartments/" + id + "/vacancy",
				Map.of("availableFrom", java.time.LocalDate.now().plusDays(3).toString()));
		assertThat(vacated.status()).isEqualTo(200);
		String eventId = single(housingDb,
				"select event_id::text from outbox_event where aggregate_key = ? and event_type = 'ApartmentVacated'",
				id);

		await().untilAsserted(() -> assertThat(copiesOnKafka(kafka, eventId)).isPositive());
		await().untilAsserted(() -> assertThat(vacancies(allocationDb, eventId)).isEqualTo(1));
		system.kill("housing-service");
		assertThat(unsent(housingDb)).isEqualTo(1);
		long copiesBeforeRestart = copiesOnKafka(kafka, eventId);

		execute(housingDb, """
				drop trigger bb_test_crash_before_marking on outbox_event;
				drop function bb_test_crash_before_marking();
				""");
		system.restart("housing-service");

		await().untilAsserted(() -> assertThat(unsent(housingDb)).isZero());
		assertThat(copiesOnKafka(kafka, eventId)).isGreaterThan(copiesBeforeRestart);
		// A later event on the same partition: once it has taken effect, every copy
		// before it
		// has been consumed too.
		String marker = register(housing, "MARK-" + UUID.randomUUID().toString().substring(0, 6));
		await().untilAsserted(() -> assertThat(knownApartment(allocationDb, marker)).isTrue());
		assertThat(vacancies(allocationDb, eventId)).isEqualTo(1);
		assertThat(system.loggedIn("enhetschef").get("/api/allocation/apartments").body()).contains(id);
	}

	private static String register(ApiClient housing, String objectNumber) {
		ApiClient.Response response = housing.postJson("/api/housing/apartments",
				Map.of("objectNumber", objectNumber, "address", "Kyrkvägen 3", "stairwell", "KYRKV-3", "rooms", 3,
						"areaSquareMetres", 74, "monthlyRent", 7890));
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static long copiesOnKafka(KafkaProbe kafka, String eventId) {
		return kafka.readAll(HousingEvents.APARTMENT_TOPIC)
			.stream()
			.filter((record) -> eventId.equals(KafkaProbe.header(record, KafkaHeaders.EVENT_ID)))
			.count();
	}

	private static long unsent(TestDatabases.Database database) throws SQLException {
		return Long.parseLong(single(database, "select count(*) from outbox_event where sent_at is null"));
	}

	private static long vacancies(TestDatabases.Database database, String eventId) throws SQLException {
		return Long.parseLong(single(database, "select count(*) from vacancy where event_id = ?::uuid", eventId));
	}

	private static boolean knownApartment(TestDatabases.Database database, String apartmentId) throws SQLException {
		return Long.parseLong(
				single(database, "select count(*) from apartment where apartment_id = ?::uuid", apartmentId)) == 1;
	}

	private static String single(TestDatabases.Database database, String sql, String... parameters)
			throws SQLException {
		try (Connection connection = database.connect();
				PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				assertThat(rows.next()).as(sql).isTrue();
				return rows.getString(1);
			}
		}
	}

	private static void execute(TestDatabases.Database database, String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
