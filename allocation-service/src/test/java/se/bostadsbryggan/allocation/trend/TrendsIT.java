package se.bostadsbryggan.allocation.trend;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.allocation.EventMessage;
import se.bostadsbryggan.allocation.agreement.AgreementTerms;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.MovableClock;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trend figures from a small fixture over three years, with today 15 June 2026 (the
 * test's own clock, so its own context and fresh database hold nothing else). Leases,
 * takeovers, the guarantee release and the turnover arrive as events (each twice); the
 * agreements through the API; the placements directly in the table, as the offer workflow
 * leaves them.
 *
 * <pre>
 * Contracts (start – last day, takeover or release):
 *   S1 SOCIAL     2024-02-01 – 2025-03-31, taken over 2025-04-01 (425 days)
 *   S2 SOCIAL     2024-09-01 – 2025-08-31, taken over 2025-09-01 (365 days)
 *   S3 SOCIAL     2025-05-01 – open
 *   S5 SOCIAL     2025-02-01 – 2026-02-28, taken over 2026-03-01 (393 days)
 *   S4 SOCIAL     2026-01-15 – open
 *   S6 SOCIAL     2026-05-01 – open
 *   G1 GUARANTEED 2024-01-10 – open, released 2025-06-30
 *   G2 GUARANTEED 2024-05-01 – open
 *   G3 GUARANTEED 2025-10-01 – 2026-03-31
 *   F1 FIRST_HAND 2025-03-01 – open (not a social contract: counts nowhere)
 * Turnover: 2024 30 re-lets (28 apartments), 2025 24 re-lets (20 apartments).
 * Agreements 2025 and 2026 with the default 10 %: quota 2025 = 10 % of 28 = 2.8 -> 3,
 *   quota 2026 = 10 % of 20 = 2; 2024 has none.
 * Placements: 2025 two and one REFUSED, 2026 one.
 *
 * year  day         social guar. released placed quota used   takeovers median       re-lets started share
 * 2024  2024-12-31  2 (S1,S2) 2 (G1,G2) 0  0      –     –      0         –            30      2 (S1,S2) 2/30 = 6.7
 * 2025  2025-12-31  2 (S3,S5) 2 (G2,G3) 1  2      3     66.7   2         (365+425)/2 = 395 d / 30.4375 = 12.98 -> 13.0
 *                                                                                     24      2 (S3,S5) 2/24 = 8.3
 * 2026  2026-06-15  3 (S3,S4,S6) 1 (G2) 0  1      2     50.0   1         393 d / 30.4375 = 12.91 -> 12.9
 *                                                                                     –       2 (S4,S6) –
 * </pre>
 */
@ServiceIntegrationTest
class TrendsIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	MovableClock clock;

	@Value("${local.server.port}")
	int port;

	@BeforeEach
	void fixtureOfThreeYears() {
		this.clock.set(Instant.parse("2026-06-15T10:00:00Z"));
		if (this.jdbc.sql("select count(*) from contract").query(Long.class).single() > 0) {
			return;
		}
		Lease s1 = lease("SOCIAL", "2024-02-01").ended("2025-03-31");
		Lease s2 = lease("SOCIAL", "2024-09-01").ended("2025-08-31");
		lease("SOCIAL", "2025-05-01");
		Lease s5 = lease("SOCIAL", "2025-02-01").ended("2026-02-28");
		lease("SOCIAL", "2026-01-15");
		lease("SOCIAL", "2026-05-01");
		Lease g1 = lease("GUARANTEED", "2024-01-10");
		lease("GUARANTEED", "2024-05-01");
		lease("GUARANTEED", "2025-10-01").ended("2026-03-31");
		lease("FIRST_HAND", "2025-03-01");
		eventually().untilAsserted(() -> {
			assertThat(count("select count(*) from lease")).isEqualTo(10);
			assertThat(count("select count(*) from contract")).isEqualTo(9);
			assertThat(count("select count(*) from contract where end_date is not null")).isEqualTo(4);
		});
		s1.takenOver("2025-04-01");
		s2.takenOver("2025-09-01");
		s5.takenOver("2026-03-01");
		g1.guaranteeReleased("2025-06-30");
		turnover(2024, 30, 28);
		turnover(2025, 24, 20);
		eventually().untilAsserted(() -> {
			assertThat(count("select count(*) from contract where taken_over_on is not null")).isEqualTo(3);
			assertThat(count("select count(*) from contract where guarantee_released_on is not null")).isEqualTo(1);
			assertThat(count("select count(*) from turnover")).isEqualTo(2);
		});
		ApiClient manager = as(User.of("chef-trender", "HOUSING", "HOUSING_MANAGER"));
		assertThat(manager.postJson("/api/allocation/agreements/2025/versions", AgreementTerms.defaults()).status())
			.isEqualTo(201);
		assertThat(manager.postJson("/api/allocation/agreements/2026/versions", AgreementTerms.defaults()).status())
			.isEqualTo(201);
		placement(2025, null);
		placement(2025, null);
		placement(2025, "APARTMENT_LET");
		placement(2026, null);
	}

	@Test
	void theApiGivesTheHandComputedFiguresPerYear() {
		JsonNode years = staff().get("/api/allocation/trends").json().get("years");

		assertThat(years).hasSize(3);
		assertYear(years.get(0), 2024, "2024-12-31", 2, 2, 0, 0, null, null, 0, null, 30, 2, "6.7");
		assertYear(years.get(1), 2025, "2025-12-31", 2, 2, 1, 2, 3, "66.7", 2, "13.0", 24, 2, "8.3");
		assertYear(years.get(2), 2026, "2026-06-15", 3, 1, 0, 1, 2, "50.0", 1, "12.9", null, 2, null);
	}

	@Test
	void theCsvHasOneRowPerYearWithDecimalCommasAndEmptyCellsForWhatIsUnknown() {
		ApiClient.Response csv = staff().get("/allocation/trends.csv", "Accept-Language", "sv");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
		assertThat(csv.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"bostadsbryggan-statistik.csv\"");
		assertThat(csv.body().getBytes(StandardCharsets.UTF_8)).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(csv.body().substring(1).split("\r\n")).containsExactly(
				"År;Pågående sociala kontrakt;Pågående borgen;Släppta borgen;Placeringar;Kvot;Använd kvot (%);"
						+ "Överlåtelser till eget kontrakt;Mediantid till eget kontrakt (mån);Omflyttningar;"
						+ "Sociala kontrakt som började;Andel av omflyttningarna (%)",
				"2024;2;2;0;0;;;0;;30;2;6,7", "2025;2;2;1;2;3;66,7;2;13,0;24;2;8,3", "2026;3;1;0;1;2;50,0;1;12,9;;2;");
	}

	@Test
	void theEnglishCsvHasEnglishHeadingsAndDecimalPoints() {
		String csv = staff().get("/allocation/trends.csv", "Accept-Language", "en").body();

		assertThat(csv.substring(1).split("\r\n")).hasSize(4)
			.startsWith("Year;Social contracts running;Guarantees running;Guarantees released;Placements;Quota;"
					+ "Quota used (%);Takeovers to own contract;Median months to own contract;Re-lets;"
					+ "Social contracts started;Share of the re-lets (%)")
			.contains("2025;2;2;1;2;3;66.7;2;13.0;24;2;8.3");
	}

	@Test
	void thePageDrawsFourChartsWithSummariesAndTheTableInSwedish() {
		String page = as(User.caseworker("handl-trender", "Vuxenenheten")).get("/allocation/trends").body();

		assertThat(page).contains("<h1>Statistik: utveckling och rättvisa</h1>")
			.contains("href=\"/allocation/trends.csv\"")
			.contains("Ladda ner CSV")
			.contains("Götene")
			.contains("aria-label=\"Pågående sociala kontrakt och borgen per år, 2024–2026. "
					+ "Sociala kontrakt: 2 år 2024 och 3 år 2026; Borgen (randigt): 2 år 2024 och 1 år 2026.\"")
			.contains("aria-label=\"Andel av omflyttningarna som blev sociala kontrakt (%), 2024–2026. "
					+ "Andel sociala kontrakt: 6,7 % år 2024 och uppgift saknas år 2026.\"")
			.contains(">13,0</text>")
			.contains(">8,3 %</text>")
			.contains("<td class=\"num\">13,0 mån</td>")
			.contains("<td class=\"num\">66,7 %</td>")
			.contains("<a href=\"/allocation/trends\">Statistik</a>");
		assertThat(page.split("role=\"img\"", -1)).hasSize(5);
	}

	private static void assertYear(JsonNode year, int expectedYear, String referenceDay, int socialActive,
			int guaranteesActive, int guaranteesReleased, int placements, Integer quota, String quotaUsed,
			int takeovers, String median, Integer reLets, int socialStarted, String share) {
		assertThat(year.get("year").asInt()).isEqualTo(expectedYear);
		assertThat(year.get("referenceDay").asString()).isEqualTo(referenceDay);
		assertThat(year.get("socialActive").asInt()).as("social contracts %d", expectedYear).isEqualTo(socialActive);
		assertThat(year.get("guaranteesActive").asInt()).as("guarantees %d", expectedYear).isEqualTo(guaranteesActive);
		assertThat(year.get("guaranteesReleased").asInt()).isEqualTo(guaranteesReleased);
		assertThat(year.get("placements").asInt()).as("placements %d", expectedYear).isEqualTo(placements);
		assertThat(nullable(year.get("quota"))).isEqualTo((quota != null) ? quota.toString() : null);
		assertThat(nullable(year.get("quotaUsedPercent"))).isEqualTo(quotaUsed);
		assertThat(year.get("takeovers").asInt()).isEqualTo(takeovers);
		assertThat(nullable(year.get("medianMonthsToOwnContract"))).isEqualTo(median);
		assertThat(nullable(year.get("reLets"))).isEqualTo((reLets != null) ? reLets.toString() : null);
		assertThat(year.get("socialStarted").asInt()).isEqualTo(socialStarted);
		assertThat(nullable(year.get("reLetSharePercent"))).isEqualTo(share);
	}

	private static String nullable(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.toString();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private Lease lease(String type, String start) {
		Lease lease = new Lease(type, start);
		deliver(EventMessage.like(HousingEvents.LEASE_STARTED)
			.about(lease.apartment, "apartmentId")
			.with("leaseId", lease.id.toString())
			.with("objectNumber", lease.objectNumber)
			.with("stairwell", "TREND-" + lease.objectNumber)
			.with("leaseType", type)
			.with("startDate", start)
			.withNull("endDate")
			.withNull("placementId")
			.build());
		return lease;
	}

	private void turnover(int year, int reLets, int apartmentsReLet) {
		deliver(EventMessage.like(HousingEvents.TURNOVER_CALCULATED)
			.aggregateId(String.valueOf(year))
			.with("year", year)
			.with("reLets", reLets)
			.with("apartmentsReLet", apartmentsReLet)
			.occurredAt(Instant.parse((year + 1) + "-01-01T00:05:00Z"))
			.build());
	}

	/** A placement of the year's quota, as the offer workflow leaves it. */
	private void placement(int year, String refusedReason) {
		UUID apartment = UUID.randomUUID();
		UUID request = UUID.randomUUID();
		this.jdbc.sql("insert into quota_year (year, created_at) values (:year, now()) on conflict do nothing")
			.param("year", year)
			.update();
		this.jdbc.sql("insert into apartment (apartment_id, object_number, updated_at) values (:id, :object, now())")
			.param("id", apartment)
			.param("object", "P" + apartment.toString().substring(0, 6))
			.update();
		this.jdbc
			.sql("""
					insert into placement (id, quota_year, request_reference, apartment_id, placed_on, status, refused_reason)
					values (:id, :year, :request, :apartment, make_date(:year, 3, 1), :status, :reason)
					""")
			.param("id", UUID.randomUUID())
			.param("year", year)
			.param("request", request)
			.param("apartment", apartment)
			.param("status", (refusedReason != null) ? "REFUSED" : "SIGNED")
			.param("reason", refusedReason)
			.update();
	}

	/** Sends the event twice: the consumers count it once. */
	private void deliver(EventMessage event) {
		event.sendWith(this.kafka);
		event.sendWith(this.kafka);
	}

	private ApiClient staff() {
		return as(User.of("bovard-trender", "HOUSING", "HOUSING_STAFF"));
	}

	private ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static ConditionFactory eventually() {
		return await().atMost(Duration.ofSeconds(30));
	}

	/** One lease of the fixture, with its own apartment and object number. */
	private final class Lease {

		final UUID id = UUID.randomUUID();

		final UUID apartment = UUID.randomUUID();

		final String objectNumber = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

		final String type;

		final String start;

		Lease(String type, String start) {
			this.type = type;
			this.start = start;
		}

		Lease ended(String end) {
			deliver(EventMessage.like(HousingEvents.LEASE_ENDED)
				.about(this.apartment, "apartmentId")
				.with("leaseId", this.id.toString())
				.with("objectNumber", this.objectNumber)
				.with("stairwell", "TREND-" + this.objectNumber)
				.with("leaseType", this.type)
				.with("startDate", this.start)
				.with("endDate", end)
				.with("noticeDate", end)
				.build());
			return this;
		}

		void takenOver(String on) {
			deliver(EventMessage.like(HousingEvents.TAKEOVER_COMPLETED)
				.about(this.apartment, "apartmentId")
				.with("socialLeaseId", this.id.toString())
				.with("newLeaseId", UUID.randomUUID().toString())
				.with("objectNumber", this.objectNumber)
				.with("takeoverDate", on)
				.build());
		}

		void guaranteeReleased(String on) {
			deliver(EventMessage.like(SocialEvents.GUARANTEE_RELEASED)
				.aggregateId(this.objectNumber)
				.with("objectNumber", this.objectNumber)
				.with("releasedOn", on)
				.build());
		}

	}

	/** The clock of this test's context: mid-June 2026. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		MovableClock clock() {
			return new MovableClock(Instant.parse("2026-06-15T10:00:00Z"));
		}

	}

}
