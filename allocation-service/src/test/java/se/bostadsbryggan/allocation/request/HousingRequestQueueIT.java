package se.bostadsbryggan.allocation.request;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.allocation.EventMessage;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The queue of pseudonymous housing requests, fed with raw records on
 * {@code social.housing-request.v1} as social-services-service writes them.
 */
@ServiceIntegrationTest
class HousingRequestQueueIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaProbe kafka;

	@Value("${local.server.port}")
	int port;

	@Test
	void theGoldenRequestJoinsTheQueueOnceEvenWhenDeliveredTwice() {
		EventMessage golden = EventMessage.golden(SocialEvents.HOUSING_REQUEST_SUBMITTED);
		String reference = golden.key();

		golden.sendWith(this.kafka);
		golden.sendWith(this.kafka);
		UUID marker = UUID.randomUUID();
		request(marker, "marker", Instant.parse("2026-11-26T08:00:00Z")).sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(stored(marker)).isEqualTo(1));

		assertThat(stored(UUID.fromString(reference))).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = :id")
			.param("consumer", HousingRequestsConsumer.NAME)
			.param("id", golden.eventId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from housing_request_conflict where request_reference = cast(:r as uuid)")
			.param("r", reference)
			.query(Long.class)
			.single()).isEqualTo(1);
		JsonNode request = listed(housingStaff(), reference);
		assertThat(request.get("householdSize").asInt()).isEqualTo(3);
		assertThat(request.get("roomsNeeded").asInt()).isEqualTo(2);
		assertThat(request.get("maxRent").asInt()).isEqualTo(7500);
		assertThat(request.get("needsLift").asBoolean()).isTrue();
		assertThat(request.get("areasToAvoid").get(0).asString()).isEqualTo("Norrby");
		assertThat(request.get("caseworker").asString()).isEqualTo("handlaggare");
		assertThat(request.get("status").asString()).isEqualTo("WAITING");
		assertThat(request.toString()).doesNotContain("hmacSha256").doesNotContain("4f2a9c1e");

		String page = housingStaff().get("/allocation/requests").body();
		assertThat(page).contains("<html lang=\"sv\"")
			.contains("<h1>Förfrågningar om bostad</h1>")
			.contains("<code>9f1c3e7a</code>")
			.contains("7\u00a0500\u00a0kr")
			.contains("Hiss")
			.contains("Norrby, 1001-02")
			.doesNotContain("4f2a9c1e");
	}

	@Test
	void aCaseworkerSeesOnlyTheirOwnRequestsAndManagersAndHousingSeeAll() {
		String anna = "anna-" + UUID.randomUUID().toString().substring(0, 8);
		String bo = "bo-" + UUID.randomUUID().toString().substring(0, 8);
		UUID annas = UUID.randomUUID();
		UUID bos = UUID.randomUUID();
		request(annas, anna, Instant.parse("2026-10-01T08:00:00Z")).sendWith(this.kafka);
		request(bos, bo, Instant.parse("2026-10-02T08:00:00Z")).sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(stored(bos)).isEqualTo(1));
		ApiClient annaClient = as(User.caseworker(anna, "Vuxenenheten"));

		assertThat(references(annaClient)).contains(annas.toString()).doesNotContain(bos.toString());
		assertThat(references(as(User.caseworker(bo, "Vuxenenheten")))).contains(bos.toString())
			.doesNotContain(annas.toString());
		assertThat(references(as(User.socialManager("chef-" + anna, "Vuxenenheten")))).contains(annas.toString(),
				bos.toString());
		assertThat(references(housingStaff())).contains(annas.toString(), bos.toString());
		assertThat(annaClient.get("/allocation/requests").body()).contains(annas.toString().substring(0, 8))
			.doesNotContain(bos.toString().substring(0, 8));
		ApiClient.Response others = annaClient.get("/allocation/requests/" + bos + "/matches");
		assertThat(others.status()).isEqualTo(404);
		assertThat(others.body()).contains("Förfrågan finns inte");
		assertThat(this.jdbc
			.sql("""
					select count(*) from audit_event
					where action = 'HOUSING_REQUEST_VIEW' and subject_id = :id and outcome = 'NOT_FOUND' and actor_username = :who
					""")
			.param("id", bos.toString())
			.param("who", anna)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event
				where action = 'HOUSING_REQUEST_LIST' and actor_username = :who
				    and details -> 'subjects' @> jsonb_build_array(cast(:id as text))
				""").param("who", anna).param("id", annas.toString()).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void requestsAreListedOldestFirst() {
		String who = "ordning-" + UUID.randomUUID().toString().substring(0, 8);
		UUID later = UUID.randomUUID();
		UUID earlier = UUID.randomUUID();
		request(later, who, Instant.parse("2026-09-02T08:00:00Z")).sendWith(this.kafka);
		request(earlier, who, Instant.parse("2026-09-01T08:00:00Z")).sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(stored(earlier)).isEqualTo(1));

		assertThat(references(as(User.caseworker(who, "Vuxenenheten")))).containsExactly(earlier.toString(),
				later.toString());
	}

	private long stored(UUID reference) {
		return this.jdbc.sql("select count(*) from housing_request where request_reference = :r")
			.param("r", reference)
			.query(Long.class)
			.single();
	}

	private static List<String> references(ApiClient api) {
		ApiClient.Response response = api.get("/api/allocation/requests");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().valueStream().map((r) -> r.get("requestReference").asString()).toList();
	}

	private static JsonNode listed(ApiClient api, String reference) {
		return api.get("/api/allocation/requests")
			.json()
			.valueStream()
			.filter((r) -> r.get("requestReference").asString().equals(reference))
			.findFirst()
			.orElseThrow();
	}

	static EventMessage request(UUID reference, String caseworker, Instant submittedAt) {
		return EventMessage.like(SocialEvents.HOUSING_REQUEST_SUBMITTED)
			.about(reference, "requestReference")
			.with("caseworker", caseworker)
			.occurredAt(submittedAt)
			.build();
	}

	private ApiClient housingStaff() {
		return as(User.of("bovard-requests", "HOUSING", "HOUSING_STAFF"));
	}

	private ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static ConditionFactory eventually() {
		return await().atMost(Duration.ofSeconds(30));
	}

}
