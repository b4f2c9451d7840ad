package se.bostadsbryggan.allocation.agreement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly agreement: versions with history, edited only by the two organisations'
 * managers, every change audited, bad input refused in Swedish with nothing written. Each
 * test uses its own year, as the tests share one database.
 */
@ServiceIntegrationTest
class AgreementIT {

	private static final AtomicInteger YEARS = new AtomicInteger(2040);

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void aManagerSavesVersionsAndTheHistorySaysWhoChangedWhat() {
		int year = YEARS.getAndIncrement();
		ApiClient housingManager = as(User.of("chef-" + year, "HOUSING", "HOUSING_MANAGER"));
		ApiClient socialManager = as(User.socialManager("enhet-" + year, "Vuxenenheten"));

		ApiClient.Response first = housingManager.postJson(versions(year), terms(null, "10", 1));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("version").asInt()).isEqualTo(1);
		ApiClient.Response second = socialManager.postJson(versions(year), terms(1, "12.5", 2));
		assertThat(second.status()).as(second.body()).isEqualTo(201);

		JsonNode inForce = housingManager.get("/api/allocation/agreements/" + year).json();
		assertThat(inForce.get("version").asInt()).isEqualTo(2);
		assertThat(inForce.get("changedBy").asString()).isEqualTo("enhet-" + year);
		assertThat(inForce.get("terms").get("quotaPercent").decimalValue()).isEqualByComparingTo("12.5");
		assertThat(inForce.get("terms").get("maxPerStairwell").asInt()).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from agreement_version where year = :year")
			.param("year", year)
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(audited("AGREEMENT_CHANGE", year, "SUCCESS")).isEqualTo(2);
		assertThat(this.jdbc.sql("""
				select details ->> 'maxPerStairwell' from audit_event
				where action = 'AGREEMENT_CHANGE' and subject_id = :year and actor_username = :who
				""").param("year", String.valueOf(year)).param("who", "enhet-" + year).query(String.class).single())
			.isEqualTo("1 -> 2");

