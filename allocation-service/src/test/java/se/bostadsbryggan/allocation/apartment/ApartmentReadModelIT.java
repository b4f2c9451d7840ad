package se.bostadsbryggan.allocation.apartment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.allocation.EventMessage;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.messaging.InvalidEventException;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.messaging.MessagingAutoConfiguration;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The read model of apartments available for re-letting, fed with raw records on
 * {@code housing.apartment.v1} as housing-service would write them. Every test uses its
 * own apartments, so the tests share one application context and one database.
 */
@ServiceIntegrationTest
class ApartmentReadModelIT {

	private static final String TOPIC = HousingEvents.APARTMENT_TOPIC;

	private static final String DEAD_LETTERS = TOPIC + MessagingAutoConfiguration.DEAD_LETTER_SUFFIX;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Autowired
	ApiClient api;

	@Autowired
	KafkaProbe kafka;

	@Test
	void theGoldenApartmentEventsAreReadAndTheApartmentIsListedAvailable() {
		EventMessage registered = EventMessage.golden(HousingEvents.APARTMENT_REGISTERED);
		EventMessage vacated = EventMessage.golden(HousingEvents.APARTMENT_VACATED);

		registered.sendWith(this.kafka);
		vacated.sendWith(this.kafka);

		String id = registered.key();
		JsonNode apartment = eventually().until(() -> listed(id), Optional::isPresent).orElseThrow();
		assertThat(apartment.get("objectNumber").asString()).isEqualTo("1001-0203");
		assertThat(apartment.get("address").asString()).isEqualTo("Storgatan 12A");
		assertThat(apartment.get("stairwell").asString()).isEqualTo("STORG-12A");
		assertThat(apartment.get("rooms").asInt()).isEqualTo(2);
		assertThat(apartment.get("areaSquareMetres").decimalValue()).isEqualByComparingTo("58.5");
		assertThat(apartment.get("monthlyRent").decimalValue()).isEqualByComparingTo("6450");
		assertThat(apartment.get("available").asBoolean()).isTrue();
		assertThat(apartment.get("availableFrom").asString()).isEqualTo("2027-01-01");
		assertThat(this.api.get("/api/allocation/apartments/" + id).json().get("objectNumber").asString())
			.isEqualTo("1001-0203");
		assertThat(this.jdbc.sql("select reported_at from vacancy where event_id = :eventId")
			.param("eventId", vacated.eventId())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(Instant.parse("2026-11-25T10:15:00Z"));

		ApiClient.Response page = this.api.get("/allocation/");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"sv\"")
			.contains("<td>1001-0203</td>")
			.contains("<td>Storgatan 12A</td>")
			.contains("58,5 m²")
			.contains("6\u00a0450\u00a0kr")
			.contains("<td>2027-01-01</td>");
	}

	@Test
	void theSameEventDeliveredTwiceGivesOneEffect() {
		UUID id = UUID.randomUUID();
		String objectNumber = objectNumber();
		registered(id, objectNumber).sendWith(this.kafka);
		EventMessage vacated = vacated(id, objectNumber, LocalDate.of(2027, 2, 1));
		double duplicatesBefore = count("bb.events.duplicate", "ApartmentVacated");

		vacated.sendWith(this.kafka);
		vacated.sendWith(this.kafka);
		// A later event on the same partition (the tests' topics have one): once its
		// effect
		// shows, the consumer has been past both copies.
		UUID marker = UUID.randomUUID();
		registered(marker, objectNumber()).sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(known(marker)).isTrue());

