package se.bostadsbryggan.social;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.contracts.EventDefinition;
import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.social.Sealed;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.social.decision.DecisionService;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.GoldenEvents;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing personal leaves social services. Runs the caseworkers' flows, then reads every
 * record this service wrote to Kafka and checks it against an allowlist: a new event
 * type, envelope field, payload field or header fails here until someone decides it may
 * leave social services, and adds it below with the reason.
 */
@ServiceIntegrationTest
class PrivacyIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The payload fields each event type may carry out of social services. */
	private static final Map<String, Set<String>> ALLOWED_PAYLOAD_FIELDS = Map.of(
			// Pseudonymous: a random reference, what the apartment must be, area codes,
			// and
			// people only as keyed hashes (HMAC-SHA-256 with a shared secret, and its key
			// id); and the submitting caseworker's username (staff, not the client), so
			// each caseworker sees their own requests in the shared workflow.
			"HousingRequestSubmitted",
			Set.of("requestReference", "householdSize", "roomsNeeded", "maxRent", "accessibility", "areasToAvoid",
					"client", "conflictPersons", "caseworker"),
			// Pseudonymous: the latest request's random reference, the outcome and its
			// days; never the checklist or the motivation. The apartment of a running
			// social contract or guarantee (the housing company knows its tenant's
			// apartment already) and the responsible caseworker (staff, not the client).
			"ReadinessAssessed",
			Set.of("requestReference", "outcome", "assessedOn", "nextReviewOn", "objectNumber", "caseworker"),
			// At a placement, with the client's consent: the subtenant's identity, sealed
			// for the housing company only (no name or number in clear), under the
			// placement's and the request's random ids, and the day of the consent.
			"SubtenantIdentityShared", Set.of("placementId", "requestReference", "consentStatedOn", "subtenant"),
			// At a placement without consent, or for a client with protected identity:
			// only that the identity is withheld, and why.
			"SubtenantIdentityWithheld", Set.of("placementId", "requestReference", "reason"),
			// The caseworker's approval of a takeover: the lease, the apartment, the day,
			// and the new tenant sealed for the housing company only.
			"TakeoverApproved", Set.of("leaseId", "objectNumber", "approvedOn", "tenant"),
			// A lasting solution: the apartment, the kind of lease, the mark and the
			// review day; never the reason.
			"LastingSolutionChanged", Set.of("objectNumber", "leaseType", "lasting", "reviewOn"),
			// A released guarantee: the apartment and the day.
			"GuaranteeReleased", Set.of("objectNumber", "releasedOn"));

	/** The fields of the sealed identity inside SubtenantIdentityShared. */
	private static final Set<String> SEALED_FIELDS = Set.of("keyId", "algorithm", "encryptedKey", "nonce",
			"ciphertext");

	/** The fields of the objects inside HousingRequestSubmitted. */
	private static final Set<String> ACCESSIBILITY_FIELDS = Set.of("lift", "groundFloor", "adapted");

	private static final Set<String> PERSON_HASH_FIELDS = Set.of("keyId", "hmacSha256");

	/** A keyed hash as published: 64 lower-case hex digits. */
	private static final Pattern KEYED_HASH = Pattern.compile("[0-9a-f]{64}");

	private static final Set<String> ENVELOPE_FIELDS = Set.of("eventId", "eventType", "eventVersion", "occurredAt",
			"aggregateId", "payload");

	private static final Set<String> ALLOWED_HEADERS = Set.of(KafkaHeaders.EVENT_ID, KafkaHeaders.EVENT_TYPE,
			KafkaHeaders.CORRELATION_ID);

	/**
	 * A Swedish personal identity or coordination number: 10 or 12 digits, optionally
	 * with {@code -} or {@code +} before the last four.
	 */
	private static final Pattern PERSONAL_IDENTITY_NUMBER = Pattern
		.compile("(?<![0-9])(?:[0-9]{6}|[0-9]{8})[-+]?[0-9]{4}(?![0-9])");

	private static final Pattern CANONICAL_UUID = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiClient api;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	DecisionService decisions;

	@Value("${local.server.port}")
	int port;

	@Test
	void nothingPersonalLeavesSocialServices() {
		registerThroughTheApi(1, 1, "privacy-correlation-0001");
		registerThroughTheApi(3, 2, "privacy-correlation-0002");
		registerThroughTheApi(12, 10, "privacy-correlation-0003");
		registerThroughThePage(2, 4);
		registerThroughThePage(5, 3);
		// Personal data sent along anyway is not part of the command and goes nowhere.
		ApiClient.Response withPersonalData = this.api.postJson("/api/social/housing-needs", Map.of("householdSize", 2,
				"roomsNeeded", 2, "name", "Anna Andersson", "personalIdentityNumber", "19900101-1234"));
		assertThat(withPersonalData.status()).isEqualTo(201);
		assertThat(this.api
			.postForm("/social/housing-needs",
					"householdSize=4&roomsNeeded=3&name=Anna+Andersson&personalIdentityNumber=19900101-1234")
			.status()).isEqualTo(302);

		List<String> personal = new ArrayList<>(runTheCaseFlows());
		runThePlacements();
		personal.addAll(runTheOwnContracts());

		await().untilAsserted(() -> assertThat(publishedReferences()).containsAll(storedReferences()));
		await().untilAsserted(() -> assertThat(
				this.kafka.readAll(SocialEvents.READINESS_TOPIC).stream().map(ConsumerRecord::key).toList())
			.containsAll(this.jdbc
				.sql("select request_reference::text from readiness_assessment where request_reference is not null")
				.query(String.class)
				.list()));
		List<ConsumerRecord<String, String>> records = everyPublishedRecord();

		assertThat(records).hasSizeGreaterThanOrEqualTo(7);
		assertThat(records).filteredOn((record) -> record.topic().equals("social.housing-need.v1")).isEmpty();
		assertThat(records).filteredOn((record) -> record.topic().equals(SocialEvents.SUBTENANT_IDENTITY_TOPIC))
			.extracting((record) -> KafkaProbe.header(record, KafkaHeaders.EVENT_TYPE))
			.contains("SubtenantIdentityWithheld", "SubtenantIdentityShared");
		assertThat(records).filteredOn((record) -> record.topic().equals(SocialEvents.HOUSING_REQUEST_TOPIC))
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(records).filteredOn((record) -> record.topic().equals(SocialEvents.READINESS_TOPIC))
			.hasSizeGreaterThanOrEqualTo(2);
		assertThat(records).filteredOn((record) -> record.topic().equals(SocialEvents.TAKEOVER_TOPIC))
			.extracting((record) -> KafkaProbe.header(record, KafkaHeaders.EVENT_TYPE))
			.contains("TakeoverApproved", "LastingSolutionChanged", "GuaranteeReleased");
		records.forEach(PrivacyIT::assertNothingPersonal);
		records.forEach((record) -> assertThat(record.value()).as("record %s@%d", record.topic(), record.offset())
			.doesNotContain(personal));
	}

	@Test
	void thePersonalIdentityNumberCheckRecognisesTheirForms() {
		assertThat(List.of("19900101-1234", "199001011234", "900101-1234", "900101+1234", "9001011234",
				"Klient 19900101-1234 behöver bostad"))
			.allSatisfy((value) -> assertThat(looksPersonal(value)).as(value).isTrue());
		assertThat(List.of("3", "12", "2026-11-25T11:00:00.123456Z", "privacy-correlation-0001", "12345678",
				"1234567890123", UUID.randomUUID().toString()))
			.allSatisfy((value) -> assertThat(looksPersonal(value)).as(value).isFalse());
		String derived = UUID.nameUUIDFromBytes("199001011234".getBytes(StandardCharsets.UTF_8)).toString();
		assertThat(looksPersonal(derived)).as("a UUID derived from a personal identity number").isTrue();
	}

	/**
	 * Registers clients (one with protected identity) with households, consent, decisions
	 * and needs with conflict persons and free text sent along, submits their housing
	 * requests, and records work plans with notes and readiness assessments with their
	 * motivation, through the API and the pages.
	 * @return every personal value entered: names, numbers in each form, address, text
	 */
	private List<String> runTheCaseFlows() {
		ApiClient api = new ApiClient("http://localhost:" + this.port)
			.withBearerToken(TestTokens.shared().token(User.caseworker("privacy-hanna", "Integritetsenheten")));
		List<String> personal = new ArrayList<>();
		String[] numbers = { "19461012-1230", "19780312-1230", "19850624-3214", "19920101-4561", "19700101-1233" };
		personal.addAll(List.of("Ingrid Privatsson", "Per Privatsson", "Lilla Privatsson", "Sekretessgatan 3",
				"Behöver lugn miljö efter hot", "070-999 88 77", "ingrid@example.se", "Sluta med spelandet",
				"Pratade om skulderna", "Återfall i missbruk", "Har kontakt med beroendevården", "PAYS_RENT_ON_TIME",
				"NO_DISTURBANCES"));
		for (String number : numbers) {
			personal.addAll(PersonalIdentityNumberForms.of(number));
		}
		// Through the API: a client with protected identity, a household, consent, a
		// decision, a need with two conflict persons and free text sent along, a request.
		ApiClient.Response client = api.postJson("/api/social/clients",
				Map.of("personalIdentityNumber", numbers[0], "name", "Ingrid Privatsson", "address", "Sekretessgatan 3",
						"phone", "070-999 88 77", "email", "ingrid@example.se", "protectedIdentity", true));
		assertThat(client.status()).as(client.body()).isEqualTo(201);
		String clientId = client.json().get("id").asString();
		String base = "/api/social/clients/" + clientId;
		assertThat(api
			.postJson(base + "/household",
					Map.of("kind", "ADULT", "name", "Per Privatsson", "personalIdentityNumber", numbers[3]))
			.status()).isEqualTo(201);
		assertThat(api.postJson(base + "/household", Map.of("kind", "CHILD", "name", "Lilla Privatsson")).status())
			.isEqualTo(201);
		String today = this.decisions.today().toString();
		assertThat(api.postJson(base + "/consents", Map.of("given", true, "statedOn", today)).status()).isEqualTo(201);
		assertThat(api.postJson(base + "/decisions",
				Map.of("decidedOn", today, "validFrom", today, "validTo",
						this.decisions.today().plusMonths(6).toString(), "decidedBy", "Enhetschef"))
			.status()).isEqualTo(201);
		ApiClient.Response need = api.postJson(base + "/housing-needs",
				Map.of("householdSize", 3, "roomsNeeded", 2, "maxRent", 8000, "needsGroundFloor", true, "areasToAvoid",
						List.of("Norrby"), "conflictPersons", List.of("780312-1230", "8506243214"), "note",
						"Behöver lugn miljö efter hot", "name", "Ingrid Privatsson"));
		assertThat(need.status()).as(need.body()).isEqualTo(201);
		assertThat(api
			.postJson("/api/social/housing-needs/" + need.json().get("id").asString() + "/requests",
					Map.of("name", "Ingrid Privatsson"))
			.status()).isEqualTo(201);
		// Her work plan with a goal and follow-up notes, and a readiness assessment with
		// its checklist and motivation: free text that never leaves.
		assertThat(
				api.postJson(base + "/work-plan/goals", Map.of("description", "Sluta med spelandet", "agreedOn", today))
					.status())
			.isEqualTo(201);
		assertThat(api
			.postJson(base + "/work-plan/follow-ups/held", Map.of("heldOn", today, "notes", "Pratade om skulderna"))
			.status()).isEqualTo(201);
		assertThat(api.postJson(base + "/readiness-assessments",
				Map.of("criteriaMet", List.of("PAYS_RENT_ON_TIME", "NO_DISTURBANCES"), "outcome", "NOT_YET",
						"motivation", "Återfall i missbruk", "assessedOn", today))
			.status()).isEqualTo(201);

		// Through the pages: a client, a decision, a need with a conflict person, a
		// request.
		ApiClient.Response registered = api.postForm("/social/clients",
				"personalIdentityNumber=" + numbers[4] + "&name=Ingrid+Privatsson&address=Sekretessgatan+3");
		assertThat(registered.status()).as(registered.body()).isEqualTo(302);
		String page = java.net.URI.create(registered.header("Location")).getPath();
		assertThat(api
			.postForm(page + "/decisions",
					"decidedOn=" + today + "&validFrom=" + today + "&validTo=" + this.decisions.today().plusMonths(3)
							+ "&decidedBy=Enhetschef")
			.status()).isEqualTo(302);
		assertThat(api
			.postForm(page + "/housing-needs",
					"householdSize=2&roomsNeeded=2&conflictPersons=197803121230&areasToAvoid=Norrby")
			.status()).isEqualTo(302);
		String pageClientId = page.substring(page.lastIndexOf('/') + 1);
		String pageNeedId = this.jdbc.sql("select id::text from housing_need where client_id = :clientId")
			.param("clientId", UUID.fromString(pageClientId))
			.query(String.class)
			.single();
		assertThat(api.postForm("/social/housing-needs/" + pageNeedId + "/requests", "").header("Location"))
			.contains("saved=request");
		assertThat(api.postForm(page + "/work-plan/follow-ups/held", "heldOn=" + today + "&notes=Pratade+om+skulderna")
			.status()).isEqualTo(302);
		assertThat(api
			.postForm(page + "/readiness-assessments",
					"criteriaMet=PAYS_RENT_ON_TIME&outcome=READY&assessedOn=" + today
							+ "&motivation=Har+kontakt+med+beroendev%C3%A5rden")
			.header("Location")).contains("saved=assessment");
		return personal;
	}

	private static void assertNothingPersonal(ConsumerRecord<String, String> record) {
		String where = record.topic() + "@" + record.offset();
		JsonNode envelope = JSON.readTree(record.value());
		assertThat(names(envelope)).as("envelope fields of %s", where).isEqualTo(ENVELOPE_FIELDS);
		String eventType = envelope.get("eventType").asString();
		assertThat(ALLOWED_PAYLOAD_FIELDS).as("event types allowed to leave social services").containsKey(eventType);
		JsonNode payload = envelope.get("payload");
		assertThat(names(payload)).as("payload fields of %s %s", eventType, where)
			.isEqualTo(ALLOWED_PAYLOAD_FIELDS.get(eventType));
		if (eventType.equals("SubtenantIdentityShared")) {
			assertThat(names(payload.get("subtenant"))).isEqualTo(SEALED_FIELDS);
			assertThat(payload.get("subtenant").get("algorithm").asString()).isEqualTo(Sealed.ALGORITHM);
		}
		if (eventType.equals("TakeoverApproved")) {
			assertThat(names(payload.get("tenant"))).isEqualTo(SEALED_FIELDS);
			assertThat(payload.get("tenant").get("algorithm").asString()).isEqualTo(Sealed.ALGORITHM);
		}
		if (eventType.equals("HousingRequestSubmitted")) {
			assertThat(names(payload.get("accessibility"))).isEqualTo(ACCESSIBILITY_FIELDS);
			assertThat(names(payload.get("client"))).isEqualTo(PERSON_HASH_FIELDS);
			assertThat(payload.get("client").get("hmacSha256").asString()).matches(KEYED_HASH);
			payload.get("conflictPersons").valueStream().forEach((person) -> {
				assertThat(names(person)).isEqualTo(PERSON_HASH_FIELDS);
				assertThat(person.get("hmacSha256").asString()).matches(KEYED_HASH);
			});
		}

		Set<String> headerNames = new TreeSet<>();
		List<String> values = new ArrayList<>();
		values.add(record.key());
		for (Header header : record.headers()) {
			headerNames.add(header.key());
			values.add(new String(header.value(), StandardCharsets.UTF_8));
		}
		assertThat(ALLOWED_HEADERS).as("headers of %s", where).containsAll(headerNames);
		collectValues(envelope, values);
		assertThat(values).as("values of %s", where).noneMatch(PrivacyIT::looksPersonal);
	}

	/**
	 * Whether a value looks like a personal identity number, or like an id made from
	 * personal data: a UUID is fine only when random (version 4), and then its hex digits
	 * are not searched for digit runs, which random UUIDs sometimes have.
	 */
	private static boolean looksPersonal(String value) {
		if (CANONICAL_UUID.matcher(value).matches()) {
			return UUID.fromString(value).version() != 4;
		}
		if (KEYED_HASH.matcher(value).matches()) {
			// A keyed hash: its hex digits are not searched for digit runs either; the
			// field checks above make sure only hash fields hold one.
			return false;
		}
		return PERSONAL_IDENTITY_NUMBER.matcher(value).find();
	}

	private static void collectValues(JsonNode node, List<String> values) {
		if (node.isContainer()) {
			node.valueStream().forEach((child) -> collectValues(child, values));
		}
		else if (!node.isNull()) {
			values.add(node.asString());
		}
	}

	private static Set<String> names(JsonNode node) {
		Set<String> names = new TreeSet<>();
		node.propertyNames().forEach(names::add);
		return names;
	}

	private void registerThroughTheApi(int householdSize, int roomsNeeded, String correlationId) {
		ApiClient.Response response = this.api.postJson("/api/social/housing-needs",
				Map.of("householdSize", householdSize, "roomsNeeded", roomsNeeded), "X-Correlation-Id", correlationId);
		assertThat(response.status()).isEqualTo(201);
	}

	private void registerThroughThePage(int householdSize, int roomsNeeded) {
		ApiClient.Response response = this.api.postForm("/social/housing-needs",
				"householdSize=" + householdSize + "&roomsNeeded=" + roomsNeeded);
		assertThat(response.status()).isEqualTo(302);
	}

	/** Every record on every topic social services publishes. */
	private List<ConsumerRecord<String, String>> everyPublishedRecord() {
		Set<String> topics = new LinkedHashSet<>();
		SocialEvents.ALL.stream().map(EventDefinition::topic).forEach(topics::add);
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		topics.forEach((topic) -> records.addAll(this.kafka.readAll(topic)));
		return records;
	}

	private Set<String> publishedReferences() {
		Set<String> keys = new TreeSet<>();
		everyPublishedRecord().forEach((record) -> keys.add(record.key()));
		return keys;
	}

	/**
	 * Own contracts: a transferable social contract (as allocation-service writes
	 * {@code TransferabilityChanged}) approved for takeover, a lasting solution with its
	 * reason, a released guarantee.
	 * @return the personal data used, which must not leave
	 */
	private List<String> runTheOwnContracts() {
		ApiClient api = new ApiClient("http://localhost:" + this.port)
			.withBearerToken(TestTokens.shared().token(User.caseworker("privacy-olof", "Integritetsenheten")));
		String today = this.decisions.today().toString();
		String number = se.bostadsbryggan.social.client.TestClients.nextNumber();
		ApiClient.Response client = api.postJson("/api/social/clients",
				Map.of("personalIdentityNumber", number, "name", "Olof Övertagsson", "address", "Överlåtelsegatan 5"));
		assertThat(client.status()).as(client.body()).isEqualTo(201);
		String base = "/api/social/clients/" + client.json().get("id").asString();
		String objectNumber = "P" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(api.postJson(base + "/consents", Map.of("given", true, "statedOn", today)).status()).isEqualTo(201);
		assertThat(api
			.postJson(base + "/social-contracts", Map.of("objectNumber", objectNumber, "address", "Överlåtelsegatan 5",
					"startDate", this.decisions.today().minusMonths(13).toString()))
			.status()).isEqualTo(201);
		String leaseId = UUID.randomUUID().toString();
		tools.jackson.databind.node.ObjectNode envelope = (tools.jackson.databind.node.ObjectNode) GoldenEvents
			.tree(AllocationEvents.TRANSFERABILITY_CHANGED);
		String eventId = UUID.randomUUID().toString();
		envelope.put("eventId", eventId);
		((tools.jackson.databind.node.ObjectNode) envelope.get("payload")).put("leaseId", leaseId)
			.put("objectNumber", objectNumber)
			.put("leaseType", "SOCIAL")
			.put("transferable", true)
			.put("changedOn", today)
			.putNull("requestReference");
		this.kafka.send(AllocationEvents.TRANSFERABILITY_CHANGED.topic(), leaseId, JSON.writeValueAsString(envelope),
				Map.of(KafkaHeaders.EVENT_ID, eventId, KafkaHeaders.EVENT_TYPE, "TransferabilityChanged"));
		await().untilAsserted(
				() -> assertThat(api.postJson(base + "/own-contract/" + leaseId + "/approval", Map.of()).status())
					.isEqualTo(200));
		assertThat(api
			.postJson(base + "/lasting-solutions",
					Map.of("objectNumber", objectNumber, "reason", "Olof har en demenssjukdom"))
			.status()).isEqualTo(201);
		String guaranteed = "G" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response guarantee = api.postJson(base + "/guarantees",
				Map.of("objectNumber", guaranteed, "limitMonths", 6, "startDate",
						this.decisions.today().minusYears(1).toString(), "reviewDate",
						this.decisions.today().plusMonths(1).toString()));
		assertThat(guarantee.status()).as(guarantee.body()).isEqualTo(201);
		assertThat(api
			.postJson(base + "/guarantees/" + guarantee.json().get("id").asString() + "/close", Map.of("status",
					"RELEASED", "closedOn", today, "reason", "GOOD_CONDUCT", "note", "Olof sköter sig"))
			.status()).isEqualTo(200);
		await().untilAsserted(() -> assertThat(this.kafka.readAll(SocialEvents.TAKEOVER_TOPIC)
			.stream()
			.filter((record) -> objectNumber.equals(record.key()) || guaranteed.equals(record.key()))).hasSize(3));
		List<String> personal = new ArrayList<>(
				List.of("Olof Övertagsson", "Överlåtelsegatan 5", "Olof har en demenssjukdom", "Olof sköter sig"));
		personal.addAll(PersonalIdentityNumberForms.of(number));
		return personal;
	}

	private List<String> storedReferences() {
		return this.jdbc
			.sql("select reference::text from housing_request union all select placement_id::text from placement")
			.query(String.class)
			.list();
	}

	/**
	 * The shared workflow agrees a placement for each of the case flows' requests, as
	 * allocation-service writes {@code PlacementAgreed}: the client with protected
	 * identity is withheld, the other waits for consent, which is then recorded through
	 * the page and shares the identity, sealed.
	 */
	private void runThePlacements() {
		ApiClient api = new ApiClient("http://localhost:" + this.port)
			.withBearerToken(TestTokens.shared().token(User.caseworker("privacy-hanna", "Integritetsenheten")));
		List<Map<String, Object>> requests = this.jdbc.sql("""
				select r.reference, n.client_id, c.protected_identity from housing_request r
				join housing_need n on n.id = r.need_id join client c on c.id = n.client_id
				where r.submitted_by = 'privacy-hanna'
				""").query().listOfRows();
		assertThat(requests).hasSize(2);
		Set<String> placements = new TreeSet<>();
		for (Map<String, Object> request : requests) {
			JsonNode golden = GoldenEvents.tree(AllocationEvents.PLACEMENT_AGREED);
			tools.jackson.databind.node.ObjectNode envelope = (tools.jackson.databind.node.ObjectNode) golden;
			String eventId = UUID.randomUUID().toString();
			String apartmentId = UUID.randomUUID().toString();
			envelope.put("eventId", eventId);
			envelope.put("aggregateId", apartmentId);
			String placementId = UUID.randomUUID().toString();
			placements.add(placementId);
			((tools.jackson.databind.node.ObjectNode) envelope.get("payload")).put("placementId", placementId)
				.put("apartmentId", apartmentId)
				.put("requestReference", request.get("reference").toString());
			this.kafka.send(AllocationEvents.PLACEMENT_AGREED.topic(), apartmentId, JSON.writeValueAsString(envelope),
					Map.of(KafkaHeaders.EVENT_ID, eventId, KafkaHeaders.EVENT_TYPE, "PlacementAgreed"));
		}
		await().untilAsserted(() -> assertThat(identityEventsOf(placements)).hasSize(2));
		String waiting = requests.stream()
			.filter((request) -> !((Boolean) request.get("protected_identity")))
			.map((request) -> request.get("client_id").toString())
			.findFirst()
			.orElseThrow();
		assertThat(api
			.postForm("/social/clients/" + waiting + "/consents", "given=true&statedOn=" + this.decisions.today())
			.status()).isEqualTo(302);
		await().untilAsserted(() -> assertThat(identityEventsOf(placements)).hasSize(3));
	}

	private List<ConsumerRecord<String, String>> identityEventsOf(Set<String> placements) {
		return this.kafka.readAll(SocialEvents.SUBTENANT_IDENTITY_TOPIC)
			.stream()
			.filter((record) -> placements.contains(record.key()))
			.toList();
	}

	/**
	 * A number in every form it may be written: 12 or 10 digits, with or without a dash.
	 */
	private static final class PersonalIdentityNumberForms {

		static List<String> of(String twelveWithDash) {
			String twelve = twelveWithDash.replace("-", "");
			String ten = twelve.substring(2);
			return List.of(twelveWithDash, twelve, ten, ten.substring(0, 6) + "-" + ten.substring(6));
		}

	}

}