		String page = housingManager.get("/allocation/agreement?year=" + year).body();
		assertThat(page).contains("<html lang=\"sv\"")
			.contains("<h1>Samarbetsavtal " + year + "</h1>")
			.contains("Villkor som gäller (version 2)")
			.contains("12,5 % av lägenheterna som flyttades om förra året")
			.contains("Högst antal sociala kontrakt och borgen per trappuppgång: 1 → 2")
			.contains("enhet-" + year)
			.contains("Spara ny version");
	}

	@Test
	void staffAndCaseworkersReadButMayNotSaveAndTheRefusalIsAudited() {
		int year = YEARS.getAndIncrement();
		ApiClient staff = as(User.of("bovard-" + year, "HOUSING", "HOUSING_STAFF"));
		ApiClient caseworker = as(User.caseworker("hanna-" + year, "Vuxenenheten"));

		assertThat(staff.postJson(versions(year), terms(null, "10", 1)).status()).isEqualTo(403);
		assertThat(caseworker.postJson(versions(year), terms(null, "10", 1)).status()).isEqualTo(403);
		assertThat(staff.postForm("/allocation/agreement/" + year + "/versions", form(null)).status()).isEqualTo(403);

		assertThat(count(year)).isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event
				where action = 'ACCESS_DENIED' and outcome = 'DENIED' and actor_username in (:staff, :caseworker)
				""").param("staff", "bovard-" + year).param("caseworker", "hanna-" + year).query(Long.class).single())
			.isEqualTo(3);
		ApiClient.Response page = caseworker.get("/allocation/agreement?year=" + year);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Inget avtal än").doesNotContain("Spara ny version");
	}

	@Test
	void aYearWithoutAnAgreementOffersLastYearsTermsAndNothingIsWrittenByLooking() {
		int year = YEARS.getAndIncrement();
		ApiClient manager = as(User.of("chef-" + year, "HOUSING", "HOUSING_MANAGER"));
		assertThat(manager.postJson(versions(year), terms(null, "7.5", 3)).status()).isEqualTo(201);

		String next = manager.get("/allocation/agreement?year=" + (year + 1)).body();

		assertThat(next).contains("Det finns inget samarbetsavtal för " + (year + 1) + " än")
			.contains("Skapa avtalet för " + (year + 1))
			.contains("value=\"7,5\"")
			.contains("name=\"maxPerStairwell\" value=\"3\"");
		assertThat(count(year + 1)).isZero();
		assertThat(manager.get("/api/allocation/agreements/" + (year + 1)).status()).isEqualTo(404);
		YEARS.getAndIncrement();
	}

	@Test
	void theFormSavesANewVersionAndRedirectsWithANotice() {
		int year = YEARS.getAndIncrement();
		ApiClient manager = as(User.of("chef-" + year, "HOUSING", "HOUSING_MANAGER"));

		ApiClient.Response saved = manager.postForm("/allocation/agreement/" + year + "/versions", form(null));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.header("Location")).contains("/allocation/agreement?year=" + year);
		assertThat(manager.get("/allocation/agreement?year=" + year + "&saved=true").body())
			.contains("Avtalet är sparat som en ny version.");
		assertThat(count(year)).isEqualTo(1);
	}

	@Test
	void badInputIsRefusedInSwedishAndNothingIsWritten() {
		int year = YEARS.getAndIncrement();
		ApiClient manager = as(User.of("chef-" + year, "HOUSING", "HOUSING_MANAGER"));
		Map<String, Object> bad = terms(null, "0", -1);
		bad.put("offerAnswerDays", null);

		ApiClient.Response api = manager.postJson(versions(year), bad);
		String rest = "&maxPerPropertyPercent=10&offerAnswerDays=&meetingIntervalWeeks=6&takeoverContractMonths=12"
				+ "&takeoverOnTimeRentMonths=12&takeoverPaymentGraceDays=5&takeoverDisturbanceFreeMonths=12"
				+ "&takeoverReadinessMaxAgeMonths=6";
		ApiClient.Response page = manager.postForm("/allocation/agreement/" + year + "/versions",
				"quotaMode=SHARE&quotaPercent=5&maxPerStairwell=-1" + rest);
		ApiClient.Response notANumber = manager.postForm("/allocation/agreement/" + year + "/versions",
				"quotaMode=SHARE&quotaPercent=abc&maxPerStairwell=1" + rest);

		assertThat(api.status()).isEqualTo(400);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.body()).contains("Ange ett heltal från 0 till 50.").contains("Fyll i ett tal.");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Rätta följande innan du sparar")
			.contains("Ange ett heltal från 0 till 50.")
			.contains("Fyll i ett tal.")
			.contains("aria-invalid=\"true\"");
		ApiClient.Response fixedWithoutNumber = manager.postForm("/allocation/agreement/" + year + "/versions",
				"quotaMode=FIXED&quotaPercent=&maxPerStairwell=1"
						+ rest.replace("offerAnswerDays=", "offerAnswerDays=7"));
		assertThat(fixedWithoutNumber.body())
			.contains("Ange andelen i procent för en andel, eller antalet lägenheter för ett fast antal.")
			.contains("href=\"#quotaRuleComplete\"");
		assertThat(notANumber.status()).isEqualTo(200);
		assertThat(notANumber.body()).contains("Rätta följande innan du sparar")
			.contains("Ange ett tal, t.ex. 10 eller 7,5.");
		assertThat(count(year)).isZero();
	}

	@Test
	void aSaveBasedOnAnOldVersionIsAConflict() {
		int year = YEARS.getAndIncrement();
		ApiClient manager = as(User.of("chef-" + year, "HOUSING", "HOUSING_MANAGER"));
		assertThat(manager.postJson(versions(year), terms(null, "10", 1)).status()).isEqualTo(201);
		assertThat(manager.postJson(versions(year), terms(1, "11", 1)).status()).isEqualTo(201);

		ApiClient.Response stale = manager.postJson(versions(year), terms(1, "12", 1));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("title").asString()).isEqualTo("Avtalet har ändrats");
		assertThat(count(year)).isEqualTo(2);
		assertThat(audited("AGREEMENT_CHANGE", year, "CONFLICT")).isEqualTo(1);
	}

	private long count(int year) {
		return this.jdbc.sql("select count(*) from agreement_version where year = :year")
			.param("year", year)
			.query(Long.class)
			.single();
	}

	private long audited(String action, int year, String outcome) {
		return this.jdbc.sql(
				"select count(*) from audit_event where action = :action and subject_id = :year and outcome = :outcome")
			.param("action", action)
			.param("year", String.valueOf(year))
			.param("outcome", outcome)
			.query(Long.class)
			.single();
	}

	private static String versions(int year) {
		return "/api/allocation/agreements/" + year + "/versions";
	}

	static Map<String, Object> terms(Integer basedOn, String percent, int maxPerStairwell) {
		Map<String, Object> terms = new LinkedHashMap<>();
		terms.put("quotaMode", "SHARE");
		terms.put("quotaPercent", new java.math.BigDecimal(percent));
		terms.put("maxPerStairwell", maxPerStairwell);
		terms.put("maxPerPropertyPercent", 10);
		terms.put("offerAnswerDays", 7);
		terms.put("meetingIntervalWeeks", 6);
		terms.put("takeoverContractMonths", 12);
		terms.put("takeoverOnTimeRentMonths", 12);
		terms.put("takeoverPaymentGraceDays", 5);
		terms.put("takeoverDisturbanceFreeMonths", 12);
		terms.put("takeoverReadinessMaxAgeMonths", 6);
		terms.put("basedOnVersion", basedOn);
		return terms;
	}

	private static String form(Integer basedOn) {
		return "quotaMode=SHARE&quotaPercent=" + URLEncoder.encode("10", StandardCharsets.UTF_8)
				+ "&maxPerStairwell=1&maxPerPropertyPercent=10&offerAnswerDays=7&meetingIntervalWeeks=6"
				+ "&takeoverContractMonths=12&takeoverOnTimeRentMonths=12&takeoverPaymentGraceDays=5"
				+ "&takeoverDisturbanceFreeMonths=12&takeoverReadinessMaxAgeMonths=6&note=F%C3%B6rsta+versionen"
				+ ((basedOn != null) ? "&basedOnVersion=" + basedOn : "");
	}

	private ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

}
