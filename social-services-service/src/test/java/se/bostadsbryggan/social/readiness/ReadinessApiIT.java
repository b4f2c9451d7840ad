package se.bostadsbryggan.social.readiness;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.contracts.social.ReadinessAssessed;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.social.client.TestClients;
import se.bostadsbryggan.social.decision.DecisionService;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.GoldenEvents;
import se.bostadsbryggan.testsupport.JsonShape;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.Problems;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readiness assessments: recorded with their checklist and motivation, published once as
 * {@code ReadinessAssessed} in the golden shape under the latest housing request's
 * reference with only the outcome and its days, recorded but not published for a client
 * without a request; wrong input is a problem detail and a Swedish form message.
 */
@ServiceIntegrationTest
class ReadinessApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	DecisionService decisions;

	@Value("${local.server.port}")
	int port;

	@Test
	void theGoldenExampleReadsAsTheEventRecord() {
		ReadinessAssessed golden = GoldenEvents.payload(SocialEvents.READINESS_ASSESSED);
		assertThat(golden.outcome()).isEqualTo(ReadinessAssessed.Outcome.READY);
		assertThat(golden.nextReviewOn()).isAfter(golden.assessedOn());
		assertThat(golden.objectNumber()).isEqualTo("1101-0102");
		assertThat(golden.caseworker()).isEqualTo("handlaggare");
		assertThat(names(GoldenEvents.tree(SocialEvents.READINESS_ASSESSED).get("payload"))).containsExactlyInAnyOrder(
				"requestReference", "outcome", "assessedOn", "nextReviewOn", "objectNumber", "caseworker");
	}

	@Test
	void anAssessmentOfAClientWithARequestIsPublishedOnceWithOnlyTheOutcomeAndItsDays() {
		ApiClient hanna = caseworker();
		String clientId = registerClient(hanna);
		String reference = submitRequest(hanna, clientId);
		LocalDate today = this.decisions.today();

		ApiClient.Response response = hanna.postJson(assessments(clientId),
				Map.of("criteriaMet", List.of("PAYS_RENT_ON_TIME", "NO_DISTURBANCES"), "outcome", "NOT_YET",
						"motivation", "Behöver mer stöd i kontakten med hyresvärden", "assessedOn", today.toString()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("nextReviewOn").asString()).as("six months by default")
			.isEqualTo(today.plusMonths(6).toString());
		assertThat(response.json().get("requestReference").asString()).isEqualTo(reference);

		await().untilAsserted(() -> assertThat(publishedFor(reference)).hasSize(1));
		ConsumerRecord<String, String> record = publishedFor(reference).get(0);
		JsonNode envelope = JSON.readTree(record.value());
		// The golden example's shape, with no running contract: objectNumber is null.
		((ObjectNode) envelope.get("payload")).put("objectNumber", "1101-0102");
		JsonShape.assertSameShape(envelope, GoldenEvents.tree(SocialEvents.READINESS_ASSESSED));
		((ObjectNode) envelope.get("payload")).putNull("objectNumber");
		assertThat(envelope.get("eventType").asString()).isEqualTo("ReadinessAssessed");
		JsonNode payload = envelope.get("payload");
		assertThat(names(payload)).containsExactlyInAnyOrder("requestReference", "outcome", "assessedOn",
				"nextReviewOn", "objectNumber", "caseworker");
		assertThat(payload.get("requestReference").asString()).isEqualTo(reference);
		assertThat(payload.get("objectNumber").isNull()).as("no running contract").isTrue();
		assertThat(payload.get("caseworker").asString()).startsWith("hanna-");
		assertThat(payload.get("outcome").asString()).isEqualTo("NOT_YET");
		assertThat(payload.get("assessedOn").asString()).isEqualTo(today.toString());
		assertThat(payload.get("nextReviewOn").asString()).isEqualTo(today.plusMonths(6).toString());
		assertThat(record.value()).doesNotContain("hyresvärden").doesNotContain("PAYS_RENT_ON_TIME");

		ApiClient.Response ready = hanna.postJson(assessments(clientId), Map.of("criteriaMet",
				List.of("PAYS_RENT_ON_TIME", "KEEPS_APARTMENT_IN_ORDER", "NO_DISTURBANCES", "HAS_NEEDED_SUPPORT",
						"HANDLES_LANDLORD_CONTACTS"),
				"outcome", "READY", "motivation", "Alla kriterier uppfylls", "assessedOn", today.toString(),
				"nextReviewOn", today.plusMonths(3).toString()));
		assertThat(ready.status()).isEqualTo(201);
		await().untilAsserted(() -> assertThat(publishedFor(reference)).hasSize(2));

		JsonNode history = hanna.get(assessments(clientId)).json();
		assertThat(history).hasSize(2);
		assertThat(history.get(0).get("outcome").asString()).as("newest first").isEqualTo("READY");
		assertThat(history.get(0).get("criteriaMet")).hasSize(5);
		assertThat(history.get(1).get("motivation").asString())
			.isEqualTo("Behöver mer stöd i kontakten med hyresvärden");
		assertThat(audited(clientId, "READINESS_ASSESS")).isEqualTo(2);
		assertThat(audited(clientId, "READINESS_VIEW")).isEqualTo(1);
	}

	@Test
	void anAssessmentOfAClientWithoutARequestIsRecordedAndNotPublished() {
		ApiClient hanna = caseworker();
		String clientId = registerClient(hanna);
		LocalDate today = this.decisions.today();
		long before = readinessEvents();

		ApiClient.Response response = hanna.postJson(assessments(clientId),
				Map.of("outcome", "READY", "motivation", "Klarar sig väl", "assessedOn", today.toString()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("requestReference").isNull()).isTrue();
		assertThat(response.json().get("criteriaMet")).isEmpty();
		assertThat(readinessEvents()).isEqualTo(before);

		String page = hanna.get("/social/clients/" + clientId).body();
		assertThat(page)
			.contains("Klienten har ingen förfrågan om bostad och inget löpande socialt kontrakt eller borgen.")
			.contains("Inte skickad: ingen förfrågan om bostad")
			.contains("Redo för eget kontrakt")
			.contains("Klarar sig väl");
	}

	@Test
	void anAssessmentOfAClientWithoutARequestButWithARunningSocialContractIsPublishedUnderItsObjectNumber() {
		ApiClient hanna = caseworker();
		String clientId = registerClient(hanna);
		LocalDate today = this.decisions.today();
		String objectNumber = "R" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(hanna
			.postJson("/api/social/clients/" + clientId + "/social-contracts", Map.of("objectNumber", objectNumber,
					"address", "Storgatan 3", "startDate", today.minusYears(1).toString()))
			.status()).isEqualTo(201);

		ApiClient.Response response = hanna.postJson(assessments(clientId),
				Map.of("outcome", "READY", "motivation", "Klarar sig väl", "assessedOn", today.toString()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.json().get("objectNumber").asString()).isEqualTo(objectNumber);

		await().untilAsserted(() -> assertThat(publishedFor(objectNumber)).hasSize(1));
		JsonNode envelope = JSON.readTree(publishedFor(objectNumber).get(0).value());
		assertThat(envelope.get("aggregateId").asString()).isEqualTo(objectNumber);
		JsonNode payload = envelope.get("payload");
		assertThat(names(payload)).containsExactlyInAnyOrder("requestReference", "outcome", "assessedOn",
				"nextReviewOn", "objectNumber", "caseworker");
		assertThat(payload.get("requestReference").isNull()).isTrue();
		assertThat(payload.get("objectNumber").asString()).isEqualTo(objectNumber);
		assertThat(payload.get("outcome").asString()).isEqualTo("READY");
		assertThat(payload.get("caseworker").asString()).startsWith("hanna-");
		assertThat(hanna.get("/social/clients/" + clientId).body()).contains("Skickad (objekt " + objectNumber + ")")
			.doesNotContain("Klienten har ingen förfrågan om bostad");
	}

	@Test
	void wrongInputIsAProblemDetailOrASwedishFormMessageAndNothingIsWritten() {
		ApiClient hanna = caseworker();
		String clientId = registerClient(hanna);
		LocalDate today = this.decisions.today();

		ApiClient.Response response = hanna.postJson(assessments(clientId), Map.of("criteriaMet", List.of(),
				"motivation", "", "assessedOn", today.toString(), "nextReviewOn", today.toString()));
		assertThat(response.status()).isEqualTo(400);
		assertThat(Problems.fields(response.json())).contains("outcome", "motivation", "nextReviewAfterAssessment");
		assertThat(Problems.messageOf(response.json(), "nextReviewAfterAssessment"))
			.isEqualTo("Nästa bedömning måste vara efter bedömningens datum.");
		assertThat(hanna
			.postJson(assessments(clientId), Map.of("criteriaMet", List.of("SPEAKS_FRENCH"), "outcome", "READY",
					"motivation", "x", "assessedOn", today.toString()))
			.status()).as("an unknown criterion").isEqualTo(400);

		String page = hanna
			.postForm("/social/clients/" + clientId + "/readiness-assessments",
					"criteriaMet=PAYS_RENT_ON_TIME&outcome=READY&motivation=Bra&assessedOn=" + today + "&nextReviewOn="
							+ today.minusDays(1))
			.body();
		assertThat(page).contains("Nästa bedömning måste vara efter bedömningens datum.");
		assertThat(this.jdbc.sql("select count(*) from readiness_assessment where client_id = :id")
			.param("id", UUID.fromString(clientId))
			.query(Long.class)
			.single()).isZero();

		ApiClient.Response saved = hanna.postForm("/social/clients/" + clientId + "/readiness-assessments",
				"criteriaMet=PAYS_RENT_ON_TIME&criteriaMet=NO_DISTURBANCES&outcome=NOT_YET&motivation=Beh%C3%B6ver+tid&assessedOn="
						+ today + "&nextReviewOn=" + today.plusDays(20));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.header("Location")).contains("saved=assessmentNotPublished");
		assertThat(hanna.get("/social/clients/" + clientId).body()).contains("Betalar hyran i tid")
			.contains("Inga störningar")
			.contains("Inte redo än")
			.contains(today.plusDays(20).toString());
	}

	@Test
	void anotherCaseworkerFindsNoAssessments() {
		ApiClient hanna = caseworker();
		String clientId = registerClient(hanna);
		ApiClient hugo = caseworker();
		assertThat(hugo.get(assessments(clientId)).status()).isEqualTo(404);
		assertThat(hugo
			.postJson(assessments(clientId),
					Map.of("outcome", "READY", "motivation", "x", "assessedOn", this.decisions.today().toString()))
			.status()).isEqualTo(404);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where subject_id = :id and outcome = 'NOT_FOUND'
				and action in ('READINESS_VIEW', 'READINESS_ASSESS')""")
			.param("id", clientId)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(hanna.get(assessments(clientId)).json()).isEmpty();
	}

	private String submitRequest(ApiClient api, String clientId) {
		LocalDate today = this.decisions.today();
		assertThat(api.postJson("/api/social/clients/" + clientId + "/decisions", Map.of("decidedOn", today.toString(),
				"validFrom", today.toString(), "validTo", today.plusMonths(6).toString(), "decidedBy", "Enhetschef"))
			.status()).isEqualTo(201);
		ApiClient.Response need = api.postJson("/api/social/clients/" + clientId + "/housing-needs",
				Map.of("householdSize", 1, "roomsNeeded", 1));
		ApiClient.Response request = api
			.postJson("/api/social/housing-needs/" + need.json().get("id").asString() + "/requests", Map.of());
		assertThat(request.status()).as(request.body()).isEqualTo(201);
		return request.json().get("reference").asString();
	}

	private long audited(String clientId, String action) {
		return this.jdbc
			.sql("select count(*) from audit_event where subject_id = :id and action = :action and outcome = 'SUCCESS'")
			.param("id", clientId)
			.param("action", action)
			.query(Long.class)
			.single();
	}

	private long readinessEvents() {
		return this.jdbc.sql("select count(*) from outbox_event where topic = :topic")
			.param("topic", SocialEvents.READINESS_TOPIC)
			.query(Long.class)
			.single();
	}

	private List<ConsumerRecord<String, String>> publishedFor(String reference) {
		return this.kafka.readAll(SocialEvents.READINESS_TOPIC)
			.stream()
			.filter((record) -> reference.equals(record.key()))
			.toList();
	}

	private static Set<String> names(JsonNode node) {
		Set<String> names = new TreeSet<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	private static String assessments(String clientId) {
		return "/api/social/clients/" + clientId + "/readiness-assessments";
	}

	private ApiClient caseworker() {
		User user = User.caseworker("hanna-" + UUID.randomUUID().toString().substring(0, 8),
				"Enhet " + UUID.randomUUID().toString().substring(0, 8));
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static String registerClient(ApiClient api) {
		ApiClient.Response response = api.postJson("/api/social/clients",
				Map.of("personalIdentityNumber", TestClients.nextNumber(), "name", "Karin Bedömning"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

}
