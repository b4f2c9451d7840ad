package se.bostadsbryggan.housing.subtenant;

import java.math.BigDecimal;
import java.time.Duration;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.allocation.PlacementAgreed;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.contracts.social.SubtenantIdentity;
import se.bostadsbryggan.contracts.social.SubtenantIdentityShared;
import se.bostadsbryggan.contracts.social.SubtenantIdentityWithheld;
import se.bostadsbryggan.housing.IncomingEvents;
import se.bostadsbryggan.housing.SubtenantIdentities;
import se.bostadsbryggan.messaging.InvalidEventException;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.GoldenEvents;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The subtenant's identity that social services share at a placement: opened with the
 * housing company's private key, stored once per placement, shown with the social
 * contract and audited at every read; what cannot be opened is dead-lettered and leaves
 * no trace of its content.
 */
@ServiceIntegrationTest
class SubtenantIdentityIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String TOPIC = SocialEvents.SUBTENANT_IDENTITY_TOPIC;

	@Autowired
	ApiClient api;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theGoldenIdentityDeliveredTwiceIsOneSubtenantWithTolvansData() {
		SubtenantIdentityShared golden = GoldenEvents.payload(SocialEvents.SUBTENANT_IDENTITY_SHARED);
		String eventId = GoldenEvents.tree(SocialEvents.SUBTENANT_IDENTITY_SHARED).get("eventId").asString();
		String text = GoldenEvents.text(SocialEvents.SUBTENANT_IDENTITY_SHARED);
		Map<String, String> headers = Map.of(KafkaHeaders.EVENT_ID, eventId, KafkaHeaders.EVENT_TYPE,
				"SubtenantIdentityShared");

		this.kafka.send(TOPIC, golden.placementId().toString(), text, headers);
		this.kafka.send(TOPIC, golden.placementId().toString(), text, headers);
		// A later event on the same partition: once it is stored, both copies were
		// handled.
		UUID marker = UUID.randomUUID();
		SubtenantIdentities.send(this.kafka, marker, new SubtenantIdentity("198112189876", "Markör Markörsson", 1));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stored(marker)).isTrue());
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select personal_identity_number, name, household_size, cast(consent_stated_on as text) as consent,
				       cast(request_reference as text) as request, received_at
				from subtenant where placement_id = :id
				""").param("id", golden.placementId()).query().listOfRows();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsEntry("personal_identity_number", "191212121212")
			.containsEntry("name", "Tolvan Tolvansson")
			.containsEntry("household_size", 3)
			.containsEntry("consent", "2026-11-02")
			.containsEntry("request", golden.requestReference().toString());
		assertThat(rows.get(0).get("received_at")).isNotNull();
		assertThat(this.jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = :id")
			.param("consumer", SubtenantIdentityConfiguration.NAME)
			.param("id", UUID.fromString(eventId))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(auditActions(golden.placementId())).containsExactly("SUBTENANT_REGISTER LETTING SUCCESS");
	}

	@Test
	void aWithheldIdentityIsHandledOnceAndStoresNothing() {
		SubtenantIdentityWithheld golden = GoldenEvents.payload(SocialEvents.SUBTENANT_IDENTITY_WITHHELD);
		UUID eventId = UUID.randomUUID();
		UUID placementId = UUID.randomUUID();
		SubtenantIdentityWithheld withheld = new SubtenantIdentityWithheld(placementId, UUID.randomUUID(),
				golden.reason());

		IncomingEvents.send(this.kafka, SocialEvents.SUBTENANT_IDENTITY_WITHHELD, eventId, placementId, withheld);
		IncomingEvents.send(this.kafka, SocialEvents.SUBTENANT_IDENTITY_WITHHELD, eventId, placementId, withheld);
		UUID marker = UUID.randomUUID();
		SubtenantIdentities.send(this.kafka, marker, new SubtenantIdentity("198112189876", "Markör Markörsson", 1));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stored(marker)).isTrue());
		assertThat(this.jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = :id")
			.param("consumer", SubtenantIdentityConfiguration.NAME)
			.param("id", eventId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(stored(placementId)).isFalse();
		assertThat(this.kafka.readAll(TOPIC + ".dlt")
			.stream()
			.filter((r) -> placementId.toString().equals(r.key()))
			.toList()).isEmpty();
	}

	@Test
	void aTamperedOrMovedOrInvalidIdentityIsDeadLetteredStoresNothingAndNamesNoneOfItsContent() {
		// Tolvan's sealed identity, moved to another placement: the associated data
		// differs.
		ObjectNode moved = (ObjectNode) GoldenEvents.tree(SocialEvents.SUBTENANT_IDENTITY_SHARED);
		UUID movedPlacement = UUID.randomUUID();
		moved.put("eventId", UUID.randomUUID().toString());
		moved.put("aggregateId", movedPlacement.toString());
		((ObjectNode) moved.get("payload")).put("placementId", movedPlacement.toString());
		// An identity sealed for its placement, whose ciphertext was changed on the way.
		UUID changedPlacement = UUID.randomUUID();
		UUID changedEvent = UUID.randomUUID();
		SubtenantIdentityShared sealed = SubtenantIdentities.shared(changedPlacement,
				new SubtenantIdentity("191212121212", "Tolvan Tolvansson", 3));
		String ciphertext = sealed.subtenant().ciphertext();
		ObjectNode changed = envelope(changedEvent, changedPlacement, sealed);
		((ObjectNode) changed.get("payload").get("subtenant")).put("ciphertext",
				((ciphertext.charAt(0) == 'A') ? "B" : "A") + ciphertext.substring(1));
		// Opens, but the number's check digit is wrong.
		UUID invalidPlacement = UUID.randomUUID();

		send(moved);
		send(changed);
		send(changed);
		SubtenantIdentities.send(this.kafka, invalidPlacement,
				new SubtenantIdentity("191212121213", "Felaktig Kontrollsiffra", 2));

		ConsumerRecord<String, String> movedDead = deadLetter(movedPlacement);
		ConsumerRecord<String, String> changedDead = deadLetter(changedPlacement);
		ConsumerRecord<String, String> invalidDead = deadLetter(invalidPlacement);
		for (ConsumerRecord<String, String> dead : List.of(movedDead, changedDead, invalidDead)) {
			assertThat(KafkaProbe.header(dead, "kafka_dlt-exception-cause-fqcn"))
				.isEqualTo(InvalidEventException.class.getName());
			String headers = KafkaProbe.header(dead, "kafka_dlt-exception-message") + "\n"
					+ KafkaProbe.header(dead, "kafka_dlt-exception-stacktrace");
			assertThat(headers).doesNotContain("Tolvan")
				.doesNotContain("191212121212")
				.doesNotContain("Felaktig")
				.doesNotContain("191212121213");
		}
		assertThat(KafkaProbe.header(movedDead, "kafka_dlt-exception-message")).contains("cannot be opened");
		assertThat(KafkaProbe.header(changedDead, "kafka_dlt-exception-message")).contains("cannot be opened");
		assertThat(KafkaProbe.header(invalidDead, "kafka_dlt-exception-message"))
			.contains("no valid personal identity number");
		assertThat(stored(movedPlacement)).isFalse();
		assertThat(stored(changedPlacement)).isFalse();
		assertThat(stored(invalidPlacement)).isFalse();
		assertThat(this.jdbc.sql("select count(*) from processed_event where event_id = :id")
			.param("id", changedEvent)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSocialContractShowsItsSubtenantOnceSharedWhicheverArrivesFirstAndEveryReadIsAudited() {
		UUID apartmentId = vacantApartment();
		UUID placementId = UUID.randomUUID();
		sign(apartmentId, placementId);
		UUID leaseId = await().atMost(Duration.ofSeconds(30)).until(() -> leaseOf(placementId), (id) -> id != null);

		assertThat(this.api.get("/housing/apartments/" + apartmentId).body())
			.contains("Väntar på uppgifter från socialtjänsten");
		assertThat(this.api.get("/api/housing/leases/" + leaseId).json().get("subtenant").isNull()).isTrue();

		SubtenantIdentities.send(this.kafka, placementId, new SubtenantIdentity("198112189876", "Anna Andersson", 2));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stored(placementId)).isTrue());

		ApiClient.Response page = this.api.get("/housing/apartments/" + apartmentId);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Andrahandshyresgäst: Anna Andersson, 19811218-9876, hushåll 2 personer")
			.doesNotContain("Väntar på uppgifter från socialtjänsten");
		JsonNode lease = this.api.get("/api/housing/leases/" + leaseId).json();
		assertThat(lease.get("placementId").asString()).isEqualTo(placementId.toString());
		assertThat(lease.get("subtenant").get("name").asString()).isEqualTo("Anna Andersson");
		assertThat(lease.get("subtenant").get("personalIdentityNumber").asString()).isEqualTo("198112189876");
		assertThat(lease.get("subtenant").get("householdSize").asInt()).isEqualTo(2);
		assertThat(lease.get("subtenant").get("consentStatedOn").asString()).isEqualTo("2026-11-02");
		assertThat(this.api.get("/api/housing/apartments/" + apartmentId + "/leases")
			.json()
			.get(0)
			.get("subtenant")
			.get("name")
			.asString()).isEqualTo("Anna Andersson");
		assertThat(auditActions(placementId)).containsExactly("SUBTENANT_REGISTER LETTING SUCCESS",
				"SUBTENANT_READ LETTING SUCCESS", "SUBTENANT_READ LETTING SUCCESS", "SUBTENANT_READ LETTING SUCCESS");
		// Pages of the lease that do not show who lives there read nothing of it.
		assertThat(this.api.get("/housing/leases/" + leaseId + "/ledger").status()).isEqualTo(200);
		assertThat(this.api.get("/housing/leases/" + leaseId + "/disturbances").status()).isEqualTo(200);
		assertThat(auditActions(placementId)).hasSize(4);

		// The identity first, the placement after.
		UUID earlyApartment = vacantApartment();
		UUID earlyPlacement = UUID.randomUUID();
		SubtenantIdentities.send(this.kafka, earlyPlacement, new SubtenantIdentity("191212121212", "Tolvan Tidig", 1));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(stored(earlyPlacement)).isTrue());
		sign(earlyApartment, earlyPlacement);
		await().atMost(Duration.ofSeconds(30)).until(() -> leaseOf(earlyPlacement), (id) -> id != null);
		assertThat(this.api.get("/housing/apartments/" + earlyApartment).body())
			.contains("Andrahandshyresgäst: Tolvan Tidig, 19121212-1212, hushåll 1 person");
	}

	private void send(ObjectNode event) {
		this.kafka.send(TOPIC, event.get("aggregateId").asString(), JSON.writeValueAsString(event),
				Map.of(KafkaHeaders.EVENT_ID, event.get("eventId").asString(), KafkaHeaders.EVENT_TYPE,
						event.get("eventType").asString()));
	}

	private ConsumerRecord<String, String> deadLetter(UUID key) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> this.kafka.readAll(TOPIC + ".dlt")
				.stream()
				.filter((r) -> key.toString().equals(r.key()))
				.toList(), (found) -> !found.isEmpty())
			.get(0);
	}

	private static ObjectNode envelope(UUID eventId, UUID placementId, SubtenantIdentityShared payload) {
		ObjectNode envelope = JSON.createObjectNode();
		envelope.put("eventId", eventId.toString());
		envelope.put("eventType", SocialEvents.SUBTENANT_IDENTITY_SHARED.type());
		envelope.put("eventVersion", SocialEvents.SUBTENANT_IDENTITY_SHARED.version());
		envelope.put("occurredAt", "2026-11-25T16:21:00Z");
		envelope.put("aggregateId", placementId.toString());
		envelope.set("payload", JSON.valueToTree(payload));
		return envelope;
	}

	private List<String> auditActions(UUID placementId) {
		return this.jdbc.sql("""
				select action || ' ' || purpose || ' ' || outcome from audit_event
				where subject_type = 'SUBTENANT' and subject_id = :id order by id
				""").param("id", placementId.toString()).query(String.class).list();
	}

	private boolean stored(UUID placementId) {
		return this.jdbc.sql("select exists (select 1 from subtenant where placement_id = :id)")
			.param("id", placementId)
			.query(Boolean.class)
			.single();
	}

	private UUID leaseOf(UUID placementId) {
		return this.jdbc.sql("select id from lease where placement_id = :id")
			.param("id", placementId)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	private void sign(UUID apartmentId, UUID placementId) {
		String objectNumber = this.jdbc.sql("select object_number from apartment where id = :id")
			.param("id", apartmentId)
			.query(String.class)
			.single();
		IncomingEvents.send(this.kafka, AllocationEvents.PLACEMENT_AGREED, UUID.randomUUID(), apartmentId,
				new PlacementAgreed(placementId, apartmentId, objectNumber, UUID.randomUUID(),
						LocalDate.now().plusDays(3)));
	}

	private UUID vacantApartment() {
		ApiClient.Response response = this.api.postJson("/api/housing/apartments",
				Map.of("objectNumber", "S-" + UUID.randomUUID().toString().substring(0, 8), "address",
						"Andrahandsvägen 2", "stairwell", "ANDRA-2", "rooms", 3, "areaSquareMetres",
						new BigDecimal("72"), "monthlyRent", new BigDecimal("7400")));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		String id = response.json().get("id").asString();
		assertThat(this.api
			.postJson("/api/housing/apartments/" + id + "/vacancy", Map.of("availableFrom", LocalDate.now().toString()))
			.status()).isEqualTo(200);
		return UUID.fromString(id);
	}

}
