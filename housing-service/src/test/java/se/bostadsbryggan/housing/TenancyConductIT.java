package se.bostadsbryggan.housing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.contracts.EventDefinition;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.housing.rent.RentService;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.GoldenEvents;
import se.bostadsbryggan.testsupport.JsonShape;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.bostadsbryggan.testsupport.Problems.fields;

/**
 * Rent and disturbances of a lease: the ledger through the API and its page, and the
 * conduct events social services get for social contracts and guaranteed leases only.
 */
@ServiceIntegrationTest
class TenancyConductIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiClient api;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	RentService rent;

	@Test
	void anOrdinaryTenantsLatePaymentAndVerifiedDisturbanceProduceNoEvent() {
		String leaseId = lease(Map.of("type", "FIRST_HAND", "startDate", start().toString(), "tenantName",
				"Erik Nilsson", "personalIdentityNumber", "19811218-9876"));

		JsonNode ledger = pay(leaseId, "6450", LocalDate.now(), null).json();
		String disturbance = reportAndConclude(leaseId, "VERIFIED");

		assertThat(ledger.get("latePayments").asInt()).isEqualTo(1);
		assertThat(ledger.get("charges").get(0).get("status").asString()).isEqualTo("PAID_LATE");
		assertThat(this.api.get("/api/housing/disturbances/" + disturbance).json().get("status").asString())
			.isEqualTo("VERIFIED");
		this.rent.reportOverdue();
		assertThat(conductEventsInOutbox(leaseId)).as("the outbox is where every event starts").isZero();
		assertThat(this.kafka.readAll(HousingEvents.TENANCY_CONDUCT_TOPIC))
			.noneMatch((record) -> leaseId.equals(record.key()));
	}

	@Test
	void aSocialContractsLatePaymentOverdueRentAndConcludedDisturbancesArePublished() {
		String leaseId = lease(Map.of("type", "SOCIAL", "startDate", start().toString()));

		pay(leaseId, "6450", LocalDate.now(), "BG-" + UUID.randomUUID().toString().substring(0, 8));
		String verified = reportAndConclude(leaseId, "VERIFIED");
		reportAndConclude(leaseId, "DISMISSED");

		ConsumerRecord<String, String> paid = awaitEvent(HousingEvents.RENT_PAYMENT_RECORDED, leaseId);
		JsonNode payment = JSON.readTree(paid.value());
		JsonShape.assertSameShape(payment, GoldenEvents.tree(HousingEvents.RENT_PAYMENT_RECORDED));
		assertThat(payment.get("payload").get("month").asString()).isEqualTo(YearMonth.from(start()).toString());
		assertThat(payment.get("payload").get("onTime").asBoolean()).isFalse();
		assertThat(payment.get("payload").get("paidDate").asString()).isEqualTo(LocalDate.now().toString());
		assertThat(payment.get("payload").get("leaseType").asString()).isEqualTo("SOCIAL");

		List<ConsumerRecord<String, String>> concluded = await()
			.until(() -> events(HousingEvents.DISTURBANCE_CONCLUDED, leaseId), (found) -> found.size() == 2);
		JsonNode first = JSON.readTree(concluded.get(0).value());
		JsonShape.assertSameShape(first, GoldenEvents.tree(HousingEvents.DISTURBANCE_CONCLUDED));
		assertThat(first.get("payload").get("disturbanceId").asString()).isEqualTo(verified);
		assertThat(concluded)
			.extracting((record) -> JSON.readTree(record.value()).get("payload").get("outcome").asString())
			.containsExactly("VERIFIED", "DISMISSED");
		assertThat(concluded)
			.allSatisfy((record) -> assertThat(record.value()).doesNotContain("Hög musik").doesNotContain("Bekräftat"));

		// The next month's rent is still unpaid past its due date: the daily run reports
		// it
		// once.
		int reported = this.rent.reportOverdue();
		assertThat(reported).isPositive();
		assertThat(this.rent.reportOverdue()).isZero();
		JsonNode overdue = JSON.readTree(awaitEvent(HousingEvents.RENT_OVERDUE, leaseId).value());
		JsonShape.assertSameShape(overdue, GoldenEvents.tree(HousingEvents.RENT_OVERDUE));
		assertThat(overdue.get("payload").get("month").asString())
			.isEqualTo(YearMonth.from(start()).plusMonths(1).toString());
	}

	@Test
	void badPaymentsAndReportsGiveProblemDetailsAndWriteNothing() {
		String leaseId = lease(Map.of("type", "GUARANTEED", "startDate", start().toString(), "tenantName",
				"Sara Olsson", "personalIdentityNumber", "19811218-9876"));
		pay(leaseId, "100", LocalDate.now(), "DUP-" + leaseId.substring(0, 8));
		long payments = count("rent_payment");
		long disturbances = count("disturbance");
		long outbox = count("outbox_event");

		ApiClient.Response empty = this.api.postJson(payments(leaseId), Map.of());
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
		assertThat(fields(empty.json())).containsExactlyInAnyOrder("amount", "paidDate");
		ApiClient.Response negative = this.api.postJson(payments(leaseId),
				Map.of("amount", -5, "paidDate", LocalDate.now().toString(), "reference", "ett mellanslag"));
		assertThat(fields(negative.json())).containsExactlyInAnyOrder("amount", "reference");
		ApiClient.Response future = this.api.postJson(payments(leaseId),
				Map.of("amount", 100, "paidDate", LocalDate.now().plusDays(1).toString()));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("title").asString()).isEqualTo("Betalningsdagen har inte varit");
		ApiClient.Response repeated = this.api.postJson(payments(leaseId), Map.of("amount", 100, "paidDate",
				LocalDate.now().toString(), "reference", "DUP-" + leaseId.substring(0, 8)));
		assertThat(repeated.status()).isEqualTo(409);
		assertThat(this.api
			.postJson(payments(UUID.randomUUID().toString()),
					Map.of("amount", 100, "paidDate", LocalDate.now().toString()))
			.status()).isEqualTo(404);

		ApiClient.Response noReport = this.api.postJson(disturbances(leaseId), Map.of("category", "BULLER"));
		assertThat(noReport.status()).isEqualTo(400);
		ApiClient.Response missing = this.api.postJson(disturbances(leaseId), Map.of("description", " "));
		assertThat(fields(missing.json())).containsExactlyInAnyOrder("occurredOn", "category", "description");
		String id = this.api
			.postJson(disturbances(leaseId),
					Map.of("occurredOn", LocalDate.now().toString(), "category", "DAMAGE", "description",
							"Trasig dörr"))
			.json()
			.get("id")
			.asString();
		disturbances++;
		ApiClient.Response noReason = this.api.postJson(conclusion(id), Map.of("outcome", "VERIFIED"));
		assertThat(fields(noReason.json())).containsExactly("reason");
		ApiClient.Response notAConclusion = this.api.postJson(conclusion(id),
				Map.of("outcome", "REPORTED", "reason", "Vet inte"));
		assertThat(notAConclusion.status()).isEqualTo(400);
		assertThat(this.api
			.postJson(conclusion(UUID.randomUUID().toString()), Map.of("outcome", "VERIFIED", "reason", "Ja"))
			.status()).isEqualTo(404);
		assertThat(this.api.get("/api/housing/disturbances/" + id).json().get("status").asString())
			.isEqualTo("REPORTED");

		assertThat(count("rent_payment")).isEqualTo(payments);
		assertThat(count("disturbance")).isEqualTo(disturbances);
		assertThat(count("outbox_event")).isEqualTo(outbox);
		assertThat(this.api.postJson(conclusion(id), Map.of("outcome", "DISMISSED", "reason", "Inte styrkt")).status())
			.isEqualTo(200);
		ApiClient.Response again = this.api.postJson(conclusion(id), Map.of("outcome", "VERIFIED", "reason", "Ändå"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("title").asString()).isEqualTo("Anmälan är redan bedömd");
	}

	@Test
	void theLedgerAndDisturbancePagesShowSwedishAmountsAndDatesAndTheirFormsWork() {
		String leaseId = lease(Map.of("type", "SOCIAL", "startDate", start().toString()));

		ApiClient.Response paid = this.api.postForm("/housing/leases/" + leaseId + "/payments",
				"amount=6+450%2C00&paidDate=" + LocalDate.now() + "&reference=");
		assertThat(paid.status()).isEqualTo(302);
		ApiClient.Response page = this.api.get(paid.header("Location"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Inbetalningen är registrerad.")
			.contains("6\u00a0450\u00a0kr")
			.contains(LocalDate.now().toString())
			.contains("Sen betalning")
			.contains("Hyresskuld");
		ApiClient.Response bad = this.api.postForm("/housing/leases/" + leaseId + "/payments",
				"amount=mycket&paidDate=" + LocalDate.now().plusDays(2) + "&reference=");
		assertThat(bad.status()).isEqualTo(200);
		assertThat(bad.body()).contains("Rätta följande innan du sparar").contains("aria-invalid=\"true\"");

		ApiClient.Response reported = this.api.postForm("/housing/leases/" + leaseId + "/disturbances",
				"occurredOn=" + LocalDate.now() + "&category=DISTURBANCE&description=H%C3%B6g+musik");
		assertThat(reported.status()).isEqualTo(302);
		String id = this.jdbc.sql("select cast(id as text) from disturbance where lease_id = cast(:id as uuid)")
			.param("id", leaseId)
			.query(String.class)
			.single();
		ApiClient.Response noReason = this.api.postForm("/housing/disturbances/" + id + "/conclusion",
				"outcome=VERIFIED&reason=");
		assertThat(noReason.status()).isEqualTo(200);
		assertThat(noReason.body()).contains("Ange en motivering.");
		ApiClient.Response verified = this.api.postForm("/housing/disturbances/" + id + "/conclusion",
				"outcome=VERIFIED&reason=Bekr%C3%A4ftat+av+grannar");
		assertThat(verified.status()).isEqualTo(302);
		assertThat(this.api.get(verified.header("Location")).body()).contains("Anmälan är verifierad.")
			.contains("Verifierad")
			.contains("Bekräftat av grannar");
		assertThat(this.api.get("/housing/leases/" + UUID.randomUUID() + "/ledger").status()).isEqualTo(404);
	}

	/** The first day of the month two months ago: its rent is due, and so is the next. */
	private static LocalDate start() {
		return YearMonth.now().minusMonths(2).atDay(1);
	}

	private String lease(Map<String, Object> command) {
		String objectNumber = "R-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response apartment = this.api.postJson("/api/housing/apartments",
				Map.of("objectNumber", objectNumber, "address", "Kyrkvägen 3", "stairwell", "KYRKV-3", "rooms", 2,
						"areaSquareMetres", new BigDecimal("61.0"), "monthlyRent", new BigDecimal("6450")));
		String apartmentId = apartment.json().get("id").asString();
		ApiClient.Response lease = this.api.postJson("/api/housing/apartments/" + apartmentId + "/leases", command);
		assertThat(lease.status()).as(lease.body()).isEqualTo(201);
		return lease.json().get("id").asString();
	}

	private ApiClient.Response pay(String leaseId, String amount, LocalDate paidDate, String reference) {
		Map<String, Object> payment = (reference != null)
				? Map.of("amount", new BigDecimal(amount), "paidDate", paidDate.toString(), "reference", reference)
				: Map.of("amount", new BigDecimal(amount), "paidDate", paidDate.toString());
		ApiClient.Response response = this.api.postJson(payments(leaseId), payment);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response;
	}

	private String reportAndConclude(String leaseId, String outcome) {
		ApiClient.Response reported = this.api.postJson(disturbances(leaseId),
				Map.of("occurredOn", LocalDate.now().minusDays(3).toString(), "category", "DISTURBANCE", "description",
						"Hög musik på natten"));
		assertThat(reported.status()).as(reported.body()).isEqualTo(201);
		String id = reported.json().get("id").asString();
		ApiClient.Response concluded = this.api.postJson(conclusion(id),
				Map.of("outcome", outcome, "reason", "Bekräftat av två grannar"));
		assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
		return id;
	}

	private long conductEventsInOutbox(String leaseId) {
		return this.jdbc.sql("select count(*) from outbox_event where topic = :topic and aggregate_key = :key")
			.param("topic", HousingEvents.TENANCY_CONDUCT_TOPIC)
			.param("key", leaseId)
			.query(Long.class)
			.single();
	}

	private ConsumerRecord<String, String> awaitEvent(EventDefinition<?> definition, String leaseId) {
		return await().until(() -> events(definition, leaseId), (found) -> !found.isEmpty()).get(0);
	}

	private List<ConsumerRecord<String, String>> events(EventDefinition<?> definition, String leaseId) {
		return this.kafka.readAll(definition.topic())
			.stream()
			.filter((record) -> leaseId.equals(record.key()))
			.filter((record) -> definition.type().equals(KafkaProbe.header(record, KafkaHeaders.EVENT_TYPE)))
			.toList();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static String payments(String leaseId) {
		return "/api/housing/leases/" + leaseId + "/payments";
	}

	private static String disturbances(String leaseId) {
		return "/api/housing/leases/" + leaseId + "/disturbances";
	}

	private static String conclusion(String id) {
		return "/api/housing/disturbances/" + id + "/conclusion";
	}

}
