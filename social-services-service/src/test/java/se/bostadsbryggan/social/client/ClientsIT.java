package se.bostadsbryggan.social.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.social.caseworker.Caseworkers;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;
import static se.bostadsbryggan.testsupport.Problems.fields;
import static se.bostadsbryggan.testsupport.Problems.messageOf;

/**
 * Clients and caseworker scoping: a caseworker sees only their own clients, a manager the
 * clients of their unit, and a client outside the caller's scope is answered like a
 * missing one, and audited. Each test has its own unit and users, as all tests share one
 * database.
 */
@ServiceIntegrationTest
class ClientsIT {

	private static final String CLIENTS = "/api/social/clients";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Caseworkers caseworkers;

	@Value("${local.server.port}")
	int port;

	@Test
	void aCaseworkerSeesOnlyOwnClientsInListSearchAndExport() {
		String unit = unit();
		User hannaUser = User.caseworker(name("hanna"), unit);
		ApiClient hanna = as(hannaUser);
		ApiClient hugo = as(User.caseworker(name("hugo"), unit));
		String hannasNumber = TestClients.nextNumber();
		register(hanna, hannasNumber, "Astrid Lindqvist");
		register(hanna, TestClients.nextNumber(), "Maria Lindqvist");
		String hugosNumber = TestClients.nextNumber();
		register(hugo, hugosNumber, "Bengt Lindqvist");

		assertThat(names(hanna.get(CLIENTS))).containsExactly("Astrid Lindqvist", "Maria Lindqvist");
		assertThat(names(hugo.get(CLIENTS))).containsExactly("Bengt Lindqvist");
		assertThat(names(hanna.get(CLIENTS + "?q=lindqvist"))).containsExactly("Astrid Lindqvist", "Maria Lindqvist");
		assertThat(names(hanna.get(CLIENTS + "?q=" + hugosNumber))).isEmpty();
		assertThat(names(hugo.get(CLIENTS + "?q=" + hannasNumber))).isEmpty();
		assertThat(hanna.get("/social/clients").body()).contains("Astrid Lindqvist").doesNotContain("Bengt Lindqvist");
		assertThat(hanna.get("/social/clients?q=Bengt").body()).contains("Ingen klient matchar sökningen.");

		String csv = hanna.get("/social/clients/export.csv").body();
		assertThat(csv).contains("Astrid Lindqvist").contains("Maria Lindqvist").doesNotContain("Bengt");
		assertThat(audited("CLIENT_EXPORT", hannaUser.username())).singleElement()
			.satisfies((details) -> assertThat(details).contains("\"rows\": 2"));
	}

	@Test
	void filteringTheAuditLogByAClientFindsTheListsSearchesAndExportsThatShowedIt() {
		String unit = unit();
		User hannaUser = User.caseworker(name("hanna"), unit);
		ApiClient hanna = as(hannaUser);
		String id = register(hanna, TestClients.nextNumber(), "Sigrid Holm").get("id").asString();
		register(hanna, TestClients.nextNumber(), "Tore Holm");

		hanna.get(CLIENTS);
		hanna.get(CLIENTS + "?q=sigrid");
		hanna.get("/social/clients/export.csv");
		hanna.get(CLIENTS + "?q=tore");

		ApiClient manager = as(User.socialManager(name("elin"), unit));
		JsonNode entries = manager.get("/api/social/audit?username=" + hannaUser.username() + "&subjectId=" + id)
			.json()
			.get("entries");
		assertThat(entries.valueStream().map((entry) -> entry.get("action").asString()))
			.containsExactlyInAnyOrder("CLIENT_REGISTER", "CLIENT_LIST", "CLIENT_SEARCH", "CLIENT_EXPORT");
	}

