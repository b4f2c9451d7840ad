package se.bostadsbryggan.allocation.quota;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.allocation.EventMessage;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The yearly quota from the housing company's turnover events
 * ({@code housing.turnover.v1}) and the year's agreement, and the housing manager's
 * exceptions. Each test uses its own years, as the tests share one database.
 */
@ServiceIntegrationTest
class QuotaIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaProbe kafka;

	@Value("${local.server.port}")
	int port;

	@Test
	void theGoldenTurnoverOfLastYearSetsThisYearsQuotaByTheRule() {
		ApiClient manager = as(User.of("chef-golden", "HOUSING", "HOUSING_MANAGER"));
		EventMessage.golden(HousingEvents.TURNOVER_CALCULATED).sendWith(this.kafka);
		assertThat(manager.postJson("/api/allocation/agreements/2027/versions", defaults()).status()).isEqualTo(201);

		JsonNode quota = eventually().until(() -> quota(manager, 2027), (q) -> !q.get("lastYear").isNull());

		assertThat(quota.get("lastYear").get("apartmentsReLet").asInt()).isEqualTo(60);
		assertThat(quota.get("lastYear").get("reLets").asInt()).isEqualTo(61);
		assertThat(quota.get("byRule").asInt()).isEqualTo(6);
		assertThat(quota.get("total").asInt()).isEqualTo(6);
		assertThat(quota.get("placed").asInt()).isZero();
		assertThat(quota.get("offered").asInt()).isZero();
		assertThat(quota.get("left").asInt()).isEqualTo(6);
		assertThat(quota.get("months")).hasSize(12);
	}

	@Test
	void sixtyTwoApartmentsReLetAtTenPercentGiveSixAndThePageSaysSoInSwedish() {
		ApiClient manager = as(User.of("chef-2061", "HOUSING", "HOUSING_MANAGER"));
		turnover(2060, 64, 62, Instant.parse("2061-01-01T00:05:00Z")).sendWith(this.kafka);
		assertThat(manager.postJson("/api/allocation/agreements/2061/versions", defaults()).status()).isEqualTo(201);
		eventually().until(() -> quota(manager, 2061), (q) -> !q.get("lastYear").isNull());

		assertThat(quota(manager, 2061).get("byRule").asInt()).isEqualTo(6);
		String page = manager.get("/allocation/quota?year=2061").body();
		assertThat(page).contains("<html lang=\"sv\"")
			.contains("<h1>Kvot 2061</h1>")
			.contains("62 lägenheter flyttades om (64 omflyttningar)")
			.contains("10 % av fjolårets omflyttade lägenheter, avrundat till närmaste heltal (,5 uppåt)")
			.contains("<th scope=\"row\">januari</th>")
			.contains("Rättvisa mot bostadskön")
			.contains("Bevilja undantaget");
	}

	@Test
	void aRedeliveredTurnoverCountsOnceAndAnEarlierFigureDoesNotReplaceALaterOne() {
		EventMessage latest = turnover(2070, 70, 65, Instant.parse("2071-01-01T00:05:00Z"));
		EventMessage earlier = turnover(2070, 50, 48, Instant.parse("2070-12-01T00:05:00Z"));

		latest.sendWith(this.kafka);
		latest.sendWith(this.kafka);
		earlier.sendWith(this.kafka);
		EventMessage marker = turnover(2072, 1, 1, Instant.parse("2073-01-01T00:00:00Z"));
		marker.sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(kept(2072)).isEqualTo(1));

		assertThat(kept(2070)).isEqualTo(65);
		assertThat(this.jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = :id")
			.param("consumer", TurnoverConsumer.NAME)
			.param("id", latest.eventId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select event_id from turnover where year = 2070").query(UUID.class).single())
			.isEqualTo(latest.eventId());
		ApiClient manager = as(User.of("chef-2071", "HOUSING", "HOUSING_MANAGER"));
		assertThat(manager.postJson("/api/allocation/agreements/2071/versions", defaults()).status()).isEqualTo(201);
		// 65 × 10 % = 6.5, rounded half up.
		assertThat(quota(manager, 2071).get("byRule").asInt()).isEqualTo(7);
	}

	@Test
	void aHousingManagerGrantsAnExceptionWithAReasonWhichIsAuditedAndShown() {
		ApiClient manager = as(User.of("chef-2081", "HOUSING", "HOUSING_MANAGER"));
		ApiClient staff = as(User.of("bovard-2081", "HOUSING", "HOUSING_STAFF"));
		ApiClient socialManager = as(User.socialManager("enhet-2081", "Vuxenenheten"));
		turnover(2080, 40, 40, Instant.parse("2081-01-01T00:05:00Z")).sendWith(this.kafka);
		assertThat(manager.postJson("/api/allocation/agreements/2081/versions", defaults()).status()).isEqualTo(201);
		eventually().until(() -> quota(manager, 2081), (q) -> !q.get("lastYear").isNull());
		Map<String, Object> grant = Map.of("extraSlots", 2, "reason", "Akut behov efter branden på Kyrkvägen");

		assertThat(staff.postJson("/api/allocation/quota/2081/exceptions", grant).status()).isEqualTo(403);
		assertThat(socialManager.postJson("/api/allocation/quota/2081/exceptions", grant).status()).isEqualTo(403);
		ApiClient.Response tooShort = manager.postJson("/api/allocation/quota/2081/exceptions",
				Map.of("extraSlots", 0, "reason", "kort"));
		ApiClient.Response granted = manager.postJson("/api/allocation/quota/2081/exceptions", grant);

		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.body()).contains("Skälet ska vara mellan 10 och 2 000 tecken.")
			.contains("Ange ett antal från 1 till 1 000.");
		assertThat(granted.status()).as(granted.body()).isEqualTo(201);
		assertThat(granted.json().get("byRule").asInt()).isEqualTo(4);
		assertThat(granted.json().get("extraSlots").asInt()).isEqualTo(2);
		assertThat(granted.json().get("total").asInt()).isEqualTo(6);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where action = 'QUOTA_EXCEPTION_GRANT' and subject_id = '2081'
				    and actor_username = 'chef-2081' and details ->> 'reason' like 'Akut behov%'
				""").query(Long.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from quota_exception where year = 2081").query(Long.class).single())
			.isEqualTo(1);

		ApiClient.Response form = manager.postForm("/allocation/quota/2081/exceptions", "extraSlots=1&reason=");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("Skriv skälet till undantaget.");
		assertThat(manager.get("/allocation/quota?year=2081").body()).contains("Akut behov efter branden på Kyrkvägen")
			.contains("chef-2081");
		assertThat(staff.get("/allocation/quota?year=2081").body()).doesNotContain("Bevilja undantaget");
	}

	private int kept(int year) {
		return this.jdbc.sql("select coalesce(max(apartments_re_let), -1) from turnover where year = :year")
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	private static JsonNode quota(ApiClient api, int year) {
		ApiClient.Response response = api.get("/api/allocation/quota/" + year);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static EventMessage turnover(int year, int reLets, int apartmentsReLet, Instant occurredAt) {
		return EventMessage.like(HousingEvents.TURNOVER_CALCULATED)
			.aggregateId(String.valueOf(year))
			.with("year", year)
			.with("reLets", reLets)
			.with("apartmentsReLet", apartmentsReLet)
			.occurredAt(occurredAt)
			.build();
	}

	static Map<String, Object> defaults() {
		return Map.ofEntries(Map.entry("quotaMode", "SHARE"), Map.entry("quotaPercent", 10),
				Map.entry("maxPerStairwell", 1), Map.entry("maxPerPropertyPercent", 10),
				Map.entry("offerAnswerDays", 7), Map.entry("meetingIntervalWeeks", 6),
				Map.entry("takeoverContractMonths", 12), Map.entry("takeoverOnTimeRentMonths", 12),
				Map.entry("takeoverPaymentGraceDays", 5), Map.entry("takeoverDisturbanceFreeMonths", 12),
				Map.entry("takeoverReadinessMaxAgeMonths", 6));
	}

	private ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static ConditionFactory eventually() {
		return await().atMost(Duration.ofSeconds(30));
	}

}
