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
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

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
			// Pseudonymous: a random reference, the household's size and rooms needed.
			"HousingNeedRegistered", Set.of("needReference", "householdSize", "roomsNeeded"));

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

		await().untilAsserted(() -> assertThat(publishedReferences()).containsAll(storedReferences()));
		List<ConsumerRecord<String, String>> records = everyPublishedRecord();

		assertThat(records).hasSizeGreaterThanOrEqualTo(7);
		records.forEach(PrivacyIT::assertNothingPersonal);
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

	private static void assertNothingPersonal(ConsumerRecord<String, String> record) {
		String where = record.topic() + "@" + record.offset();
		JsonNode envelope = JSON.readTree(record.value());
		assertThat(names(envelope)).as("envelope fields of %s", where).isEqualTo(ENVELOPE_FIELDS);
		String eventType = envelope.get("eventType").asString();
		assertThat(ALLOWED_PAYLOAD_FIELDS).as("event types allowed to leave social services").containsKey(eventType);
		assertThat(names(envelope.get("payload"))).as("payload fields of %s %s", eventType, where)
			.isEqualTo(ALLOWED_PAYLOAD_FIELDS.get(eventType));

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

	private List<String> storedReferences() {
		return this.jdbc.sql("select reference::text from housing_need").query(String.class).list();
	}

}
