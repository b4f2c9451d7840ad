package se.bostadsbryggan.housing.placement;

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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.allocation.PlacementAgreed;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.housing.IncomingEvents;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.GoldenEvents;
import se.bostadsbryggan.testsupport.JsonShape;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shared workflow's placements become social contracts, or are refused without any
 * other change.
 */
@ServiceIntegrationTest
class PlacementIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	ApiClient api;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theGoldenPlacementIsReadAsItsContractSays() {
		PlacementAgreed golden = GoldenEvents.payload(AllocationEvents.PLACEMENT_AGREED);
		assertThat(golden.placementId()).isNotNull();
		assertThat(golden.apartmentId()).isNotNull();
		assertThat(golden.startDate()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void aPlacementSignsExactlyOneSocialContractEvenWhenDeliveredTwiceAndItsLeaseStartedNamesIt() {
		UUID apartmentId = vacantApartment();
		String objectNumber = objectNumber(apartmentId);
		UUID placementId = UUID.randomUUID();
		UUID eventId = UUID.randomUUID();
		LocalDate start = LocalDate.now().plusDays(7);
		PlacementAgreed placement = new PlacementAgreed(placementId, apartmentId, objectNumber, UUID.randomUUID(),
				start);

		IncomingEvents.send(this.kafka, AllocationEvents.PLACEMENT_AGREED, eventId, apartmentId, placement);
		IncomingEvents.send(this.kafka, AllocationEvents.PLACEMENT_AGREED, eventId, apartmentId, placement);
		// The same placement again under another event id (a producer's retry): still
		// one.
		IncomingEvents.send(this.kafka, AllocationEvents.PLACEMENT_AGREED, UUID.randomUUID(), apartmentId, placement);
		// A later event on the same partition: once it is handled, so are the three
		// before.
		UUID marker = placeMarker();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(placementRecorded(marker)).isTrue());
		List<Map<String, Object>> leases = this.jdbc
			.sql("select type, tenant_id, start_date, end_date, placement_id from lease where apartment_id = :id")
			.param("id", apartmentId)
			.query()
			.listOfRows();
		assertThat(leases).hasSize(1);
		assertThat(leases.get(0)).containsEntry("type", "SOCIAL")
			.containsEntry("tenant_id", null)
			.containsEntry("end_date", null)
			.containsEntry("placement_id", placementId);
		assertThat(leases.get(0).get("start_date").toString()).isEqualTo(start.toString());
		assertThat(this.api.get("/api/housing/apartments/" + apartmentId).json().get("status").asString())
			.isEqualTo("LET");
		assertThat(this.jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = :id")
			.param("consumer", PlacementConsumer.NAME)
			.param("id", eventId)
			.query(Long.class)
			.single()).isEqualTo(1);

		List<ConsumerRecord<String, String>> started = await().atMost(Duration.ofSeconds(30))
			.until(() -> IncomingEvents.published(this.kafka, HousingEvents.LEASE_STARTED, apartmentId),
					(records) -> !records.isEmpty());
		assertThat(started).hasSize(1);
		JsonNode event = JSON.readTree(started.get(0).value());
		JsonShape.assertSameShape(event, GoldenEvents.tree(HousingEvents.LEASE_STARTED));
		assertThat(event.get("payload").get("placementId").asString()).isEqualTo(placementId.toString());
		assertThat(event.get("payload").get("leaseType").asString()).isEqualTo("SOCIAL");
		assertThat(event.get("payload").get("tenant").asString()).isEqualTo("Götene kommun");
		assertThat(event.get("payload").get("startDate").asString()).isEqualTo(start.toString());
		assertThat(IncomingEvents.published(this.kafka, HousingEvents.PLACEMENT_REFUSED, apartmentId)).isEmpty();
	}

