package se.bostadsbryggan.social.placement;

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

import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.social.Sealed;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.contracts.social.SubtenantIdentity;
import se.bostadsbryggan.identity.Seals;
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
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/**
 * The subtenant's identity at a placement: {@code PlacementAgreed} as allocation-service
 * writes it, delivered twice, shares the identity once, sealed for a test key pair of the
 * housing company's, with the client's consent; without it the placement waits until
 * consent is recorded; a client with protected identity or an unknown request is withheld
 * with the reason.
 */
@ServiceIntegrationTest
class PlacementIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The housing company's key pair in this test: only its private key opens. */
	private static final HousingCompanyKey HOUSING_COMPANY = HousingCompanyKey.generate("test-housing-1");

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
	void aPlacementDeliveredTwiceSharesTheConsentingClientsIdentityOnceSealedForTheHousingCompany() {
		ApiClient hanna = caseworker();
		String number = TestClients.nextNumber();
		String clientId = registerClient(hanna, number, "Karin Lindgren", false);
		addMember(hanna, clientId, "ADULT", "Olle Lindgren");
		addMember(hanna, clientId, "CHILD", null);
		LocalDate consentDay = today().minusDays(10);
		recordConsent(hanna, clientId, true, consentDay);
		UUID reference = request(hanna, clientId);
		UUID placementId = UUID.randomUUID();
		UUID apartmentId = UUID.randomUUID();
		UUID eventId = UUID.randomUUID();
		String agreed = placementAgreed(eventId, placementId, apartmentId, reference);

		send(agreed);
		send(agreed);
		// A later placement of the same apartment (one partition): once its answer is
		// out, the consumer has been past both copies.
		UUID marker = UUID.randomUUID();
		send(placementAgreed(UUID.randomUUID(), marker, apartmentId, UUID.randomUUID()));
		await().untilAsserted(() -> assertThat(identityEvents(marker)).hasSize(1));

		List<ConsumerRecord<String, String>> records = identityEvents(placementId);
		assertThat(records).hasSize(1);
		ConsumerRecord<String, String> record = records.get(0);
		assertThat(KafkaProbe.header(record, KafkaHeaders.EVENT_TYPE)).isEqualTo("SubtenantIdentityShared");
		JsonNode envelope = JSON.readTree(record.value());
		JsonShape.assertSameShape(envelope, GoldenEvents.tree(SocialEvents.SUBTENANT_IDENTITY_SHARED));
		JsonNode payload = envelope.get("payload");
		assertThat(payload.get("placementId").asString()).isEqualTo(placementId.toString());
		assertThat(payload.get("requestReference").asString()).isEqualTo(reference.toString());
		assertThat(payload.get("consentStatedOn").asString()).isEqualTo(consentDay.toString());
		SubtenantIdentity identity = open(payload.get("subtenant"), placementId);
		assertThat(identity).isEqualTo(new SubtenantIdentity(number.replace("-", ""), "Karin Lindgren", 3));
		assertThat(record.value()).doesNotContain("Lindgren")
			.doesNotContain(number.replace("-", ""))
			.doesNotContain(number.substring(2));
		// Sealed for this placement only: another placement id does not open it.
		assertThat(catchThrowable(() -> open(payload.get("subtenant"), marker)))
			.isInstanceOf(Seals.SealException.class);

		assertThat(this.jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = :id")
			.param("consumer", PlacementConsumer.NAME)
			.param("id", eventId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from placement where placement_id = :id")
			.param("id", placementId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select actor_username from audit_event
				where action = 'IDENTITY_SHARED' and subject_id = :clientId and purpose = 'PLACEMENT'
				  and details ->> 'recipient' = 'HOUSING_COMPANY' and details ->> 'placement' = :placementId
				""")
			.param("clientId", clientId)
			.param("placementId", placementId.toString())
			.query(String.class)
			.list()).containsExactly("social-services-service");

		ApiClient.Response placements = hanna.get("/api/social/clients/" + clientId + "/placements");
		assertThat(placements.status()).isEqualTo(200);
		assertThat(placements.json().get(0).get("identityStatus").asString()).isEqualTo("SHARED");
		assertThat(placements.json().get(0).get("objectNumber").asString()).isEqualTo("1001-0203");
		assertThat(caseworker().get("/api/social/clients/" + clientId + "/placements").status()).isEqualTo(404);
		String page = hanna.get("/social/clients/" + clientId).body();
		assertThat(page).contains("href=\"#placement\"")
			.contains("Identiteten lämnades till bostadsbolaget " + today());

		// A withdrawal afterwards cannot take it back: nothing more is sent, the page
		// says so.
		recordConsent(hanna, clientId, false, today());
		assertThat(hanna.get("/social/clients/" + clientId).body()).contains("går inte att ta tillbaka");
		assertThat(identityEventsInOutbox(placementId)).isEqualTo(1);
	}

	@Test
	void withoutConsentThePlacementWaitsAndRecordingConsentSharesTheIdentityOnce() {
		ApiClient hanna = caseworker();
		String number = TestClients.nextNumber();
		String clientId = registerClient(hanna, number, "Maja Holm", false);
		UUID reference = request(hanna, clientId);
		UUID placementId = UUID.randomUUID();
		String agreed = placementAgreed(UUID.randomUUID(), placementId, UUID.randomUUID(), reference);
		send(agreed);
		send(agreed);

		await().untilAsserted(() -> assertThat(reasons(placementId)).containsExactly("NO_CONSENT"));
		assertThat(hanna.get("/social/clients/" + clientId).body())
			.contains("Väntar på samtycke: registrera samtycke så lämnas identiteten.");
		String start = hanna.get("/social").body();
		assertThat(start.substring(start.indexOf("id=\"placements-waiting\""))).contains("Maja Holm");

		// Withdrawn before it was ever shared: said once.
		recordConsent(hanna, clientId, false, today().minusDays(1));
		recordConsent(hanna, clientId, false, today());
		await()
			.untilAsserted(() -> assertThat(reasons(placementId)).containsExactly("NO_CONSENT", "CONSENT_WITHDRAWN"));

		recordConsent(hanna, clientId, true, today());
		recordConsent(hanna, clientId, true, today());
		await().untilAsserted(() -> assertThat(identityEvents(placementId)).hasSize(3));
		List<ConsumerRecord<String, String>> records = identityEvents(placementId);
		ConsumerRecord<String, String> shared = records.get(2);
		assertThat(KafkaProbe.header(shared, KafkaHeaders.EVENT_TYPE)).isEqualTo("SubtenantIdentityShared");
		JsonNode payload = JSON.readTree(shared.value()).get("payload");
		assertThat(payload.get("consentStatedOn").asString()).isEqualTo(today().toString());
		assertThat(open(payload.get("subtenant"), placementId))
			.isEqualTo(new SubtenantIdentity(number.replace("-", ""), "Maja Holm", 1));
		assertThat(identityEventsInOutbox(placementId)).isEqualTo(3);
		// The caseworker who recorded the consent disclosed it.
		assertThat(this.jdbc.sql("""
				select actor_username from audit_event where action = 'IDENTITY_SHARED' and subject_id = :clientId
				""").param("clientId", clientId).query(String.class).list()).singleElement()
			.asString()
			.startsWith("hanna-");
		String startAfter = hanna.get("/social").body();
		assertThat(startAfter.substring(startAfter.indexOf("id=\"placements-waiting\""))).doesNotContain("Maja Holm");
	}

	@Test
	void aConsentWithdrawnBeforeThePlacementWithholdsTheIdentity() {
		ApiClient hanna = caseworker();
		String clientId = registerClient(hanna, TestClients.nextNumber(), "Per Ångrad", false);
		recordConsent(hanna, clientId, true, today().minusDays(20));
		recordConsent(hanna, clientId, false, today().minusDays(2));
		UUID reference = request(hanna, clientId);
		UUID placementId = UUID.randomUUID();
		send(placementAgreed(UUID.randomUUID(), placementId, UUID.randomUUID(), reference));

		await().untilAsserted(() -> assertThat(reasons(placementId)).containsExactly("CONSENT_WITHDRAWN"));
		recordConsent(hanna, clientId, false, today());
		assertThat(identityEventsInOutbox(placementId)).isEqualTo(1);
		assertThat(hanna.get("/social/clients/" + clientId).body())
			.contains("Väntar på samtycke: klienten har återkallat sitt samtycke.");
	}

	@Test
	void aClientWithProtectedIdentityIsWithheldEvenWithConsent() {
		String unit = "Enhet " + UUID.randomUUID().toString().substring(0, 8);
		ApiClient hanna = as(User.caseworker("hanna-" + UUID.randomUUID().toString().substring(0, 8), unit));
		String clientId = registerClient(hanna, TestClients.nextNumber(), "Sara Skyddad", true);
		recordConsent(hanna, clientId, true, today().minusDays(3));
		UUID reference = request(hanna, clientId);
		UUID placementId = UUID.randomUUID();
		send(placementAgreed(UUID.randomUUID(), placementId, UUID.randomUUID(), reference));

		await().untilAsserted(() -> assertThat(reasons(placementId)).containsExactly("PROTECTED_IDENTITY"));
		recordConsent(hanna, clientId, true, today());
		assertThat(identityEventsInOutbox(placementId)).isEqualTo(1);
		assertThat(hanna.get("/social/clients/" + clientId).body())
			.contains("Skyddade personuppgifter: lämnas utanför systemet.")
			.contains("1001-0203");
		// Her manager sees the placement, but not where she lives.
		ApiClient manager = as(User.socialManager("chef-" + UUID.randomUUID().toString().substring(0, 8), unit));
		JsonNode placement = manager.get("/api/social/clients/" + clientId + "/placements").json().get(0);
		assertThat(placement.get("identityStatus").asString()).isEqualTo("WITHHELD");
		assertThat(placement.get("objectNumber").isNull()).isTrue();
		assertThat(manager.get("/social/clients/" + clientId).body()).doesNotContain("1001-0203");
	}

	@Test
	void aPlacementOfAnUnknownRequestIsWithheld() {
		UUID placementId = UUID.randomUUID();
		send(placementAgreed(UUID.randomUUID(), placementId, UUID.randomUUID(), UUID.randomUUID()));

		await().untilAsserted(() -> assertThat(reasons(placementId)).containsExactly("REQUEST_UNKNOWN"));
		JsonNode envelope = JSON.readTree(identityEvents(placementId).get(0).value());
		JsonShape.assertSameShape(envelope, GoldenEvents.tree(SocialEvents.SUBTENANT_IDENTITY_WITHHELD));
		assertThat(this.jdbc.sql("select client_id from placement where placement_id = :id")
			.param("id", placementId)
			.query((rs, row) -> rs.getObject(1))
			.list()).containsExactly((Object) null);
	}

	private static SubtenantIdentity open(JsonNode sealed, UUID placementId) {
		return HOUSING_COMPANY.open(sealed, placementId);
	}

	private List<String> reasons(UUID placementId) {
		return identityEvents(placementId).stream()
			.map((record) -> JSON.readTree(record.value()).get("payload"))
			.filter((payload) -> payload.has("reason"))
			.map((payload) -> payload.get("reason").asString())
			.toList();
	}

	private List<ConsumerRecord<String, String>> identityEvents(UUID placementId) {
		return this.kafka.readAll(SocialEvents.SUBTENANT_IDENTITY_TOPIC)
			.stream()
			.filter((record) -> placementId.toString().equals(record.key()))
			.toList();
	}

	private long identityEventsInOutbox(UUID placementId) {
		return this.jdbc.sql("select count(*) from outbox_event where topic = :topic and aggregate_key = :key")
			.param("topic", SocialEvents.SUBTENANT_IDENTITY_TOPIC)
			.param("key", placementId.toString())
			.query(Long.class)
			.single();
	}

	private void send(String value) {
		JsonNode envelope = JSON.readTree(value);
		this.kafka.send(AllocationEvents.PLACEMENT_AGREED.topic(), envelope.get("aggregateId").asString(), value,
				Map.of(KafkaHeaders.EVENT_ID, envelope.get("eventId").asString(), KafkaHeaders.EVENT_TYPE,
						envelope.get("eventType").asString()));
	}

	/** {@code PlacementAgreed} as allocation-service writes it: its golden example. */
	private static String placementAgreed(UUID eventId, UUID placementId, UUID apartmentId, UUID reference) {
		ObjectNode envelope = (ObjectNode) GoldenEvents.tree(AllocationEvents.PLACEMENT_AGREED);
		envelope.put("eventId", eventId.toString());
		envelope.put("aggregateId", apartmentId.toString());
		ObjectNode payload = (ObjectNode) envelope.get("payload");
		payload.put("placementId", placementId.toString());
		payload.put("apartmentId", apartmentId.toString());
		payload.put("requestReference", reference.toString());
		return JSON.writeValueAsString(envelope);
	}

	private LocalDate today() {
		return this.decisions.today();
	}

	private ApiClient caseworker() {
		return as(User.caseworker("hanna-" + UUID.randomUUID().toString().substring(0, 8),
				"Enhet " + UUID.randomUUID().toString().substring(0, 8)));
	}

	private ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static String registerClient(ApiClient api, String number, String name, boolean protectedIdentity) {
		ApiClient.Response response = api.postJson("/api/social/clients", Map.of("personalIdentityNumber", number,
				"name", name, "address", "Storgatan 1", "protectedIdentity", protectedIdentity));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static void addMember(ApiClient api, String clientId, String kind, String name) {
		Map<String, Object> member = (name != null) ? Map.of("kind", kind, "name", name) : Map.of("kind", kind);
		assertThat(api.postJson("/api/social/clients/" + clientId + "/household", member).status()).isEqualTo(201);
	}

	private static void recordConsent(ApiClient api, String clientId, boolean given, LocalDate statedOn) {
		ApiClient.Response response = api.postJson("/api/social/clients/" + clientId + "/consents",
				Map.of("given", given, "statedOn", statedOn.toString()));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
	}

	/** A need, a decision valid today and a request: its reference. */
	private UUID request(ApiClient api, String clientId) {
		ApiClient.Response need = api.postJson("/api/social/clients/" + clientId + "/housing-needs",
				Map.of("householdSize", 3, "roomsNeeded", 2));
		assertThat(need.status()).as(need.body()).isEqualTo(201);
		ApiClient.Response decision = api.postJson("/api/social/clients/" + clientId + "/decisions",
				Map.of("decidedOn", today().minusDays(3).toString(), "validFrom", today().toString(), "validTo",
						today().plusMonths(6).toString(), "decidedBy", "Enhetschef"));
		assertThat(decision.status()).as(decision.body()).isEqualTo(201);
		ApiClient.Response request = api
			.postJson("/api/social/housing-needs/" + need.json().get("id").asString() + "/requests", Map.of());
		assertThat(request.status()).as(request.body()).isEqualTo(201);
		return UUID.fromString(request.json().get("reference").asString());
	}

}
