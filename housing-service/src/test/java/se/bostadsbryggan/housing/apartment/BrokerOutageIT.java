package se.bostadsbryggan.housing.apartment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.launcher.KafkaBroker;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.FreshDatabaseInitializer;
import se.bostadsbryggan.testsupport.KafkaProbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker is down while a change commits: the change is accepted, its event waits in
 * the outbox, and it is published once the broker is back. Uses Apache Kafka's own server
 * from the launcher, because the test must start the broker on a port fixed in advance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bb.messaging.relay.poll-interval=100ms", "bb.messaging.relay.initial-backoff=100ms",
				"bb.messaging.relay.max-backoff=1s", "bb.messaging.topics.partitions=1" })
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class BrokerOutageIT {

	private static final int KAFKA_PORT = freePort();

	private static KafkaBroker broker;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void kafka(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + KAFKA_PORT);
		registry.add("bb.security.jwk-set-uri", () -> TestTokens.shared().jwksUri());
	}

	@AfterAll
	static void stopBroker() {
		if (broker != null) {
			broker.close();
		}
	}

	@Test
	void aChangeCommittedWhileTheBrokerIsDownIsPublishedOnceItIsBack() throws IOException {
		ApiClient api = new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().allStaff());
		String objectNumber = "DOWN-" + UUID.randomUUID().toString().substring(0, 6);

		ApiClient.Response response = api.postJson("/api/housing/apartments",
				Map.of("objectNumber", objectNumber, "address", "Ängsgatan 7", "stairwell", "ANGSG-7", "rooms", 1,
						"areaSquareMetres", 29.5, "monthlyRent", 3850));

		assertThat(response.status()).isEqualTo(201);
		String id = response.json().get("id").asString();
		assertThat(this.jdbc.sql("select count(*) from apartment where id = :id::uuid")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
		await().during(java.time.Duration.ofSeconds(2))
			.atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(unsent()).isEqualTo(1));

		Path data = Files.createTempDirectory("bb-kafka-outage");
		broker = KafkaBroker.start(KAFKA_PORT, data);

		await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> assertThat(unsent()).isZero());
		KafkaProbe kafka = new KafkaProbe(broker.bootstrapServers());
		var records = kafka.readAll(HousingEvents.APARTMENT_TOPIC)
			.stream()
			.filter((record) -> id.equals(record.key()))
			.toList();
		assertThat(records).hasSize(1);
		assertThat(KafkaProbe.header(records.get(0), KafkaHeaders.EVENT_TYPE)).isEqualTo("ApartmentRegistered");
		assertThat(records.get(0).value()).contains(objectNumber);
	}

	private long unsent() {
		return this.jdbc.sql("select count(*) from outbox_event where sent_at is null").query(Long.class).single();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
