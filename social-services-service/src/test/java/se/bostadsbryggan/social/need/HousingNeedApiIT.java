package se.bostadsbryggan.social.need;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bostadsbryggan.testsupport.Problems.fields;
import static se.bostadsbryggan.testsupport.Problems.messageOf;

@ServiceIntegrationTest
class HousingNeedApiIT {

	private static final String NEEDS = "/api/social/housing-needs";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiClient api;

	@Autowired
	KafkaProbe kafka;

	@Test
	void registeringAHousingNeedCommitsItAndPublishesNothing() {
		long outboxBefore = outboxRows();
		ApiClient.Response response = this.api.postJson(NEEDS, need(3, 2), "X-Correlation-Id",
				"5b0f7c2a-3d4e-4f60-8a1b-2c3d4e5f6a7b");

		assertThat(response.status()).isEqualTo(201);
		JsonNode body = response.json();
		String id = body.get("id").asString();
		String reference = body.get("reference").asString();
		assertThat(reference).isNotEqualTo(id);
		assertThat(response.header("Location")).isEqualTo(NEEDS + "/" + id);
		assertThat(body.get("householdSize").asInt()).isEqualTo(3);
		assertThat(body.get("roomsNeeded").asInt()).isEqualTo(2);
		assertThat(this.api.get(NEEDS + "/" + id).json().get("reference").asString()).isEqualTo(reference);
		assertThat(this.jdbc.sql("select household_size, rooms_needed from housing_need where reference = :reference")
			.param("reference", UUID.fromString(reference))
			.query((rs, row) -> List.of(rs.getInt(1), rs.getInt(2)))
			.single()).containsExactly(3, 2);
		// The anonymous HousingNeedRegistered is retired: a need stays in social
		// services; only a housing request made from a client's need leaves.
		assertThat(outboxRows()).isEqualTo(outboxBefore);
		assertThat(this.kafka.readAll("social.housing-need.v1")).isEmpty();
	}

