package se.bostadsbryggan.housing.apartment;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.GoldenEvents;
import se.bostadsbryggan.testsupport.JsonShape;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bostadsbryggan.testsupport.Problems.fields;
import static se.bostadsbryggan.testsupport.Problems.messageOf;
import static org.awaitility.Awaitility.await;

@ServiceIntegrationTest
class ApartmentApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String CORRELATION_ID = "0d6f3c1e-8a2b-4c5d-9e7f-1a2b3c4d5e6f";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiClient api;

	@Autowired
	KafkaProbe kafka;

	@Test
	void registeringAnApartmentCommitsItAndPublishesApartmentRegistered() {
		String objectNumber = uniqueObjectNumber();
		Map<String, Object> command = new java.util.HashMap<>(
				apartment(objectNumber, "Storgatan 12A", "STORG-12A", 2, "58.5", "6450"));
		command.putAll(Map.of("property", "Götene Storgatan 1:12", "floor", 2, "lift", true));
		ApiClient.Response response = this.api.postJson("/api/housing/apartments", command, "X-Correlation-Id",
				CORRELATION_ID);

		assertThat(response.status()).isEqualTo(201);
		JsonNode body = response.json();
		String id = body.get("id").asString();
		assertThat(response.header("Location")).isEqualTo("/api/housing/apartments/" + id);
		assertThat(body.get("status").asString()).isEqualTo("LET");
		assertThat(this.api.get("/api/housing/apartments/" + id).json().get("objectNumber").asString())
			.isEqualTo(objectNumber);

		ConsumerRecord<String, String> record = awaitEvent(id, "ApartmentRegistered");
		JsonNode envelope = JSON.readTree(record.value());
		JsonShape.assertSameShape(envelope, GoldenEvents.tree(HousingEvents.APARTMENT_REGISTERED));
		assertThat(envelope.get("payload").get("objectNumber").asString()).isEqualTo(objectNumber);
		assertThat(envelope.get("payload").get("areaSquareMetres").decimalValue()).isEqualByComparingTo("58.5");
		assertThat(envelope.get("payload").get("lift").asBoolean()).isTrue();
		assertThat(envelope.get("payload").get("groundFloor").asBoolean()).isFalse();
		assertThat(KafkaProbe.header(record, KafkaHeaders.EVENT_ID)).isEqualTo(envelope.get("eventId").asString());
		assertThat(KafkaProbe.header(record, KafkaHeaders.CORRELATION_ID)).isEqualTo(CORRELATION_ID);
		await().untilAsserted(() -> assertThat(unsentOutboxRows()).isZero());
	}

	@Test
	void reportingAnApartmentVacantPublishesApartmentVacated() {
		String id = register(uniqueObjectNumber());
		LocalDate from = LocalDate.now().plusDays(10);

		ApiClient.Response response = this.api.postJson("/api/housing/apartments/" + id + "/vacancy",
				Map.of("availableFrom", from.toString()));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").asString()).isEqualTo("VACANT");
		ConsumerRecord<String, String> record = awaitEvent(id, "ApartmentVacated");
		JsonNode envelope = JSON.readTree(record.value());
		JsonShape.assertSameShape(envelope, GoldenEvents.tree(HousingEvents.APARTMENT_VACATED));
		assertThat(envelope.get("payload").get("availableFrom").asString()).isEqualTo(from.toString());
		assertThat(record.key()).isEqualTo(id);
	}

	@Test
	void reportingAVacantApartmentVacantAgainIsAConflictAndPublishesNothingMore() {
		String id = register(uniqueObjectNumber());
		this.api.postJson("/api/housing/apartments/" + id + "/vacancy",
				Map.of("availableFrom", LocalDate.now().toString()));
		awaitEvent(id, "ApartmentVacated");

		ApiClient.Response again = this.api.postJson("/api/housing/apartments/" + id + "/vacancy",
				Map.of("availableFrom", LocalDate.now().toString()));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("title").asString()).isEqualTo("Lägenheten är redan ledig");
		assertThat(outboxRows(id)).isEqualTo(2);
	}

	@Test
	void invalidInputGivesAProblemDetailListingEachFieldAndWritesNothing() {
		long apartmentsBefore = apartmentRows();
		long outboxBefore = allOutboxRows();

		ApiClient.Response response = this.api.postJson("/api/housing/apartments", Map.of("objectNumber", "", "address",
				"Storgatan 1", "stairwell", "S1", "rooms", 0, "areaSquareMetres", 40, "monthlyRent", -5));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.get("title").asString()).isEqualTo("Ogiltig begäran");
		assertThat(problem.get("correlationId").asString()).isNotBlank();
		assertThat(fields(problem)).containsExactlyInAnyOrder("objectNumber", "rooms", "monthlyRent");
		assertThat(messageOf(problem, "rooms")).isEqualTo("Antal rum ska vara mellan 1 och 20.");
		assertThat(apartmentRows()).isEqualTo(apartmentsBefore);
		assertThat(allOutboxRows()).isEqualTo(outboxBefore);
	}

	@Test
	void problemDetailsAreInEnglishWhenAskedFor() {
		ApiClient.Response response = this.api.postJson("/api/housing/apartments", Map.of("rooms", 3),
				"Accept-Language", "en");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("title").asString()).isEqualTo("Invalid request");
		assertThat(messageOf(response.json(), "objectNumber")).isEqualTo("Enter the object number.");
	}

	@Test
	void unreadableJsonIsABadRequestAndWritesNothing() {
		long outboxBefore = allOutboxRows();

		ApiClient.Response response = this.api.postJson("/api/housing/apartments", "{\"rooms\": \"many\"");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("JSON");
		assertThat(allOutboxRows()).isEqualTo(outboxBefore);
	}

	@Test
	void aTakenObjectNumberIsAConflictAndWritesNothing() {
		String objectNumber = uniqueObjectNumber();
		register(objectNumber);
		long outboxBefore = allOutboxRows();

		ApiClient.Response response = this.api.postJson("/api/housing/apartments",
				apartment(objectNumber, "Annan väg 1", "ANNAN-1", 1, "30", "3000"));

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("detail").asString())
			.isEqualTo("Det finns redan en lägenhet med objektnummer " + objectNumber + ".");
		assertThat(allOutboxRows()).isEqualTo(outboxBefore);
	}

	@Test
	void aCorrelationIdThatIsNotAUuidIsReplacedSoFreeTextNeverReachesLogsOrEvents() {
		ApiClient.Response response = this.api.postJson("/api/housing/apartments",
				apartment(uniqueObjectNumber(), "Storgatan 1", "S1", 1, "30", "3000"), "X-Correlation-Id",
				"19900101-1234");

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.header("X-Correlation-Id")).isNotEqualTo("19900101-1234").matches("[0-9a-f-]{36}");
		ConsumerRecord<String, String> record = awaitEvent(response.json().get("id").asString(), "ApartmentRegistered");
		assertThat(KafkaProbe.header(record, KafkaHeaders.CORRELATION_ID))
			.isEqualTo(response.header("X-Correlation-Id"));
	}

	@Test
	void anUnknownApartmentIsNotFound() {
		ApiClient.Response response = this.api.get("/api/housing/apartments/" + UUID.randomUUID());

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("title").asString()).isEqualTo("Lägenheten finns inte");
	}

	@Test
	void theApartmentPageListsApartmentsInSwedish() {
		String objectNumber = uniqueObjectNumber();
		register(objectNumber);

		ApiClient.Response page = this.api.get("/housing/apartments?stairwell=STORG-12A");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"sv\"").contains(objectNumber).contains("6\u00a0450\u00a0kr");
		assertThat(page.body()).contains("href=\"/housing/assets/bb.css\"")
			.contains("class=\"org-badge org-housing\">Bostadsbolaget<")
			.contains("<a href=\"/housing/apartments\">Lägenheter</a>")
			.contains("<main id=\"main\"");
		assertThat(this.api.get("/housing/apartments?lang=en").body()).contains("Register apartment");
	}

	@Test
	void thePageFormShowsSwedishErrorsAndAcceptsADecimalComma() {
		ApiClient.Response notANumber = this.api.postForm("/housing/apartments",
				"objectNumber=X1&address=Storgatan+1&stairwell=S1&rooms=tre&areaSquareMetres=40&monthlyRent=4000");
		assertThat(notANumber.status()).isEqualTo(200);
		assertThat(notANumber.body()).contains("Ange ett heltal.").contains("aria-invalid=\"true\"");
		ApiClient.Response missing = this.api.postForm("/housing/apartments",
				"objectNumber=&address=Storgatan+1&stairwell=S1&rooms=3&areaSquareMetres=40&monthlyRent=0");
		assertThat(missing.body()).contains("Ange objektnummer.")
			.contains("Månadshyran ska vara mellan 1 och 100 000 kr.");

		String objectNumber = uniqueObjectNumber();
		ApiClient.Response valid = this.api.postForm("/housing/apartments", "objectNumber=" + objectNumber
				+ "&address=Storgatan+1&stairwell=S1&rooms=2&areaSquareMetres=58%2C5&monthlyRent=6+450");
		assertThat(valid.status()).isEqualTo(302);
		assertThat(valid.header("Location")).isEqualTo("/housing/apartments?registered=" + objectNumber);
		assertThat(this.api.get(valid.header("Location")).body())
			.contains("Lägenhet " + objectNumber + " är registrerad.");
		assertThat(this.jdbc.sql("select area_square_metres from apartment where object_number = :n")
			.param("n", objectNumber)
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("58.5");
	}

	private String register(String objectNumber) {
		ApiClient.Response response = this.api.postJson("/api/housing/apartments",
				apartment(objectNumber, "Storgatan 12A", "STORG-12A", 2, "58.5", "6450"));
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private ConsumerRecord<String, String> awaitEvent(String apartmentId, String type) {
		return await()
			.until(() -> this.kafka.readAll(HousingEvents.APARTMENT_TOPIC)
				.stream()
				.filter((r) -> apartmentId.equals(r.key())
						&& type.equals(KafkaProbe.header(r, KafkaHeaders.EVENT_TYPE)))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	private static Map<String, Object> apartment(String objectNumber, String address, String stairwell, int rooms,
			String area, String rent) {
		return Map.of("objectNumber", objectNumber, "address", address, "stairwell", stairwell, "rooms", rooms,
				"areaSquareMetres", new java.math.BigDecimal(area), "monthlyRent", new java.math.BigDecimal(rent));
	}

	private static String uniqueObjectNumber() {
		return "T-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private long apartmentRows() {
		return this.jdbc.sql("select count(*) from apartment").query(Long.class).single();
	}

	private long allOutboxRows() {
		return this.jdbc.sql("select count(*) from outbox_event").query(Long.class).single();
	}

	private long unsentOutboxRows() {
		return this.jdbc.sql("select count(*) from outbox_event where sent_at is null").query(Long.class).single();
	}

	private long outboxRows(String aggregate) {
		return this.jdbc.sql("select count(*) from outbox_event where aggregate_key = :key")
			.param("key", aggregate)
			.query(Long.class)
			.single();
	}

}
