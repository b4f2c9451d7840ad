package se.bostadsbryggan.allocation.need;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.allocation.EventMessage;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The queue of pseudonymous housing needs, fed with raw records on
 * {@code social.housing-need.v1} as social-services-service would write them.
 */
@ServiceIntegrationTest
class HousingNeedIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiClient api;

	@Autowired
	KafkaProbe kafka;

	@Test
	void theGoldenHousingNeedJoinsTheQueueOnceEvenWhenDeliveredTwice() {
		EventMessage golden = EventMessage.golden(SocialEvents.HOUSING_NEED_REGISTERED);
		String reference = golden.key();

		golden.sendWith(this.kafka);
		golden.sendWith(this.kafka);
		// A later event on the same partition (the tests' topics have one): once it is
		// queued, the consumer has been past both copies.
		UUID marker = UUID.randomUUID();
		need(marker, Instant.parse("2026-11-26T08:00:00Z")).sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(queued(marker.toString())).isPresent());

		JsonNode need = queued(reference).orElseThrow();
		assertThat(need.get("householdSize").asInt()).isEqualTo(3);
		assertThat(need.get("roomsNeeded").asInt()).isEqualTo(2);
		assertThat(Instant.parse(need.get("registeredAt").asString())).isEqualTo(Instant.parse("2026-11-25T11:00:00Z"));
		assertThat(this.jdbc.sql("select count(*) from housing_need where need_reference = :reference::uuid")
			.param("reference", reference)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = :id")
			.param("consumer", HousingNeedsConsumer.NAME)
			.param("id", golden.eventId())
			.query(Long.class)
			.single()).isEqualTo(1);

		String page = this.api.get("/allocation/").body();
		assertThat(page).contains("<code>e7b2c4d9</code>")
			.doesNotContain(reference)
			.contains("<td>2026-11-25</td>")
			.contains("Bostadsbehov i kö");
	}

	@Test
	void needsAreQueuedInTheOrderSocialServicesRegisteredThem() {
		UUID later = UUID.randomUUID();
		UUID earlier = UUID.randomUUID();

		need(later, Instant.parse("2026-12-02T08:00:00Z")).sendWith(this.kafka);
		need(earlier, Instant.parse("2026-12-01T08:00:00Z")).sendWith(this.kafka);

		eventually().untilAsserted(() -> assertThat(queued(earlier.toString())).isPresent());
		List<String> order = queue().stream()
			.map((need) -> need.get("needReference").asString())
			.filter((reference) -> reference.equals(later.toString()) || reference.equals(earlier.toString()))
			.toList();
		assertThat(order).containsExactly(earlier.toString(), later.toString());
	}

	private static EventMessage need(UUID reference, Instant registeredAt) {
		return EventMessage.like(SocialEvents.HOUSING_NEED_REGISTERED)
			.about(reference, "needReference")
			.occurredAt(registeredAt)
			.build();
	}

	private List<JsonNode> queue() {
		ApiClient.Response response = this.api.get("/api/allocation/housing-needs");
		assertThat(response.status()).isEqualTo(200);
		return response.json().valueStream().toList();
	}

	private Optional<JsonNode> queued(String reference) {
		return queue().stream().filter((need) -> reference.equals(need.get("needReference").asString())).findFirst();
	}

	private static ConditionFactory eventually() {
		return await().atMost(Duration.ofSeconds(30));
	}

}
