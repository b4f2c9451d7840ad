package se.bostadsbryggan.social.guarantee;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.social.client.TestClients;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.bostadsbryggan.testsupport.Problems.messageOf;

/**
 * Social contracts and guarantees through the API and the pages, on a fixed day
 * (2026-11-25): scope, Swedish validation, one running contract per client, review and
 * release, the audit log, the reminders and the yearly overview.
 */
@ServiceIntegrationTest
@Import(GuaranteeIT.FixedClock.class)
class GuaranteeIT {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void aCaseworkerRecordsReviewsAndReleasesAGuaranteeAndEachStepIsAudited() {
		User hannaUser = User.caseworker(name("hanna"), unit());
		ApiClient hanna = as(hannaUser);
		String client = register(hanna, "Greta Borg");
		String guarantees = "/api/social/clients/" + client + "/guarantees";

		ApiClient.Response recorded = hanna.postJson(guarantees, Map.of("objectNumber", "1104-0003", "limitMonths", 6,
				"startDate", "2026-01-01", "reviewDate", "2026-12-01"));
		assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
		assertThat(recorded.json().get("landlord").asString()).isEqualTo("Bostadsbolaget");
		assertThat(recorded.json().get("status").asString()).isEqualTo("ACTIVE");
		String id = recorded.json().get("id").asString();

		ApiClient.Response reviewed = hanna.postJson(guarantees + "/" + id + "/reviews",
				Map.of("reviewedOn", "2026-11-20", "nextReviewDate", "2027-05-20", "note", "Betalar i tid."));
		assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
		assertThat(reviewed.json().get("reviewDate").asString()).isEqualTo("2027-05-20");
		assertThat(reviewed.json().get("reviews").get(0).get("note").asString()).isEqualTo("Betalar i tid.");

		ApiClient.Response released = hanna.postJson(guarantees + "/" + id + "/close",
				Map.of("status", "RELEASED", "closedOn", "2026-11-24", "reason", "GOOD_CONDUCT"));
		assertThat(released.status()).as(released.body()).isEqualTo(200);
		assertThat(released.json().get("status").asString()).isEqualTo("RELEASED");
		assertThat(this.jdbc.sql("select status, closed_on, close_reason, closed_by from guarantee where id = :id")
			.param("id", UUID.fromString(id))
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single()).containsExactly("RELEASED", "2026-11-24", "GOOD_CONDUCT", hannaUser.username());

		ApiClient.Response again = hanna.postJson(guarantees + "/" + id + "/close",
				Map.of("status", "ENDED", "closedOn", "2026-11-24", "reason", "TENANT_MOVED"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("title").asString()).isEqualTo("Borgensåtagandet är inte aktivt");

		assertThat(audited(hannaUser.username(), client)).containsExactly("GUARANTEE_RECORD:SUCCESS",
				"GUARANTEE_REVIEW:SUCCESS", "GUARANTEE_CLOSE:SUCCESS", "GUARANTEE_CLOSE:CONFLICT");
	}

	@Test
	void badInputIsRefusedWithSwedishProblemDetailsAndNothingIsWritten() {
		ApiClient hanna = as(User.caseworker(name("hanna"), unit()));
		String client = register(hanna, "Olle Fel");
		String guarantees = "/api/social/clients/" + client + "/guarantees";

		ApiClient.Response noLimit = hanna.postJson(guarantees,
				Map.of("objectNumber", "1104-0003", "startDate", "2026-01-01", "reviewDate", "2025-12-01"));
		assertThat(noLimit.status()).isEqualTo(400);
		assertThat(messageOf(noLimit.json(), "limited"))
			.isEqualTo("Ange ett högsta belopp, ett antal månader eller båda.");
		assertThat(messageOf(noLimit.json(), "reviewAfterStart"))
			.isEqualTo("Omprövningen får inte vara före första dagen.");

		String id = hanna
			.postJson(guarantees, Map.of("objectNumber", "1104-0003", "limitAmount", 20000, "startDate", "2026-01-01",
					"reviewDate", "2026-12-01"))
			.json()
			.get("id")
			.asString();
		ApiClient.Response future = hanna.postJson(guarantees + "/" + id + "/close",
				Map.of("status", "ENDED", "closedOn", "2026-11-26", "reason", "TENANT_MOVED"));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("title").asString()).isEqualTo("Sista dagen ligger i framtiden");
		ApiClient.Response goodConductEnd = hanna.postJson(guarantees + "/" + id + "/close",
				Map.of("status", "ENDED", "closedOn", "2026-11-20", "reason", "GOOD_CONDUCT"));
		assertThat(goodConductEnd.status()).isEqualTo(400);
		assertThat(messageOf(goodConductEnd.json(), "reasonFitting"))
			.startsWith("Skött boende är ett skäl att frisläppa");