	@Test
	void aManagerSeesTheClientsOfTheUnitsCaseworkersAndNoneWithoutAUnit() {
		String unit = unit();
		ApiClient hanna = as(User.caseworker(name("hanna"), unit));
		ApiClient elsewhere = as(User.caseworker(name("olle"), unit()));
		register(hanna, TestClients.nextNumber(), "Sara Nilsson");
		String otherUnitsNumber = TestClients.nextNumber();
		register(elsewhere, otherUnitsNumber, "Nils Ek");

		ApiClient manager = as(User.socialManager(name("chef"), unit));
		ApiClient managerWithoutUnit = as(User.socialManager(name("chef"), null));

		assertThat(names(manager.get(CLIENTS))).containsExactly("Sara Nilsson");
		assertThat(names(manager.get(CLIENTS + "?q=" + otherUnitsNumber))).isEmpty();
		assertThat(manager.get("/social/clients/export.csv").body()).contains("Sara Nilsson").doesNotContain("Nils Ek");
		assertThat(names(managerWithoutUnit.get(CLIENTS))).isEmpty();
		assertThat(names(managerWithoutUnit.get(CLIENTS + "?q=Sara"))).isEmpty();
		assertThat(managerWithoutUnit.get("/social/clients/export.csv").body()).doesNotContain("Sara Nilsson");
	}