	@Test
	void invalidInputGivesAProblemDetailListingEachFieldAndWritesNothing() {
		long needsBefore = housingNeedRows();
		long outboxBefore = outboxRows();

		ApiClient.Response outOfRange = this.api.postJson(NEEDS, need(0, 11));
		ApiClient.Response missing = this.api.postJson(NEEDS, Map.of());

		assertThat(outOfRange.status()).isEqualTo(400);
		assertThat(outOfRange.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = outOfRange.json();
		assertThat(problem.get("title").asString()).isEqualTo("Ogiltig begäran");
		assertThat(problem.get("correlationId").asString()).isNotBlank();
		assertThat(fields(problem)).containsExactlyInAnyOrder("householdSize", "roomsNeeded");
		assertThat(messageOf(problem, "householdSize"))
			.isEqualTo("Hushållets storlek ska vara mellan 1 och 15 personer.");
		assertThat(messageOf(problem, "roomsNeeded")).isEqualTo("Antal rum ska vara mellan 1 och 10.");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing.json())).containsExactlyInAnyOrder("householdSize", "roomsNeeded");
		assertThat(messageOf(missing.json(), "householdSize")).isEqualTo("Ange hushållets storlek.");
		assertThat(messageOf(missing.json(), "roomsNeeded")).isEqualTo("Ange antal rum som behövs.");
		assertThat(housingNeedRows()).isEqualTo(needsBefore);
		assertThat(outboxRows()).isEqualTo(outboxBefore);
	}

	@Test
	void moreRoomsThanTheHouseholdSizePlusTwoIsRejectedOnTheRoomsFieldAndWritesNothing() {
		long needsBefore = housingNeedRows();
		long outboxBefore = outboxRows();

		ApiClient.Response response = this.api.postJson(NEEDS, need(1, 4));

		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response.json())).containsExactly("roomsNeeded");
		assertThat(messageOf(response.json(), "roomsNeeded"))
			.isEqualTo("Antal rum får vara högst hushållets storlek plus två.");
		assertThat(housingNeedRows()).isEqualTo(needsBefore);
		assertThat(outboxRows()).isEqualTo(outboxBefore);
		assertThat(this.api.postJson(NEEDS, need(1, 3)).status()).isEqualTo(201);
	}

	@Test
	void problemDetailsAreInEnglishWhenAskedFor() {
		ApiClient.Response response = this.api.postJson(NEEDS, need(2, 5), "Accept-Language", "en");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("title").asString()).isEqualTo("Invalid request");
		assertThat(messageOf(response.json(), "roomsNeeded"))
			.isEqualTo("The number of rooms may be at most the household size plus two.");
	}

	@Test
	void anUnknownHousingNeedIsNotFound() {
		UUID unknown = UUID.randomUUID();

		ApiClient.Response response = this.api.get(NEEDS + "/" + unknown);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo("Bostadsbehovet finns inte");
		assertThat(response.json().get("detail").asString())
			.isEqualTo("Det finns inget bostadsbehov med id " + unknown + ".");
	}

	@Test
	void registeredNeedsAreListed() {
		String reference = register(5, 4);

		ApiClient.Response response = this.api.get(NEEDS);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().valueStream().map((need) -> need.get("reference").asString())).contains(reference);
	}

	@Test
	void theHousingNeedPageListsNeedsInSwedishAndEnglish() {
		String reference = register(4, 3);

		ApiClient.Response swedish = this.api.get("/social/housing-needs");
		ApiClient.Response english = this.api.get("/social/housing-needs?lang=en");

		assertThat(swedish.status()).isEqualTo(200);
		assertThat(swedish.body()).contains("<html lang=\"sv\"")
			.contains("Socialtjänsten")
			.contains("Registrera bostadsbehov")
			.contains(">" + reference.substring(0, 8) + "</code>");
		assertThat(english.status()).isEqualTo(200);
		assertThat(english.body()).contains("<html lang=\"en\"")
			.contains("Register housing need")
			.contains(reference.substring(0, 8));
		assertThat(this.api.get("/social").body()).contains("<h1>Att göra</h1>");
		assertThat(this.api.get("/social/").status()).isEqualTo(200);
		assertThat(this.api.get("/social/assets/bb.css").status()).isEqualTo(200);
	}

	@Test
	void thePageFormShowsSwedishErrorsAndRedirectsAfterAValidPost() {
		long needsBefore = housingNeedRows();
		ApiClient.Response notANumber = this.api.postForm("/social/housing-needs", "householdSize=tre&roomsNeeded=2");
		assertThat(notANumber.status()).isEqualTo(200);
		assertThat(notANumber.body()).contains("Ange ett heltal.")
			.contains("Rätta följande innan du sparar")
			.contains("aria-invalid=\"true\"");
		ApiClient.Response invalid = this.api.postForm("/social/housing-needs", "householdSize=&roomsNeeded=11");
		assertThat(invalid.body()).contains("Ange hushållets storlek.").contains("Antal rum ska vara mellan 1 och 10.");
		ApiClient.Response tooManyRooms = this.api.postForm("/social/housing-needs", "householdSize=2&roomsNeeded=5");
		assertThat(tooManyRooms.body()).contains("Antal rum får vara högst hushållets storlek plus två.")
			.contains("href=\"#roomsNeeded\"")
			.contains("value=\"5\"");
		assertThat(housingNeedRows()).isEqualTo(needsBefore);

		ApiClient.Response valid = this.api.postForm("/social/housing-needs", "householdSize=6&roomsNeeded=4");

		assertThat(valid.status()).isEqualTo(302);
		assertThat(valid.header("Set-Cookie")).isNull();
		String location = valid.header("Location");
		assertThat(location).matches("/social/housing-needs\\?registered=[0-9a-f]{8}");
		String shortReference = location.substring(location.indexOf('=') + 1);
		assertThat(this.api.get(location).body()).contains("Bostadsbehov " + shortReference + " är registrerat.")
			.contains(">" + shortReference + "</code>");
		assertThat(this.jdbc.sql("select household_size from housing_need where reference::text like :prefix")
			.param("prefix", shortReference + "%")
			.query(Integer.class)
			.single()).isEqualTo(6);
	}

	private String register(int householdSize, int roomsNeeded) {
		ApiClient.Response response = this.api.postJson(NEEDS, need(householdSize, roomsNeeded));
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("reference").asString();
	}

	private static Map<String, Object> need(int householdSize, int roomsNeeded) {
		return Map.of("householdSize", householdSize, "roomsNeeded", roomsNeeded);
	}

	private long housingNeedRows() {
		return this.jdbc.sql("select count(*) from housing_need").query(Long.class).single();
	}

	private long outboxRows() {
		return this.jdbc.sql("select count(*) from outbox_event").query(Long.class).single();
	}

}
