package se.bostadsbryggan.housing.turnover;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.GoldenEvents;
import se.bostadsbryggan.testsupport.JsonShape;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Turnover derived from lease history, in years no other test touches (2001–2004): the
 * lease history goes in through the API, as staff would register it.
 */
@ServiceIntegrationTest
class TurnoverIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static boolean historyRegistered;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiClient api;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	TurnoverService turnover;

	@Autowired
	TurnoverRepository repository;

	@Autowired
	Outbox outbox;

	@Autowired
	TurnoverYearClose yearClose;

	@Autowired
	TransactionTemplate transactions;

	@Value("${local.server.port}")
	int port;

	@BeforeEach
	void registerHistoryOnce() {
		if (historyRegistered) {
			return;
		}
		// Re-let across the new year: ends 31 Dec 2002, the next starts 2 Jan 2003.
		String acrossNewYear = apartment();
		endLease(lease(acrossNewYear, "2001-03-01"), "2002-12-31");
		lease(acrossNewYear, "2003-01-02");
		// A first lease ever is not a re-let.
		lease(apartment(), "2003-05-01");
		// A vacancy without a new lease is not a re-let.
		endLease(lease(apartment(), "2002-01-01"), "2003-06-30");
		// Re-let twice in one year: two re-lets of one apartment.
		String twice = apartment();
		endLease(lease(twice, "2001-01-01"), "2003-03-31");
		endLease(lease(twice, "2003-04-01"), "2003-08-31");
		lease(twice, "2003-09-01");
		historyRegistered = true;
	}

	@Test
	void aReLetCountsForTheYearTheNewLeaseStartsInAndNeitherFirstLeasesNorVacanciesCount() {
		assertThat(this.turnover.of(2001).reLets()).isZero();
		assertThat(this.turnover.of(2002).reLets()).isZero();
		YearTurnover year2003 = this.turnover.of(2003);
		assertThat(year2003.reLets()).isEqualTo(3);
		assertThat(year2003.apartmentsReLet()).isEqualTo(2);
		assertThat(year2003.closed()).isTrue();
		assertThat(this.turnover.of(2004).reLets()).isZero();
	}

	@Test
	void theManagerPublishesAYearOnDemandAsTurnoverCalculated() {
		ApiClient manager = client("HOUSING_MANAGER");

		ApiClient.Response response = manager.postJson("/api/housing/turnover/2003/publish", Map.of());

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("reLets").asInt()).isEqualTo(3);
		assertThat(response.json().get("lastPublishedAt").isNull()).isFalse();
		ConsumerRecord<String, String> record = await()
			.until(() -> this.kafka.readAll(HousingEvents.TURNOVER_TOPIC)
				.stream()
				.filter((r) -> "2003".equals(r.key()))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		JsonNode event = JSON.readTree(record.value());
		JsonShape.assertSameShape(event, GoldenEvents.tree(HousingEvents.TURNOVER_CALCULATED));
		assertThat(KafkaProbe.header(record, KafkaHeaders.EVENT_TYPE)).isEqualTo("TurnoverCalculated");
		assertThat(event.get("payload").get("reLets").asInt()).isEqualTo(3);
		assertThat(event.get("payload").get("yearClosed").asBoolean()).isTrue();
		assertThat(client("HOUSING_STAFF").postJson("/api/housing/turnover/2003/publish", Map.of()).status())
			.isEqualTo(403);
		assertThat(manager.postJson("/api/housing/turnover/2999/publish", Map.of()).status()).isEqualTo(400);
	}

	@Test
	void whenAYearClosesItsFigureIsPublishedOnceOnTheInjectedClock() {
		Clock newYear2004 = Clock.fixed(Instant.parse("2004-01-01T00:05:00Z"), ZoneId.of("Europe/Stockholm"));
		TurnoverService atNewYear = new TurnoverService(this.repository, this.outbox, newYear2004);

		Boolean first = this.transactions.execute((status) -> atNewYear.publishClosedYear());
		Boolean second = this.transactions.execute((status) -> atNewYear.publishClosedYear());

		assertThat(first).isTrue();
		assertThat(second).isFalse();

		assertThat(publications(2003, "YEAR_CLOSED")).isEqualTo(1);
		assertThat(this.jdbc
			.sql("""
					select count(*) from outbox_event
					where event_type = 'TurnoverCalculated' and aggregate_key = '2003' and payload like '%"yearClosed":true%'
					""")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void theScheduledCheckPublishesLastYearOnlyOnce() {
		int lastYear = LocalDate.now().getYear() - 1;

		this.yearClose.check();
		this.yearClose.check();

		assertThat(publications(lastYear, "YEAR_CLOSED")).isEqualTo(1);
	}

	@Test
	void thePageShowsFiveYearsAsAChartAndATableAndOnlyTheManagerMayPublish() {
		int thisYear = LocalDate.now().getYear();

		ApiClient.Response staff = client("HOUSING_STAFF").get("/housing/turnover");
		assertThat(staff.status()).isEqualTo(200);
		assertThat(staff.body()).contains("<h1>Omflyttning</h1>")
			.contains("<svg")
			.contains("role=\"img\"")
			.contains("<title id=\"chart-title\">")
			.contains(String.valueOf(thisYear - 4))
			.contains(thisYear + "</span>")
			.contains("(hittills)")
			.doesNotContainPattern("<script(?![^>]*bb-notices\\.js)")
			.doesNotContain("Publicera");
		ApiClient.Response manager = client("HOUSING_MANAGER").get("/housing/turnover");
		assertThat(manager.body()).contains("Publicera omflyttningen för " + (thisYear - 1));
		ApiClient.Response published = client("HOUSING_MANAGER")
			.postForm("/housing/turnover/" + (thisYear - 1) + "/publish", "");
		assertThat(published.status()).isEqualTo(302);
		assertThat(client("HOUSING_MANAGER").get(published.header("Location")).body())
			.contains("Omflyttningen för " + (thisYear - 1) + " är publicerad.");
	}

	private long publications(int year, String reason) {
		return this.jdbc.sql("select count(*) from turnover_publication where year = :year and reason = :reason")
			.param("year", year)
			.param("reason", reason)
			.query(Long.class)
			.single();
	}

	private ApiClient client(String role) {
		return new ApiClient("http://localhost:" + this.port)
			.withBearerToken(TestTokens.shared().token("HOUSING", role));
	}

	private String apartment() {
		ApiClient.Response response = this.api.postJson("/api/housing/apartments",
				Map.of("objectNumber", "TO-" + UUID.randomUUID().toString().substring(0, 8), "address",
						"Omflyttningsgatan 1", "stairwell", "OMFL-1", "rooms", 3, "areaSquareMetres",
						new BigDecimal("70"), "monthlyRent", new BigDecimal("7000")));
		assertThat(response.status()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private String lease(String apartmentId, String start) {
		ApiClient.Response response = this.api.postJson("/api/housing/apartments/" + apartmentId + "/leases",
				Map.of("type", "SOCIAL", "startDate", start));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private void endLease(String leaseId, String end) {
		assertThat(this.api.postJson("/api/housing/leases/" + leaseId + "/end", Map.of("endDate", end)).status())
			.isEqualTo(200);
	}

}