		assertThat(this.jdbc.sql("select count(*) from vacancy where event_id = :eventId")
			.param("eventId", vacated.eventId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(processed(vacated.eventId())).isEqualTo(1);
		assertThat(count("bb.events.duplicate", "ApartmentVacated")).isEqualTo(duplicatesBefore + 1);
		assertThat(deadLetters(id.toString())).isEmpty();
		assertThat(this.api.get("/api/allocation/apartments/" + id).json().get("availableFrom").asString())
			.isEqualTo("2027-02-01");
	}

	@Test
	void aPoisonMessageLandsOnTheDeadLetterTopicAndTheNextGoodMessageIsStillProcessed() {
		String notJsonKey = UUID.randomUUID().toString();
		String notJson = "<apartment id=\"" + notJsonKey + "\">not JSON</apartment>";
		UUID misfitId = UUID.randomUUID();
		EventMessage misfit = EventMessage.like(HousingEvents.APARTMENT_REGISTERED)
			.about(misfitId, "apartmentId")
			.with("rooms", "many")
			.build();
		UUID good = UUID.randomUUID();

		this.kafka.send(TOPIC, notJsonKey, notJson, Map.of(KafkaHeaders.EVENT_TYPE, "ApartmentRegistered"));
		misfit.sendWith(this.kafka);
		registered(good, objectNumber()).sendWith(this.kafka);

		eventually().untilAsserted(
				() -> assertThat(this.api.get("/api/allocation/apartments/" + good).status()).isEqualTo(200));
		ConsumerRecord<String, String> notJsonDead = deadLetter(notJsonKey);
		assertThat(notJsonDead.value()).isEqualTo(notJson);
		assertThat(dltHeader(notJsonDead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
		assertThat(dltHeader(notJsonDead, "kafka_dlt-exception-message")).contains("not JSON");
		assertThat(dltHeader(notJsonDead, "kafka_dlt-exception-cause-fqcn"))
			.isEqualTo(InvalidEventException.class.getName());
		assertThat(dltHeader(notJsonDead, "kafka_dlt-original-consumer-group"))
			.isEqualTo(AvailableApartmentsConsumer.NAME);

		ConsumerRecord<String, String> misfitDead = deadLetter(misfitId.toString());
		assertThat(misfitDead.value()).isEqualTo(misfit.value());
		assertThat(KafkaProbe.header(misfitDead, KafkaHeaders.EVENT_ID)).isEqualTo(misfit.eventId().toString());
		assertThat(dltHeader(misfitDead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
		assertThat(dltHeader(misfitDead, "kafka_dlt-exception-message")).contains("does not fit its contract");
		assertThat(dltHeader(misfitDead, "kafka_dlt-exception-cause-fqcn"))
			.isEqualTo(InvalidEventException.class.getName());
		assertThat(dltHeader(misfitDead, "kafka_dlt-exception-stacktrace")).isNotBlank();
		assertThat(processed(misfit.eventId())).isZero();
		assertThat(known(misfitId)).isFalse();
	}

	@Test
	void anEventLackingAFieldItsContractRequiresIsDeadLetteredAndItsTransactionRolledBack() {
		UUID id = UUID.randomUUID();
		EventMessage noAddress = EventMessage.like(HousingEvents.APARTMENT_REGISTERED)
			.about(id, "apartmentId")
			.withNull("address")
			.build();

		noAddress.sendWith(this.kafka);

		ConsumerRecord<String, String> dead = deadLetter(id.toString());
		assertThat(dead.value()).isEqualTo(noAddress.value());
		assertThat(dltHeader(dead, "kafka_dlt-exception-message")).contains("lacks address");
		assertThat(dltHeader(dead, "kafka_dlt-exception-cause-fqcn")).isEqualTo(InvalidEventException.class.getName());
		assertThat(processed(noAddress.eventId())).isZero();
		assertThat(known(id)).isFalse();
	}

	@Test
	void anUnknownEventTypeIsCountedAndSkippedWithoutDeadLetter() {
		UUID id = UUID.randomUUID();
		EventMessage painted = EventMessage.like(HousingEvents.APARTMENT_VACATED)
			.about(id, "apartmentId")
			.eventType("ApartmentPainted")
			.with("colour", "blue")
			.build();
		double unknownBefore = count("bb.events.unknown", "ApartmentPainted");

		painted.sendWith(this.kafka);
		UUID marker = UUID.randomUUID();
		registered(marker, objectNumber()).sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(known(marker)).isTrue());

		assertThat(count("bb.events.unknown", "ApartmentPainted")).isEqualTo(unknownBefore + 1);
		assertThat(deadLetters(id.toString())).isEmpty();
		assertThat(processed(painted.eventId())).isZero();
		assertThat(known(id)).isFalse();
	}

	@Test
	void aVacancyThatArrivesBeforeItsRegistrationIsKeptAndTheRegistrationFillsInTheDetails() {
		UUID id = UUID.randomUUID();
		String objectNumber = objectNumber();

		vacated(id, objectNumber, LocalDate.of(2027, 4, 1)).sendWith(this.kafka);

		JsonNode early = eventually().until(() -> listed(id.toString()), Optional::isPresent).orElseThrow();
		assertThat(early.get("objectNumber").asString()).isEqualTo(objectNumber);
		assertThat(early.get("address").isNull()).isTrue();
		assertThat(this.api.get("/allocation/").body())
			.contains("Uppgifterna om lägenheten har inte kommit från bostadsbolaget än.");

		registered(id, objectNumber).sendWith(this.kafka);

		eventually().untilAsserted(() -> {
			JsonNode complete = listed(id.toString()).orElseThrow();
			assertThat(complete.get("address").asString()).isEqualTo("Storgatan 12A");
			assertThat(complete.get("rooms").asInt()).isEqualTo(2);
			assertThat(complete.get("available").asBoolean()).isTrue();
			assertThat(complete.get("availableFrom").asString()).isEqualTo("2027-04-01");
		});
		assertThat(this.jdbc.sql("select count(*) from vacancy where apartment_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void availableApartmentsAreListedByAvailableFromThenObjectNumber() {
		String prefix = "ORD-" + UUID.randomUUID().toString().substring(0, 6);
		UUID laterB = UUID.randomUUID();
		UUID laterA = UUID.randomUUID();
		UUID earliest = UUID.randomUUID();
		UUID notVacant = UUID.randomUUID();
		vacantApartment(laterB, prefix + "-B", LocalDate.of(2027, 3, 1));
		vacantApartment(laterA, prefix + "-A", LocalDate.of(2027, 3, 1));
		vacantApartment(earliest, prefix + "-C", LocalDate.of(2027, 2, 15));
		registered(notVacant, prefix + "-D").sendWith(this.kafka);

		eventually().untilAsserted(() -> assertThat(known(notVacant)).isTrue());
		List<String> order = available().stream()
			.map((apartment) -> apartment.get("apartmentId").asString())
			.filter((id) -> List.of(laterB, laterA, earliest, notVacant).contains(UUID.fromString(id)))
			.toList();
		assertThat(order).containsExactly(earliest.toString(), laterA.toString(), laterB.toString());
	}

	@Test
	void anUnknownApartmentIsNotFound() {
		UUID id = UUID.randomUUID();

		ApiClient.Response response = this.api.get("/api/allocation/apartments/" + id);

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo("Lägenheten finns inte");
		assertThat(response.json().get("detail").asString()).isEqualTo("Det finns ingen lägenhet med id " + id + ".");
	}

	@Test
	void anInvalidApartmentIdIsABadRequestInSwedish() {
		ApiClient.Response response = this.api.get("/api/allocation/apartments/not-a-uuid");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo("Felaktig begäran");
		assertThat(response.json().get("detail").asString()).isEqualTo("Värdet för id har fel format.");
		assertThat(response.json().get("correlationId").asString()).isNotBlank();
	}

	private void vacantApartment(UUID id, String objectNumber, LocalDate from) {
		registered(id, objectNumber).sendWith(this.kafka);
		vacated(id, objectNumber, from).sendWith(this.kafka);
	}

	private static EventMessage registered(UUID id, String objectNumber) {
		return EventMessage.like(HousingEvents.APARTMENT_REGISTERED)
			.about(id, "apartmentId")
			.with("objectNumber", objectNumber)
			.build();
	}

	private static EventMessage vacated(UUID id, String objectNumber, LocalDate from) {
		return EventMessage.like(HousingEvents.APARTMENT_VACATED)
			.about(id, "apartmentId")
			.with("objectNumber", objectNumber)
			.with("availableFrom", from.toString())
			.build();
	}

	private static String objectNumber() {
		return "T-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private List<JsonNode> available() {
		ApiClient.Response response = this.api.get("/api/allocation/apartments");
		assertThat(response.status()).isEqualTo(200);
		return response.json().valueStream().toList();
	}

	private Optional<JsonNode> listed(String id) {
		return available().stream()
			.filter((apartment) -> id.equals(apartment.get("apartmentId").asString()))
			.findFirst();
	}

	private boolean known(UUID id) {
		return this.jdbc.sql("select count(*) from apartment where apartment_id = :id")
			.param("id", id)
			.query(Long.class)
			.single() == 1;
	}

	private long processed(UUID eventId) {
		return this.jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = :eventId")
			.param("consumer", AvailableApartmentsConsumer.NAME)
			.param("eventId", eventId)
			.query(Long.class)
			.single();
	}

	private double count(String meter, String eventType) {
		Counter counter = this.meters.find(meter)
			.tags("consumer", AvailableApartmentsConsumer.NAME, "topic", TOPIC, "type", eventType)
			.counter();
		return (counter != null) ? counter.count() : 0;
	}

	private List<ConsumerRecord<String, String>> deadLetters(String key) {
		return this.kafka.readAll(DEAD_LETTERS).stream().filter((record) -> key.equals(record.key())).toList();
	}

	private ConsumerRecord<String, String> deadLetter(String key) {
		List<ConsumerRecord<String, String>> records = eventually().until(() -> deadLetters(key),
				(found) -> !found.isEmpty());
		assertThat(records).hasSize(1);
		return records.get(0);
	}

	private static String dltHeader(ConsumerRecord<String, String> record, String name) {
		String value = KafkaProbe.header(record, name);
		assertThat(value).as("header %s", name).isNotNull();
		return value;
	}

	private static ConditionFactory eventually() {
		return await().atMost(Duration.ofSeconds(30));
	}

}