		assertThat(this.jdbc.sql("select count(*) from guarantee where client_id = :id")
			.param("id", UUID.fromString(client))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select status from guarantee where id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single()).isEqualTo("ACTIVE");
	}

	@Test
	void anotherCaseworkerGetsNotFoundForTheClientsGuaranteesAndContracts() {
		ApiClient hanna = as(User.caseworker(name("hanna"), unit()));
		User olleUser = User.caseworker(name("olle"), unit());
		ApiClient olle = as(olleUser);
		String client = register(hanna, "Siv Skyddad");
		String id = hanna
			.postJson("/api/social/clients/" + client + "/guarantees", Map.of("objectNumber", "1104-0003",
					"limitMonths", 3, "startDate", "2026-01-01", "reviewDate", "2026-12-01"))
			.json()
			.get("id")
			.asString();

		assertThat(olle.get("/api/social/clients/" + client + "/guarantees").status()).isEqualTo(404);
		assertThat(olle.get("/api/social/clients/" + client + "/social-contracts").status()).isEqualTo(404);
		ApiClient.Response close = olle.postJson("/api/social/clients/" + client + "/guarantees/" + id + "/close",
				Map.of("status", "ENDED", "closedOn", "2026-11-20", "reason", "OTHER"));
		assertThat(close.status()).isEqualTo(404);
		assertThat(close.json().get("title").asString()).isEqualTo("Klienten finns inte");
		assertThat(olle.get("/api/social/guarantees/due").json().valueStream().toList()).isEmpty();
		assertThat(audited(olleUser.username(), client)).contains("GUARANTEE_VIEW:NOT_FOUND",
				"SOCIAL_CONTRACT_VIEW:NOT_FOUND", "GUARANTEE_CLOSE:NOT_FOUND");
	}