	@Test
	void guessingAnotherCaseworkersClientIdGives404InTheApiAndIsAudited() {
		String unit = unit();
		ApiClient hanna = as(User.caseworker(name("hanna"), unit));
		User hugoUser = User.caseworker(name("hugo"), unit);
		ApiClient hugo = as(hugoUser);
		String id = register(hanna, TestClients.nextNumber(), "Lena Berg").get("id").asString();
		UUID missing = UUID.randomUUID();

		ApiClient.Response guessed = hugo.get(CLIENTS + "/" + id);
		ApiClient.Response unknown = hugo.get(CLIENTS + "/" + missing);

		assertThat(guessed.status()).isEqualTo(404);
		assertThat(guessed.header("Content-Type")).startsWith("application/problem+json");
		assertThat(guessed.json().get("title").asString()).isEqualTo("Klienten finns inte");
		assertThat(guessed.body()).doesNotContain("Lena");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("title").asString()).isEqualTo(guessed.json().get("title").asString());
		assertThat(outcomeOf("CLIENT_VIEW", id, hugoUser.username())).isEqualTo("NOT_FOUND");
		assertThat(outcomeOf("CLIENT_VIEW", missing.toString(), hugoUser.username())).isEqualTo("NOT_FOUND");
		assertThat(hanna.get(CLIENTS + "/" + id).json().get("name").asString()).isEqualTo("Lena Berg");
	}

	@Test
	void guessingAnotherCaseworkersClientIdGivesTheSwedish404PageAndIsAudited() {
		String unit = unit();
		ApiClient hanna = as(User.caseworker(name("hanna"), unit));
		User hugoUser = User.caseworker(name("hugo"), unit);
		String id = register(hanna, TestClients.nextNumber(), "Erik Svensson").get("id").asString();

		ApiClient.Response page = as(hugoUser).get("/social/clients/" + id);

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).contains("<html lang=\"sv\"")
			.contains("<h1>Klienten finns inte</h1>")
			.doesNotContain("Erik Svensson");
		assertThat(outcomeOf("CLIENT_VIEW", id, hugoUser.username())).isEqualTo("NOT_FOUND");
		ApiClient.Response own = hanna.get("/social/clients/" + id);
		assertThat(own.status()).isEqualTo(200);
		assertThat(own.body()).contains("<h1>Erik Svensson</h1>");
	}

	@Test
	void anotherCaseworkersClientsNeedsAreNeitherListedNorShown() {
		String unit = unit();
		ApiClient hanna = as(User.caseworker(name("hanna"), unit));
		User hugoUser = User.caseworker(name("hugo"), unit);
		ApiClient hugo = as(hugoUser);
		String client = register(hanna, TestClients.nextNumber(), "Maria Johansson").get("id").asString();
		ApiClient.Response registered = hanna.postJson(CLIENTS + "/" + client + "/housing-needs",
				Map.of("householdSize", 2, "roomsNeeded", 2));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String need = registered.json().get("id").asString();

		assertThat(hanna.get("/api/social/housing-needs/" + need).status()).isEqualTo(200);
		assertThat(needIds(hanna.get("/api/social/housing-needs"))).contains(need);
		assertThat(hugo.get("/api/social/housing-needs/" + need).status()).isEqualTo(404);
		assertThat(needIds(hugo.get("/api/social/housing-needs"))).doesNotContain(need);
		assertThat(outcomeOf("HOUSING_NEED_VIEW", client, hugoUser.username())).isEqualTo("NOT_FOUND");
	}

	@Test
	void aClosedCaseLeavesTheListButNotTheSearchAndCanBeOpenedAgain() {
		User hannaUser = User.caseworker(name("hanna"), unit());
		ApiClient hanna = as(hannaUser);
		String id = register(hanna, TestClients.nextNumber(), "Karin Flyttad").get("id").asString();
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm")).toString();

		ApiClient.Response future = hanna.postJson(CLIENTS + "/" + id + "/case/close",
				Map.of("closedOn", java.time.LocalDate.parse(today).plusDays(1).toString()));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("detail").asString())
			.isEqualTo("Ett ärende kan inte avslutas en dag efter i dag.");
		ApiClient.Response closed = hanna.postJson(CLIENTS + "/" + id + "/case/close", Map.of("closedOn", today));
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(closed.json().get("caseClosedOn").asString()).isEqualTo(today);
		assertThat(hanna.postJson(CLIENTS + "/" + id + "/case/close", Map.of("closedOn", today)).status())
			.isEqualTo(409);

		assertThat(names(hanna.get(CLIENTS))).doesNotContain("Karin Flyttad");
		assertThat(names(hanna.get(CLIENTS + "?closed=true"))).contains("Karin Flyttad");
		assertThat(names(hanna.get(CLIENTS + "?q=flyttad"))).containsExactly("Karin Flyttad");
		assertThat(hanna.get("/social/clients").body()).doesNotContain("Karin Flyttad");
		assertThat(hanna.get("/social/clients/" + id).body()).contains("Ärendet avslutades " + today + ".");
		assertThat(this.jdbc.sql("""
				select outcome from audit_event where action = 'CLIENT_CASE_CLOSE' and subject_id = :id
				and actor_username = :username order by id""")
			.param("id", id)
			.param("username", hannaUser.username())
			.query(String.class)
			.list()).containsExactly("INVALID", "SUCCESS", "CONFLICT");

		assertThat(hanna.postJson(CLIENTS + "/" + id + "/case/reopen", Map.of()).json().get("caseClosedOn").isNull())
			.isTrue();
		assertThat(names(hanna.get(CLIENTS))).contains("Karin Flyttad");
	}

	@Test
	void searchFindsAClientByPersonalIdentityNumberInAnyFormatAndByName() {
		User hannaUser = User.caseworker(name("hanna"), unit());
		ApiClient hanna = as(hannaUser);
		String number = TestClients.nextNumber();
		register(hanna, number, "Ahmed Hassan");
		String twelve = number.replace("-", "");
		String ten = twelve.substring(2);

		for (String query : List.of(number, twelve, ten, ten.substring(0, 6) + "-" + ten.substring(6), ten.substring(6),
				"hassan", "AHMED")) {
			assertThat(names(hanna.get(CLIENTS + "?q=" + query))).as(query).containsExactly("Ahmed Hassan");
		}
		assertThat(hanna.get("/social/clients?q=" + ten).body()).contains(number);
		assertThat(audited("CLIENT_SEARCH", hannaUser.username()))
			.anySatisfy((details) -> assertThat(details).contains("\"personalIdentityNumber\": \"" + twelve + "\""))
			.allSatisfy((details) -> assertThat(details).contains("\"results\": 1"));
	}

	@Test
	void registeringWithBadInputWritesNothingAndGivesSwedishFieldErrors() {
		ApiClient hanna = as(User.caseworker(name("hanna"), unit()));
		long clientsBefore = clientRows();

		ApiClient.Response checkDigit = hanna.postJson(CLIENTS,
				Map.of("personalIdentityNumber", "19900101-0018", "name", "Anna"));
		ApiClient.Response date = hanna.postJson(CLIENTS,
				Map.of("personalIdentityNumber", "19900230-0011", "name", "Anna"));
		ApiClient.Response missing = hanna.postJson(CLIENTS, Map.of());
		ApiClient.Response form = hanna.postForm("/social/clients", "personalIdentityNumber=1990&name=");

		assertThat(checkDigit.status()).isEqualTo(400);
		assertThat(messageOf(checkDigit.json(), "personalIdentityNumber"))
			.isEqualTo("Personnumret är inte giltigt: kontrollsiffran stämmer inte.");
		assertThat(messageOf(date.json(), "personalIdentityNumber"))
			.isEqualTo("Personnumret är inte giltigt: det finns inget sådant datum.");
		assertThat(fields(missing.json())).containsExactlyInAnyOrder("personalIdentityNumber", "name");
		assertThat(messageOf(missing.json(), "name")).isEqualTo("Ange klientens namn.");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.body()).contains("Ange personnumret med 10 eller 12 siffror, t.ex. 19900101-0017.")
			.contains("Ange klientens namn.")
			.contains("Rätta följande innan du sparar");
		assertThat(clientRows()).isEqualTo(clientsBefore);

		String number = TestClients.nextNumber();
		register(hanna, number, "Karin Dahl");
		ApiClient.Response twice = hanna.postJson(CLIENTS, Map.of("personalIdentityNumber", number, "name", "K"));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().get("title").asString()).isEqualTo("Klienten finns redan");
		assertThat(clientRows()).isEqualTo(clientsBefore + 1);
	}

	@Test
	void aCaseworkerRegistersThroughThePageForThemselvesAndSeesTheNumberFormatted() {
		User user = User.caseworker(name("hanna"), unit());
		ApiClient hanna = as(user);
		String number = TestClients.nextNumber();
		String tenWithDash = number.substring(2);

		ApiClient.Response posted = hanna.postForm("/social/clients",
				"personalIdentityNumber=" + tenWithDash + "&name=Fatima+Ali");

		assertThat(posted.status()).isEqualTo(302);
		String location = posted.header("Location");
		assertThat(location).matches("/social/clients/[0-9a-f-]{36}\\?registered=true");
		String page = hanna.get(location).body();
		assertThat(page).contains("<h1>Fatima Ali</h1>").contains(number).contains("Klienten är registrerad.");
		assertThat(this.jdbc.sql("""
				select w.username from client c join caseworker w on w.id = c.caseworker_id
				where c.personal_identity_number = :number""")
			.param("number", number.replace("-", ""))
			.query(String.class)
			.single()).isEqualTo(user.username());
		assertThat(hanna.get(location.replace("?registered=true", "") + "?lang=en").body())
			.contains("Responsible caseworker");
	}

	@Test
	void aManagerRegistersAClientForACaseworkerOfTheirUnitOnly() {
		String unit = unit();
		User hannaUser = User.caseworker(name("hanna"), unit);
		ApiClient hanna = as(hannaUser);
		hanna.get(CLIENTS);
		User strangerUser = User.caseworker(name("olle"), unit());
		as(strangerUser).get(CLIENTS);
		UUID hannaId = caseworkerId(hannaUser.username());
		User managerUser = User.socialManager(name("chef"), unit);
		ApiClient manager = as(managerUser);

		ApiClient.Response forHanna = manager.postJson(CLIENTS, Map.of("personalIdentityNumber",
				TestClients.nextNumber(), "name", "Per Holm", "caseworkerId", hannaId));
		ApiClient.Response forStranger = manager.postJson(CLIENTS, Map.of("personalIdentityNumber",
				TestClients.nextNumber(), "name", "Eva Holm", "caseworkerId", caseworkerId(strangerUser.username())));
		ApiClient.Response forNobody = manager.postJson(CLIENTS,
				Map.of("personalIdentityNumber", TestClients.nextNumber(), "name", "Eva Holm"));

		assertThat(forHanna.status()).isEqualTo(201);
		assertThat(forHanna.json().get("caseworker").get("username").asString()).isEqualTo(hannaUser.username());
		assertThat(names(hanna.get(CLIENTS))).containsExactly("Per Holm");
		assertThat(forStranger.status()).isEqualTo(400);
		assertThat(forStranger.json().get("title").asString()).isEqualTo("Handläggaren finns inte på din enhet");
		assertThat(forNobody.status()).isEqualTo(400);
		assertThat(manager.get("/social/clients").body()).contains("<select id=\"caseworkerId\"")
			.contains(hannaUser.name())
			.doesNotContain(managerUser.name());
	}

	@Test
	void theExportIsUtf8WithAByteOrderMarkAndSemicolonsAsSwedishExcelExpects() {
		ApiClient hanna = as(User.caseworker(name("hanna"), unit()));
		String number = TestClients.nextNumber();
		register(hanna, number, "Åsa Öberg; Ärlig");

		ApiClient.Response export = hanna.get("/social/clients/export.csv");

		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
		assertThat(export.header("Content-Disposition")).contains("attachment").contains("klienter.csv");
		byte[] bytes = export.body().getBytes(StandardCharsets.UTF_8);
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String[] lines = export.body().substring(1).split("\r\n");
		assertThat(lines[0]).isEqualTo("Personnummer;Namn;Ansvarig handläggare;Enhet;Registrerad");
		assertThat(lines[1]).startsWith(number + ";\"Åsa Öberg; Ärlig\";");
	}

	@Test
	void aCaseworkerFromDemoDataGetsTheUserIdAtTheFirstRequest() {
		String username = name("demo");
		this.caseworkers.addIfMissing(username, "Hanna Handläggare", "Vuxenenheten");
		User user = new User(UUID.randomUUID(), username, "Hanna Handläggare", "Vuxenenheten", "SOCIAL",
				List.of("SOCIAL_CASEWORKER"));

		as(user).get(CLIENTS);

		assertThat(this.jdbc.sql("select user_id from caseworker where username = :username")
			.param("username", username)
			.query(UUID.class)
			.single()).isEqualTo(user.id());
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

	private static JsonNode register(ApiClient client, String number, String name) {
		ApiClient.Response response = client.postJson(CLIENTS, Map.of("personalIdentityNumber", number, "name", name));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private static List<String> names(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().valueStream().map((client) -> client.get("name").asString()).toList();
	}

	private static List<String> needIds(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().valueStream().map((need) -> need.get("id").asString()).toList();
	}

	private String outcomeOf(String action, String subjectId, String username) {
		return this.jdbc.sql("""
				select outcome from audit_event
				where action = :action and subject_id = :subjectId and actor_username = :username""")
			.param("action", action)
			.param("subjectId", subjectId)
			.param("username", username)
			.query(String.class)
			.single();
	}

	private List<String> audited(String action, String username) {
		return this.jdbc.sql("""
				select details::text from audit_event where action = :action and actor_username = :username
				order by id""").param("action", action).param("username", username).query(String.class).list();
	}

	private long clientRows() {
		return this.jdbc.sql("select count(*) from client").query(Long.class).single();
	}

	private UUID caseworkerId(String username) {
		return this.jdbc.sql("select id from caseworker where username = :username")
			.param("username", username)
			.query(UUID.class)
			.single();
	}

}
