package se.bostadsbryggan.social.owncontract;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.bostadsbryggan.contracts.EventDefinition;
import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.contracts.social.SubtenantIdentity;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.social.HousingCompanyKey;
import se.bostadsbryggan.social.client.TestClients;
import se.bostadsbryggan.social.decision.DecisionService;
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
 * Own contracts on social services' side: {@code TransferabilityChanged},
 * {@code TakeoverCompleted} and {@code TakeoverRefused} as their producers write them,
 * each delivered twice, have one effect; the responsible caseworker's approval publishes
 * one {@code TakeoverApproved} whose sealed tenant opens with a test key pair of the
 * housing company's; lasting solutions and released guarantees are published.
 */
@ServiceIntegrationTest
class OwnContractIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The housing company's key pair in this test: only its private key opens. */
	private static final HousingCompanyKey HOUSING_COMPANY = HousingCompanyKey.generate("test-housing-takeover");

	@DynamicPropertySource
	static void housingCompanyKey(DynamicPropertyRegistry registry) {
		HOUSING_COMPANY.register(registry);
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	DecisionService decisions;

	@Value("${local.server.port}")
	int port;

	@Test
	void aTransferableContractDeliveredTwiceIsShownOnceAndTheResponsibleCaseworkerApprovesTheTakeover() {
		String unit = unit();
		User hannaUser = User.caseworker("hanna-" + shortId(), unit);
		ApiClient hanna = as(hannaUser);
		String number = TestClients.nextNumber();
		String clientId = registerClient(hanna, number, "Karin Överlåtsson");
		addMember(hanna, clientId, "CHILD", null);
		String objectNumber = objectNumber();
		recordContract(hanna, clientId, objectNumber, today().minusMonths(13));
		UUID leaseId = UUID.randomUUID();
		UUID eventId = UUID.randomUUID();
		String changed = transferabilityChanged(eventId, leaseId, objectNumber, "SOCIAL", true, today(), null);

		send(AllocationEvents.TRANSFERABILITY_CHANGED, leaseId.toString(), changed);
		send(AllocationEvents.TRANSFERABILITY_CHANGED, leaseId.toString(), changed);
		await().untilAsserted(() -> assertThat(processed(OwnContractConsumers.TRANSFERABILITY, eventId)).isEqualTo(1));
		assertThat(count("select count(*) from own_contract where lease_id = '" + leaseId + "'")).isEqualTo(1);

		String page = hanna.get("/social/clients/" + clientId).body();
		assertThat(page).contains("href=\"#own-contract\"")
			.contains("Överlåtelsebart sedan " + today())
			.contains("/allocation/contracts/" + leaseId)
			.contains("Klientens samtycke krävs");
		String start = hanna.get("/social").body();
		String ownContracts = start.substring(start.indexOf("id=\"own-contracts\""));
		assertThat(ownContracts.substring(0, ownContracts.indexOf("</section>"))).contains("Dags för eget kontrakt")
			.contains("Karin Överlåtsson")
			.contains("Överlåtelsebart");

		// Without consent: refused, nothing published.
		ApiClient.Response noConsent = hanna.postJson(approval(clientId, leaseId), Map.of());
		assertThat(noConsent.status()).isEqualTo(409);
		assertThat(takeoverEventsInOutbox(objectNumber)).isZero();

		recordConsent(hanna, clientId);
		// A colleague does not find the client; the manager sees the page but cannot
		// approve.
		assertThat(
				as(User.caseworker("hugo-" + shortId(), unit)).postJson(approval(clientId, leaseId), Map.of()).status())
			.isEqualTo(404);
		ApiClient manager = as(User.socialManager("chef-" + shortId(), unit));
		assertThat(manager.get("/social/clients/" + clientId).body())
			.contains("Bara klientens ansvariga handläggare kan godkänna överlåtelsen.");
		assertThat(manager.postJson(approval(clientId, leaseId), Map.of()).status()).isEqualTo(403);

		ApiClient.Response approved = hanna
			.postForm("/social/clients/" + clientId + "/own-contract/" + leaseId + "/approval", "");
		assertThat(approved.header("Location")).contains("saved=takeoverApproved");
		assertThat(hanna.postJson(approval(clientId, leaseId), Map.of()).status()).as("approved once").isEqualTo(409);

		await().untilAsserted(() -> assertThat(takeoverEvents(objectNumber)).hasSize(1));
		ConsumerRecord<String, String> record = takeoverEvents(objectNumber).get(0);
		assertThat(KafkaProbe.header(record, KafkaHeaders.EVENT_TYPE)).isEqualTo("TakeoverApproved");
		JsonNode envelope = JSON.readTree(record.value());
		JsonShape.assertSameShape(envelope, GoldenEvents.tree(SocialEvents.TAKEOVER_APPROVED));
		JsonNode payload = envelope.get("payload");
		assertThat(payload.get("leaseId").asString()).isEqualTo(leaseId.toString());
		assertThat(payload.get("objectNumber").asString()).isEqualTo(objectNumber);
		assertThat(payload.get("approvedOn").asString()).isEqualTo(today().toString());
		assertThat(open(payload.get("tenant"), leaseId))
			.isEqualTo(new SubtenantIdentity(number.replace("-", ""), "Karin Överlåtsson", 2));
		assertThat(record.value()).doesNotContain("Överlåtsson").doesNotContain(number.replace("-", ""));
		assertThat(this.jdbc.sql("""
				select actor_username from audit_event where action = 'IDENTITY_SHARED' and subject_id = :clientId
				and purpose = 'TAKEOVER' and details ->> 'recipient' = 'HOUSING_COMPANY'
				""").param("clientId", clientId).query(String.class).list()).containsExactly(hannaUser.username());
		assertThat(hanna.get("/social/clients/" + clientId).body()).contains("Väntar på bostadsbolaget");
	}

	@Test
	void aCompletedTakeoverDeliveredTwiceEndsTheSocialContractOnceAndSuggestsClosingTheCase() {
		ApiClient hanna = as(User.caseworker("hanna-" + shortId(), unit()));
		String clientId = registerClient(hanna, TestClients.nextNumber(), "Nils Egen");
		String objectNumber = objectNumber();
		recordContract(hanna, clientId, objectNumber, today().minusMonths(14));
		UUID leaseId = UUID.randomUUID();
		send(AllocationEvents.TRANSFERABILITY_CHANGED, leaseId.toString(),
				transferabilityChanged(UUID.randomUUID(), leaseId, objectNumber, "SOCIAL", true, today(), null));
		await().untilAsserted(
				() -> assertThat(count("select count(*) from own_contract where lease_id = '" + leaseId + "'"))
					.isEqualTo(1));

		// Refused first: shown with the reason; a new approval is possible.
		String refused = takeoverEvent(HousingEvents.TAKEOVER_REFUSED, UUID.randomUUID(), leaseId, objectNumber);
		send(HousingEvents.TAKEOVER_REFUSED, objectNumber, refused);
		send(HousingEvents.TAKEOVER_REFUSED, objectNumber, refused);
		await().untilAsserted(() -> assertThat(status(leaseId)).isEqualTo("REFUSED"));
		recordConsent(hanna, clientId);
		assertThat(hanna.get("/social/clients/" + clientId).body()).contains("bostadsbolagets chef sa nej")
			.contains("Godkänn överlåtelse");

		UUID eventId = UUID.randomUUID();
		String completed = takeoverEvent(HousingEvents.TAKEOVER_COMPLETED, eventId, leaseId, objectNumber);
		LocalDate takeoverDate = LocalDate
			.parse(JSON.readTree(completed).get("payload").get("takeoverDate").asString());
		send(HousingEvents.TAKEOVER_COMPLETED, objectNumber, completed);
		send(HousingEvents.TAKEOVER_COMPLETED, objectNumber, completed);
		await().untilAsserted(() -> assertThat(processed(OwnContractConsumers.TAKEOVERS, eventId)).isEqualTo(1));
		assertThat(status(leaseId)).isEqualTo("COMPLETED");
		assertThat(this.jdbc.sql("select end_date || ' ' || end_reason from social_contract where client_id = :id")
			.param("id", UUID.fromString(clientId))
			.query(String.class)
			.list()).containsExactly(takeoverDate.minusDays(1) + " OWN_CONTRACT");
		assertThat(count("select count(*) from audit_event where action = 'OWN_CONTRACT_COMPLETED' and subject_id = '"
				+ clientId + "'"))
			.isEqualTo(1);
		assertThat(hanna.get("/social/clients/" + clientId).body()).contains("Eget kontrakt från " + takeoverDate)
			.contains("Ärendet kan avslutas");
	}

	@Test
	void aContractMatchedByItsObjectNumberShowsWhenItIsExpectedToBecomeTransferable() {
		ApiClient hanna = as(User.caseworker("hanna-" + shortId(), unit()));
		String clientId = registerClient(hanna, TestClients.nextNumber(), "Per Snart");
		String objectNumber = objectNumber();
		recordContract(hanna, clientId, objectNumber, today().minusMonths(11));
		UUID leaseId = UUID.randomUUID();
		LocalDate expected = today().plusMonths(1);
		send(AllocationEvents.TRANSFERABILITY_CHANGED, leaseId.toString(),
				transferabilityChanged(UUID.randomUUID(), leaseId, objectNumber, "SOCIAL", false, today(), expected));
		await().untilAsserted(() -> assertThat(hanna.get("/social/clients/" + clientId).body())
			.contains("Väntas bli överlåtelsebart " + expected));
		assertThat(hanna.postJson(approval(clientId, leaseId), Map.of()).status()).isEqualTo(409);
	}

	@Test
	void aLastingSolutionIsPublishedAndUnpublished() {
		ApiClient hanna = as(User.caseworker("hanna-" + shortId(), unit()));
		String clientId = registerClient(hanna, TestClients.nextNumber(), "Astrid Varaktig");
		String objectNumber = objectNumber();
		recordContract(hanna, clientId, objectNumber, today().minusYears(3));

		ApiClient.Response noReason = hanna.postJson("/api/social/clients/" + clientId + "/lasting-solutions",
				Map.of("objectNumber", objectNumber, "reason", ""));
		assertThat(noReason.status()).isEqualTo(400);
		ApiClient.Response marked = hanna.postJson("/api/social/clients/" + clientId + "/lasting-solutions",
				Map.of("objectNumber", objectNumber, "reason", "Behöver boendestöd varaktigt"));
		assertThat(marked.status()).as(marked.body()).isEqualTo(201);
		assertThat(marked.json().get("reviewOn").asString()).isEqualTo(today().plusYears(1).toString());
		assertThat(hanna
			.postJson("/api/social/clients/" + clientId + "/lasting-solutions",
					Map.of("objectNumber", objectNumber, "reason", "Igen"))
			.status()).isEqualTo(409);
		assertThat(hanna.get("/social/clients/" + clientId).body()).contains("Behöver boendestöd varaktigt");

		String markId = marked.json().get("id").asString();
		assertThat(hanna.postForm("/social/clients/" + clientId + "/lasting-solutions/" + markId + "/unmark", "")
			.header("Location")).contains("saved=lastingUnmarked");

		await().untilAsserted(() -> assertThat(takeoverEvents(objectNumber)).hasSize(2));
		List<JsonNode> envelopes = takeoverEvents(objectNumber).stream()
			.map((record) -> JSON.readTree(record.value()))
			.toList();
		JsonShape.assertSameShape(envelopes.get(0), GoldenEvents.tree(SocialEvents.LASTING_SOLUTION_CHANGED));
		List<JsonNode> payloads = envelopes.stream().map((envelope) -> envelope.get("payload")).toList();
		assertThat(payloads.get(0).get("lasting").asBoolean()).isTrue();
		assertThat(payloads.get(0).get("leaseType").asString()).isEqualTo("SOCIAL");
		assertThat(payloads.get(0).get("reviewOn").asString()).isEqualTo(today().plusYears(1).toString());
		assertThat(payloads.get(1).get("lasting").asBoolean()).isFalse();
		assertThat(payloads.get(1).get("reviewOn").isNull()).isTrue();
		assertThat(takeoverEvents(objectNumber).get(0).value()).doesNotContain("boendestöd");
	}

	@Test
	void aReleasableGuaranteeIsSuggestedAndItsReleasePublishesGuaranteeReleased() {
		ApiClient hanna = as(User.caseworker("hanna-" + shortId(), unit()));
		String clientId = registerClient(hanna, TestClients.nextNumber(), "Ingrid Borgsson");
		String objectNumber = objectNumber();
		ApiClient.Response guarantee = hanna.postJson("/api/social/clients/" + clientId + "/guarantees",
				Map.of("objectNumber", objectNumber, "limitMonths", 6, "startDate", today().minusYears(2).toString(),
						"reviewDate", today().plusMonths(2).toString()));
		assertThat(guarantee.status()).as(guarantee.body()).isEqualTo(201);
		UUID leaseId = UUID.randomUUID();
		send(AllocationEvents.TRANSFERABILITY_CHANGED, leaseId.toString(),
				transferabilityChanged(UUID.randomUUID(), leaseId, objectNumber, "GUARANTEED", true, today(), null));
		await().untilAsserted(
				() -> assertThat(hanna.get("/social/clients/" + clientId).body()).contains("Borgen kan släppas"));

		String guaranteeId = guarantee.json().get("id").asString();
		ApiClient.Response closed = hanna.postForm(
				"/social/clients/" + clientId + "/guarantees/" + guaranteeId + "/close",
				"status=RELEASED&closedOn=" + today() + "&reason=GOOD_CONDUCT");
		assertThat(closed.status()).as(closed.body()).isEqualTo(302);

		await().untilAsserted(() -> assertThat(takeoverEvents(objectNumber)).hasSize(1));
		JsonNode envelope = JSON.readTree(takeoverEvents(objectNumber).get(0).value());
		JsonShape.assertSameShape(envelope, GoldenEvents.tree(SocialEvents.GUARANTEE_RELEASED));
		assertThat(envelope.get("eventType").asString()).isEqualTo("GuaranteeReleased");
		assertThat(envelope.get("payload").get("releasedOn").asString()).isEqualTo(today().plusDays(1).toString());
		assertThat(status(leaseId)).as("no longer suggested").isEqualTo("COMPLETED");
		assertThat(hanna.get("/social/clients/" + clientId).body()).doesNotContain("Borgen kan släppas");
	}

	private static SubtenantIdentity open(JsonNode sealed, UUID leaseId) {
		return HOUSING_COMPANY.open(sealed, leaseId);
	}

	private String status(UUID leaseId) {
		return this.jdbc.sql("select status from own_contract where lease_id = :id")
			.param("id", leaseId)
			.query(String.class)
			.single();
	}

	private long processed(String consumer, UUID eventId) {
		return this.jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = :id")
			.param("consumer", consumer)
			.param("id", eventId)
			.query(Long.class)
			.single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private List<ConsumerRecord<String, String>> takeoverEvents(String objectNumber) {
		return this.kafka.readAll(SocialEvents.TAKEOVER_TOPIC)
			.stream()
			.filter((record) -> objectNumber.equals(record.key()))
			.toList();
	}

	private long takeoverEventsInOutbox(String objectNumber) {
		return this.jdbc.sql("select count(*) from outbox_event where topic = :topic and aggregate_key = :key")
			.param("topic", SocialEvents.TAKEOVER_TOPIC)
			.param("key", objectNumber)
			.query(Long.class)
			.single();
	}

	private void send(EventDefinition<?> definition, String key, String value) {
		JsonNode envelope = JSON.readTree(value);
		this.kafka.send(definition.topic(), key, value, Map.of(KafkaHeaders.EVENT_ID,
				envelope.get("eventId").asString(), KafkaHeaders.EVENT_TYPE, envelope.get("eventType").asString()));
	}

	/**
	 * {@code TransferabilityChanged} as allocation-service writes it: its golden example.
	 */
	static String transferabilityChanged(UUID eventId, UUID leaseId, String objectNumber, String leaseType,
			boolean transferable, LocalDate changedOn, LocalDate expectedOn) {
		ObjectNode envelope = (ObjectNode) GoldenEvents.tree(AllocationEvents.TRANSFERABILITY_CHANGED);
		envelope.put("eventId", eventId.toString());
		envelope.put("aggregateId", leaseId.toString());
		ObjectNode payload = (ObjectNode) envelope.get("payload");
		payload.put("leaseId", leaseId.toString());
		payload.put("objectNumber", objectNumber);
		payload.put("leaseType", leaseType);
		payload.putNull("requestReference");
		payload.put("transferable", transferable);
		payload.put("changedOn", changedOn.toString());
		if (expectedOn != null) {
			payload.put("expectedOn", expectedOn.toString());
		}
		else {
			payload.putNull("expectedOn");
		}
		return JSON.writeValueAsString(envelope);
	}

	/** {@code TakeoverCompleted} or {@code TakeoverRefused} as housing writes it. */
	private static String takeoverEvent(EventDefinition<?> definition, UUID eventId, UUID leaseId,
			String objectNumber) {
		ObjectNode envelope = (ObjectNode) GoldenEvents.tree(definition);
		envelope.put("eventId", eventId.toString());
		ObjectNode payload = (ObjectNode) envelope.get("payload");
		payload.put("socialLeaseId", leaseId.toString());
		payload.put("objectNumber", objectNumber);
		return JSON.writeValueAsString(envelope);
	}

	private LocalDate today() {
		return this.decisions.today();
	}

	private static String approval(String clientId, UUID leaseId) {
		return "/api/social/clients/" + clientId + "/own-contract/" + leaseId + "/approval";
	}

	private static String objectNumber() {
		return "T" + shortId();
	}

	private static String unit() {
		return "Enhet " + shortId();
	}

	private static String shortId() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static String registerClient(ApiClient api, String number, String name) {
		ApiClient.Response response = api.postJson("/api/social/clients",
				Map.of("personalIdentityNumber", number, "name", name, "address", "Storgatan 1"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static void addMember(ApiClient api, String clientId, String kind, String name) {
		Map<String, Object> member = (name != null) ? Map.of("kind", kind, "name", name) : Map.of("kind", kind);
		assertThat(api.postJson("/api/social/clients/" + clientId + "/household", member).status()).isEqualTo(201);
	}

	private void recordConsent(ApiClient api, String clientId) {
		ApiClient.Response response = api.postJson("/api/social/clients/" + clientId + "/consents",
				Map.of("given", true, "statedOn", today().toString()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	private static void recordContract(ApiClient api, String clientId, String objectNumber, LocalDate start) {
		ApiClient.Response response = api.postJson("/api/social/clients/" + clientId + "/social-contracts",
				Map.of("objectNumber", objectNumber, "address", "Storgatan 10A", "startDate", start.toString()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

}