	@Test
	void aPlacementOfAnApartmentWithARunningLeaseIsRefusedOnceAndChangesNothingElse() {
		UUID apartmentId = vacantApartment();
		ApiClient.Response firstHand = this.api.postJson("/api/housing/apartments/" + apartmentId + "/leases",
				Map.of("type", "FIRST_HAND", "startDate", LocalDate.now().minusYears(1).toString(), "tenantName",
						"Cecilia Carlsson", "personalIdentityNumber", "19811218-9876"));
		assertThat(firstHand.status()).as(firstHand.body()).isEqualTo(201);
		UUID placementId = UUID.randomUUID();
		UUID eventId = UUID.randomUUID();
		PlacementAgreed placement = new PlacementAgreed(placementId, apartmentId, objectNumber(apartmentId),
				UUID.randomUUID(), LocalDate.now().plusDays(7));

		IncomingEvents.send(this.kafka, AllocationEvents.PLACEMENT_AGREED, eventId, apartmentId, placement);
		IncomingEvents.send(this.kafka, AllocationEvents.PLACEMENT_AGREED, eventId, apartmentId, placement);
		UUID marker = placeMarker();

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(placementRecorded(marker)).isTrue());
		assertThat(this.jdbc.sql("select refusal_reason from placement where placement_id = :id")
			.param("id", placementId)
			.query(String.class)
			.single()).isEqualTo("APARTMENT_LET");
		assertThat(this.jdbc.sql("select count(*) from lease where apartment_id = :id or placement_id = :placement")
			.param("id", apartmentId)
			.param("placement", placementId)
			.query(Long.class)
			.single()).isEqualTo(1);
		List<ConsumerRecord<String, String>> refused = await().atMost(Duration.ofSeconds(30))
			.until(() -> IncomingEvents.published(this.kafka, HousingEvents.PLACEMENT_REFUSED, apartmentId),
					(records) -> !records.isEmpty());
		assertThat(refused).hasSize(1);
		JsonNode event = JSON.readTree(refused.get(0).value());
		JsonShape.assertSameShape(event, GoldenEvents.tree(HousingEvents.PLACEMENT_REFUSED));
		assertThat(event.get("payload").get("placementId").asString()).isEqualTo(placementId.toString());
		assertThat(event.get("payload").get("reason").asString()).isEqualTo("APARTMENT_LET");
		// Only the staff's first-hand lease started.
		assertThat(IncomingEvents.published(this.kafka, HousingEvents.LEASE_STARTED, apartmentId)).hasSize(1);
	}

	@Test
	void aPlacementOfAnUnknownApartmentOrAnotherObjectNumberIsRefused() {
		UUID unknown = UUID.randomUUID();
		UUID unknownPlacement = UUID.randomUUID();
		IncomingEvents.send(this.kafka, AllocationEvents.PLACEMENT_AGREED, UUID.randomUUID(), unknown,
				new PlacementAgreed(unknownPlacement, unknown, "0000-0000", UUID.randomUUID(), LocalDate.now()));
		UUID apartmentId = vacantApartment();
		UUID mismatchPlacement = UUID.randomUUID();
		IncomingEvents.send(this.kafka, AllocationEvents.PLACEMENT_AGREED, UUID.randomUUID(), apartmentId,
				new PlacementAgreed(mismatchPlacement, apartmentId, "not-" + objectNumber(apartmentId),
						UUID.randomUUID(), LocalDate.now()));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(refusal(unknownPlacement)).isEqualTo("APARTMENT_UNKNOWN");
			assertThat(refusal(mismatchPlacement)).isEqualTo("OBJECT_NUMBER_MISMATCH");
		});
		assertThat(this.jdbc.sql("select count(*) from lease where apartment_id = :id")
			.param("id", apartmentId)
			.query(Long.class)
			.single()).isZero();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(IncomingEvents.published(this.kafka, HousingEvents.PLACEMENT_REFUSED, unknown))
						.hasSize(1));
	}

	private String refusal(UUID placementId) {
		return this.jdbc.sql("select refusal_reason from placement where placement_id = :id")
			.param("id", placementId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private boolean placementRecorded(UUID placementId) {
		return this.jdbc.sql("select exists (select 1 from placement where placement_id = :id)")
			.param("id", placementId)
			.query(Boolean.class)
			.single();
	}

	// A placement of another vacant apartment, to know when the consumer got past earlier
	// events.
	private UUID placeMarker() {
		UUID apartmentId = vacantApartment();
		UUID placementId = UUID.randomUUID();
		IncomingEvents.send(this.kafka, AllocationEvents.PLACEMENT_AGREED, UUID.randomUUID(), apartmentId,
				new PlacementAgreed(placementId, apartmentId, objectNumber(apartmentId), UUID.randomUUID(),
						LocalDate.now().plusDays(1)));
		return placementId;
	}

	private String objectNumber(UUID apartmentId) {
		return this.jdbc.sql("select object_number from apartment where id = :id")
			.param("id", apartmentId)
			.query(String.class)
			.single();
	}

	private UUID vacantApartment() {
		ApiClient.Response response = this.api.postJson("/api/housing/apartments",
				Map.of("objectNumber", "P-" + UUID.randomUUID().toString().substring(0, 8), "address",
						"Placeringsvägen 5", "stairwell", "PLAC-5", "rooms", 2, "areaSquareMetres",
						new BigDecimal("58"), "monthlyRent", new BigDecimal("6200")));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		String id = response.json().get("id").asString();
		assertThat(this.api
			.postJson("/api/housing/apartments/" + id + "/vacancy", Map.of("availableFrom", LocalDate.now().toString()))
			.status()).isEqualTo(200);
		return UUID.fromString(id);
	}

}
