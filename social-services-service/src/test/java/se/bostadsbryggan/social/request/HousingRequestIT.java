package se.bostadsbryggan.social.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.identity.PersonalIdentityNumber;
import se.bostadsbryggan.social.client.TestClients;
import se.bostadsbryggan.social.decision.DecisionService;
import se.bostadsbryggan.social.pseudonym.Pseudonyms;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.GoldenEvents;
import se.bostadsbryggan.testsupport.JsonShape;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pseudonymous housing requests: refused without a support decision valid today (none,
 * expired, not yet valid) with nothing written, and with one published once as
 * {@code HousingRequestSubmitted} in the golden shape, people only as keyed hashes.
 */
@ServiceIntegrationTest
class HousingRequestIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	Pseudonyms pseudonyms;

	@Autowired
	DecisionService decisions;

	@Value("${local.server.port}")
	int port;

	@Test
	void requestIsRefusedWithoutAValidDecisionAndNothingIsWritten() {
		ApiClient hanna = caseworker();
		String clientId = registerClient(hanna, TestClients.nextNumber());
		String needId = registerNeed(hanna, clientId, List.of(TestClients.nextNumber()));
		LocalDate today = this.decisions.today();
		long requestEventsBefore = requestEvents();

		ApiClient.Response withoutDecision = hanna.postJson(requests(needId), Map.of());
		assertThat(withoutDecision.status()).as(withoutDecision.body()).isEqualTo(409);
		assertThat(withoutDecision.json().get("title").asString()).isEqualTo("Giltigt biståndsbeslut saknas");

		recordDecision(hanna, clientId, today.minusYears(1), today.minusDays(1));
		assertThat(hanna.postJson(requests(needId), Map.of()).status()).as("expired yesterday").isEqualTo(409);
		recordDecision(hanna, clientId, today.plusDays(1), today.plusYears(1));
		assertThat(hanna.postJson(requests(needId), Map.of()).status()).as("valid from tomorrow").isEqualTo(409);

		ApiClient.Response page = hanna.postForm("/social/housing-needs/" + needId + "/requests", "");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.header("Location")).contains("refused=decision-required");
		assertThat(hanna.get("/social/clients/" + clientId + "?refused=decision-required").body())
			.contains("Klienten har inget biståndsbeslut som gäller i dag.");

		assertThat(this.jdbc.sql("select count(*) from housing_request where need_id = :needId")
			.param("needId", UUID.fromString(needId))
			.query(Long.class)
			.single()).isZero();
		assertThat(requestEvents()).isEqualTo(requestEventsBefore);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event
				where action = 'HOUSING_REQUEST_SUBMIT' and subject_id = :needId and outcome = 'CONFLICT'""")
			.param("needId", needId)
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void requestWithAValidDecisionPublishesKeyedHashesAndNothingPersonal() {
		ApiClient hanna = caseworker();
		String number = TestClients.nextNumber();
		String conflictPerson = TestClients.nextNumber();
		String clientId = registerClient(hanna, number);
		// The conflict person entered in 10 digits: the hash is of the normalised 12.
		String needId = registerNeed(hanna, clientId, List.of(conflictPerson.substring(2)));
		LocalDate today = this.decisions.today();
		recordDecision(hanna, clientId, today, today.plusMonths(6));

		ApiClient.Response response = hanna.postJson(requests(needId), Map.of(), "X-Correlation-Id",
				"7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		String reference = response.json().get("reference").asString();
		assertThat(UUID.fromString(reference).version()).isEqualTo(4);

		await().untilAsserted(() -> assertThat(publishedFor(reference)).hasSize(1));
		ConsumerRecord<String, String> record = publishedFor(reference).get(0);
		JsonNode envelope = JSON.readTree(record.value());
		JsonShape.assertSameShape(envelope, GoldenEvents.tree(SocialEvents.HOUSING_REQUEST_SUBMITTED));
		JsonNode payload = envelope.get("payload");
		assertThat(payload.get("requestReference").asString()).isEqualTo(reference);
		assertThat(payload.get("householdSize").asInt()).isEqualTo(3);
		assertThat(payload.get("roomsNeeded").asInt()).isEqualTo(2);
		assertThat(payload.get("maxRent").asInt()).isEqualTo(7500);
		assertThat(payload.get("accessibility").get("lift").asBoolean()).isTrue();
		assertThat(payload.get("areasToAvoid").get(0).asString()).isEqualTo("Norrby");
		assertThat(payload.get("caseworker").asString()).startsWith("hanna-");
		assertThat(payload.get("client").get("keyId").asString()).isEqualTo("local-1");
		assertThat(payload.get("client").get("hmacSha256").asString())
			.isEqualTo(this.pseudonyms.hash(PersonalIdentityNumber.parse(number).orElseThrow()).value());
		assertThat(payload.get("conflictPersons").get(0).get("hmacSha256").asString())
			.isEqualTo(this.pseudonyms.hash(PersonalIdentityNumber.parse(conflictPerson).orElseThrow()).value());
		assertThat(record.value()).doesNotContain(number.substring(2, 8))
			.doesNotContain(conflictPerson.substring(2, 8))
			.doesNotContain("Lindgren");

		ApiClient.Response again = hanna.postJson(requests(needId), Map.of());
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("title").asString()).isEqualTo("Förfrågan är redan skickad");
	}

	@Test
	void aNeedWithoutAClientCannotBeRequestedAndAnotherCaseworkersNeedIsNotFound() {
		ApiClient hanna = caseworker();
		ApiClient.Response legacy = hanna.postJson("/api/social/housing-needs",
				Map.of("householdSize", 2, "roomsNeeded", 2));
		assertThat(hanna.postJson(requests(legacy.json().get("id").asString()), Map.of()).status()).isEqualTo(409);

		String clientId = registerClient(hanna, TestClients.nextNumber());
		String needId = registerNeed(hanna, clientId, List.of());
		assertThat(caseworker().postJson(requests(needId), Map.of()).status()).isEqualTo(404);
	}

	private long requestEvents() {
		return this.jdbc.sql("select count(*) from outbox_event where topic = :topic")
			.param("topic", SocialEvents.HOUSING_REQUEST_TOPIC)
			.query(Long.class)
			.single();
	}

	private ApiClient caseworker() {
		User user = User.caseworker("hanna-" + UUID.randomUUID().toString().substring(0, 8),
				"Enhet " + UUID.randomUUID().toString().substring(0, 8));
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static String registerClient(ApiClient api, String number) {
		ApiClient.Response response = api.postJson("/api/social/clients",
				Map.of("personalIdentityNumber", number, "name", "Karin Lindgren", "address", "Storgatan 1"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static String registerNeed(ApiClient api, String clientId, List<String> conflictPersons) {
		ApiClient.Response response = api.postJson("/api/social/clients/" + clientId + "/housing-needs",
				Map.of("householdSize", 3, "roomsNeeded", 2, "maxRent", 7500, "needsLift", true, "areasToAvoid",
						List.of("Norrby"), "conflictPersons", conflictPersons));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static void recordDecision(ApiClient api, String clientId, LocalDate from, LocalDate to) {
		ApiClient.Response response = api.postJson("/api/social/clients/" + clientId + "/decisions",
				Map.of("decidedOn", from.minusDays(3).toString(), "validFrom", from.toString(), "validTo",
						to.toString(), "decidedBy", "Enhetschef"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	private static String requests(String needId) {
		return "/api/social/housing-needs/" + needId + "/requests";
	}

	private List<ConsumerRecord<String, String>> publishedFor(String reference) {
		return this.kafka.readAll(SocialEvents.HOUSING_REQUEST_TOPIC)
			.stream()
			.filter((record) -> reference.equals(record.key()))
			.toList();
	}

}