	@Test
	void aClientHasOneRunningSocialContractAtATimeInTheServiceAndInTheDatabase() {
		User hannaUser = User.caseworker(name("hanna"), unit());
		ApiClient hanna = as(hannaUser);
		String client = register(hanna, "Bo Kontrakt");
		String contracts = "/api/social/clients/" + client + "/social-contracts";

		ApiClient.Response first = hanna.postJson(contracts,
				Map.of("objectNumber", "1101-0102", "address", "Storgatan 10A", "startDate", "2025-06-01"));
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		ApiClient.Response second = hanna.postJson(contracts,
				Map.of("objectNumber", "1102-0101", "address", "Storgatan 12A", "startDate", "2026-10-01"));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().get("title").asString()).isEqualTo("Klienten har redan ett socialt kontrakt");
		ApiClient.Response bad = hanna.postJson(contracts,
				Map.of("objectNumber", "", "address", "X", "startDate", "2026-10-01", "endDate", "2026-09-01"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(messageOf(bad.json(), "objectNumber")).isEqualTo("Ange lägenhetens objektnummer.");
		assertThat(messageOf(bad.json(), "periodInOrder")).isEqualTo("Sista dagen får inte vara före första dagen.");

		String id = first.json().get("id").asString();
		ApiClient.Response ended = hanna.postJson(contracts + "/" + id + "/end", Map.of("endDate", "2026-09-30"));
		assertThat(ended.status()).as(ended.body()).isEqualTo(200);
		assertThat(ended.json().get("endDate").asString()).isEqualTo("2026-09-30");
		assertThat(hanna
			.postJson(contracts,
					Map.of("objectNumber", "1102-0101", "address", "Storgatan 12A", "startDate", "2026-10-01"))
			.status()).isEqualTo(201);
		assertThat(hanna.get(contracts).json().valueStream().toList()).hasSize(2);

		// The database refuses an overlap even past the service.
		assertThatThrownBy(() -> this.jdbc
			.sql("""
					insert into social_contract (id, client_id, object_number, address, start_date, recorded_at, recorded_by)
					values (gen_random_uuid(), :clientId, '1103-0101', 'Storgatan 14A', date '2026-11-01', now(), 'test')
					""")
			.param("clientId", UUID.fromString(client))
			.update())
			.isInstanceOf(DataIntegrityViolationException.class)
			.satisfies((ex) -> assertThat(
					((SQLException) ((DataIntegrityViolationException) ex).getMostSpecificCause()).getSQLState())
				.isEqualTo("23P01"));
		assertThat(audited(hannaUser.username(), client)).contains("SOCIAL_CONTRACT_RECORD:SUCCESS",
				"SOCIAL_CONTRACT_RECORD:CONFLICT", "SOCIAL_CONTRACT_END:SUCCESS");
	}

	@Test
	void aManagerSeesNeitherObjectNumberNorAddressOfAClientWithProtectedIdentity() {
		String unit = unit();
		ApiClient hanna = as(User.caseworker(name("hanna"), unit));
		User managerUser = User.socialManager(name("chef"), unit);
		ApiClient manager = as(managerUser);
		ApiClient.Response registered = hanna.postJson("/api/social/clients", Map.of("personalIdentityNumber",
				TestClients.nextNumber(), "name", "Sol Skyddad", "protectedIdentity", true));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String client = registered.json().get("id").asString();
		hanna.postJson("/api/social/clients/" + client + "/social-contracts",
				Map.of("objectNumber", "1101-0104", "address", "Storgatan 10A", "startDate", "2026-01-01"));
		hanna.postJson("/api/social/clients/" + client + "/guarantees", Map.of("objectNumber", "1101-0104",
				"limitMonths", 6, "startDate", "2026-01-01", "reviewDate", "2026-12-01"));

		JsonNode contract = manager.get("/api/social/clients/" + client + "/social-contracts").json().get(0);
		JsonNode guarantee = manager.get("/api/social/clients/" + client + "/guarantees").json().get(0);
		String page = manager.get("/social/guarantees").body();

		assertThat(contract.get("objectNumber").isNull()).isTrue();
		assertThat(contract.get("address").isNull()).isTrue();
		assertThat(guarantee.get("objectNumber").isNull()).isTrue();
		assertThat(page).contains("Skyddad identitet").doesNotContain("Sol Skyddad").doesNotContain("1101-0104");
		assertThat(hanna.get("/api/social/clients/" + client + "/social-contracts")
			.json()
			.get(0)
			.get("address")
			.asString()).isEqualTo("Storgatan 10A");
		assertThat(this.jdbc
			.sql("""
					select bool_and(protected_identity) from audit_event
					where actor_username = :username and action in ('SOCIAL_CONTRACT_VIEW', 'GUARANTEE_VIEW', 'GUARANTEE_LIST')
					""")
			.param("username", managerUser.username())
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void dueForReviewListsGuaranteesWhoseReviewHasPassedOrIsAtMostThirtyDaysAway() {
		User hannaUser = User.caseworker(name("hanna"), unit());
		ApiClient hanna = as(hannaUser);
		String passed = guaranteeWithReview(hanna, "Ada Passerad", "2026-11-24");
		String today = guaranteeWithReview(hanna, "Bea Idag", "2026-11-25");
		String thirty = guaranteeWithReview(hanna, "Cia Trettio", TODAY.plusDays(30).toString());
		guaranteeWithReview(hanna, "Dan Trettioett", TODAY.plusDays(31).toString());
		String released = guaranteeWithReview(hanna, "Eva Frisläppt", "2026-11-01");
		String releasedClient = this.jdbc.sql("select client_id from guarantee where id = :id")
			.param("id", UUID.fromString(released))
			.query(String.class)
			.single();
		hanna.postJson("/api/social/clients/" + releasedClient + "/guarantees/" + released + "/close",
				Map.of("status", "RELEASED", "closedOn", "2026-11-20", "reason", "GOOD_CONDUCT"));

		List<JsonNode> due = hanna.get("/api/social/guarantees/due").json().valueStream().toList();

		assertThat(due).extracting((row) -> row.get("guarantee").get("id").asString())
			.containsExactly(passed, today, thirty);
		assertThat(due).extracting((row) -> row.get("overdue").asBoolean()).containsExactly(true, false, false);
		String page = hanna.get("/social/guarantees").body();
		assertThat(page).contains("Ada Passerad")
			.contains("Dan Trettioett")
			.doesNotContain("Eva Frisläppt")
			.contains("Omprövningen är försenad")
			.contains("3 borgensåtaganden behöver omprövas.");
		assertThat(page.indexOf("Cia Trettio")).isLessThan(page.indexOf("Dan Trettioett"));
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where actor_username = :username and action = 'GUARANTEE_DUE_LIST'
				""").param("username", hannaUser.username()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theOverviewCountsEveryClientsGuaranteesAndContractsPerYearAndIsAuditedOnce() {
		User hannaUser = User.caseworker(name("hanna"), unit());
		ApiClient hanna = as(hannaUser);
		// Years no other test uses: 1990 is the earliest in the data.
		String a = register(hanna, "Axel Nittio");
		hanna.postJson("/api/social/clients/" + a + "/social-contracts", Map.of("objectNumber", "1101-0101", "address",
				"Storgatan 10A", "startDate", "1990-03-01", "endDate", "1991-12-31"));
		String b = register(hanna, "Berit Nittio");
		String guarantee = hanna
			.postJson("/api/social/clients/" + b + "/guarantees", Map.of("objectNumber", "1101-0103", "limitMonths", 6,
					"startDate", "1991-01-01", "reviewDate", "1991-06-01"))
			.json()
			.get("id")
			.asString();
		hanna.postJson("/api/social/clients/" + b + "/guarantees/" + guarantee + "/close",
				Map.of("status", "ENDED", "closedOn", "1992-02-29", "reason", "LEASE_ENDED"));

		JsonNode overview = hanna.get("/api/social/guarantees/overview").json();
		Map<Integer, String> years = new HashMap<>();
		overview.get("years")
			.valueStream()
			.forEach((year) -> years.put(year.get("year").asInt(),
					counts(year.get("guarantees")) + " " + counts(year.get("contracts"))));

		assertThat(overview.get("years").get(0).get("year").asInt()).isEqualTo(1990);
		assertThat(years).containsEntry(1990, "0/0/0 1/1/0")
			.containsEntry(1991, "1/1/0 1/0/1")
			.containsEntry(1992, "1/0/1 0/0/0")
			.containsEntry(1993, "0/0/0 0/0/0");
		assertThat(years).containsKey(2026);

		ApiClient.Response csv = as(User.socialManager(name("chef"), unit())).get("/social/guarantees/overview.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
		assertThat(csv.body()).startsWith("\uFEFF");
		String[] lines = csv.body().substring(1).split("\r\n");
		assertThat(lines[0]).isEqualTo("År;Aktiva borgensåtaganden;Nya borgensåtaganden;Avslutade borgensåtaganden;"
				+ "Aktiva sociala kontrakt;Nya sociala kontrakt;Avslutade sociala kontrakt");
		assertThat(lines[1]).isEqualTo("1990;0;0;0;1;1;0");
		assertThat(lines[2]).isEqualTo("1991;1;1;0;1;0;1");
		assertThat(lines[lines.length - 1]).startsWith("2026;");

		String page = hanna.get("/social/guarantees/overview").body();
		assertThat(page).contains("<svg").contains("1991: 1 borgen, 1 sociala kontrakt").contains("hela kommunen");
		assertThat(this.jdbc.sql("""
				select action || ':' || coalesce(subject_id, '-') || ':' || details::text from audit_event
				where actor_username = :username and subject_type = 'GUARANTEE_OVERVIEW'
				""").param("username", hannaUser.username()).query(String.class).list()).containsExactly(
				"GUARANTEE_OVERVIEW_VIEW:-:{\"scope\": \"MUNICIPALITY\", \"years\": 37}",
				"GUARANTEE_OVERVIEW_VIEW:-:{\"scope\": \"MUNICIPALITY\", \"years\": 37}");
	}

	@Test
	void theClientPageRecordsAContractAndAGuaranteeAndShowsSwedishErrors() {
		ApiClient hanna = as(User.caseworker(name("hanna"), unit()));
		String client = register(hanna, "Pia Sida");
		String page = "/social/clients/" + client;

		assertThat(hanna
			.postForm(page + "/guarantees", "objectNumber=1104-0003&startDate=2026-01-01&reviewDate=2026-12-01")
			.body()).contains("Ange ett högsta belopp, ett antal månader eller båda.");
		assertThat(hanna
			.postForm(page + "/guarantees",
					"objectNumber=1104-0003&landlord=&limitAmount=15000&startDate=2026-01-01&reviewDate=2026-12-10")
			.status()).isEqualTo(302);
		assertThat(hanna
			.postForm(page + "/social-contracts", "objectNumber=1101-0102&address=Storgatan+10A&startDate=2026-02-01")
			.status()).isEqualTo(302);
		assertThat(hanna
			.postForm(page + "/social-contracts", "objectNumber=1101-0103&address=Storgatan+10A&startDate=2026-03-01")
			.body()).contains("Klienten har redan ett socialt kontrakt under den tiden.");

		String guarantee = this.jdbc.sql("select id from guarantee where client_id = :id")
			.param("id", UUID.fromString(client))
			.query(String.class)
			.single();
		assertThat(hanna
			.postForm(page + "/guarantees/" + guarantee + "/close",
					"status=RELEASED&closedOn=2026-12-01&reason=GOOD_CONDUCT")
			.body()).contains("Sista dagen får inte vara efter i dag.");

		String shown = hanna.get(page).body();
		assertThat(shown).contains("Borgen för 1104-0003 – aktiv")
			.containsPattern("15[\\s\\u00a0\\u202f]000")
			.contains("Bostadsbolaget")
			.contains("Dags att ompröva")
			.contains("1101-0102")
			.contains("tills vidare");
	}

	private String guaranteeWithReview(ApiClient caseworker, String name, String reviewDate) {
		String client = register(caseworker, name);
		ApiClient.Response response = caseworker.postJson("/api/social/clients/" + client + "/guarantees", Map
			.of("objectNumber", "1104-0003", "limitMonths", 6, "startDate", "2026-01-01", "reviewDate", reviewDate));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static String counts(JsonNode counts) {
		return counts.get("active").asInt() + "/" + counts.get("started").asInt() + "/" + counts.get("ended").asInt();
	}

	private List<String> audited(String username, String clientId) {
		return this.jdbc.sql("""
				select action || ':' || outcome from audit_event
				where actor_username = :username and subject_id = :clientId
				  and (action like 'GUARANTEE%' or action like 'SOCIAL_CONTRACT%')
				order by id""").param("username", username).param("clientId", clientId).query(String.class).list();
	}

	private String register(ApiClient caseworker, String name) {
		ApiClient.Response response = caseworker.postJson("/api/social/clients",
				Map.of("personalIdentityNumber", TestClients.nextNumber(), "name", name));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static String name(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String unit() {
		return "Enhet " + UUID.randomUUID().toString().substring(0, 8);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneId.of("Europe/Stockholm"));
		}

	}

}
