package se.bostadsbryggan.social.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.audit.AuditQuery;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Social services' audit log: append-only for the application's own database user, and a
 * manager's filtered view (page and API) whose reading is itself logged.
 */
@ServiceIntegrationTest
class SocialAuditLogIT {

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Value("${spring.datasource.username}")
	String applicationUser;

	@Test
	void theAuditTableRejectsUpdateDeleteAndTruncateFromTheApplicationsDatabaseUser() {
		as(User.caseworker(name("hanna"), unit())).get("/api/social/clients");
		assertThat(this.jdbc.sql("select current_user").query(String.class).single()).isEqualTo(this.applicationUser);
		long rows = auditRows();

		assertThatThrownBy(() -> this.jdbc.sql("update audit_event set outcome = 'DENIED'").update()).rootCause()
			.hasMessageContaining("audit_event is append-only: UPDATE refused");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_event").update()).rootCause()
			.hasMessageContaining("audit_event is append-only: DELETE refused");
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_event").update()).rootCause()
			.hasMessageContaining("audit_event is append-only: TRUNCATE refused");
		assertThat(auditRows()).isEqualTo(rows).isPositive();
	}

	@Test
	void theManagersFiltersReturnWhatTheyShould() {
		String unit = unit();
		User hanna = User.caseworker(name("hanna"), unit);
		User hugo = User.caseworker(name("hugo"), unit);
		ApiClient hannaClient = as(hanna);
		String id = hannaClient
			.postJson("/api/social/clients", Map.of("personalIdentityNumber", "19460412-0388", "name", "Astrid Lind"))
			.json()
			.get("id")
			.asString();
		hannaClient.get("/api/social/clients/" + id);
		as(hugo).get("/api/social/clients/" + id);
		ApiClient manager = as(User.socialManager(name("chef"), unit));

		assertThat(actions(manager, "username=" + hanna.username())).containsExactly("CLIENT_VIEW", "CLIENT_REGISTER");
		assertThat(actions(manager, "username=" + hanna.username().toUpperCase() + "&action=CLIENT_VIEW"))
			.containsExactly("CLIENT_VIEW");
		assertThat(actions(manager, "subjectType=CLIENT&subjectId=" + id)).containsExactly("CLIENT_VIEW", "CLIENT_VIEW",
				"CLIENT_REGISTER");
		JsonNode notFound = search(manager, "subjectId=" + id + "&outcome=NOT_FOUND");
		assertThat(notFound.get("entries")).hasSize(1);
		assertThat(notFound.get("entries").get(0).get("actorUsername").asString()).isEqualTo(hugo.username());
		assertThat(notFound.get("entries").get(0).get("actorOrganisation").asString()).isEqualTo("SOCIAL");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
		assertThat(actions(manager, "username=" + hanna.username() + "&from=" + today + "&to=" + today)).hasSize(2);
		assertThat(actions(manager, "username=" + hanna.username() + "&to=" + today.minusDays(1))).isEmpty();
		assertThat(actions(manager, "username=" + hanna.username() + "&from=" + today.plusDays(1))).isEmpty();
		assertThat(actions(manager, "username=" + hanna.username() + "&from=not-a-date&outcome=nonsense")).hasSize(2);
	}

	@Test
	void theAuditPageShowsTheFilteredLogInSwedishAndItsReadingIsLogged() {
		String unit = unit();
		User hanna = User.caseworker(name("hanna"), unit);
		as(hanna).get("/api/social/clients/" + UUID.randomUUID());
		User managerUser = User.socialManager(name("chef"), unit);
		ApiClient manager = as(managerUser);

		ApiClient.Response page = manager.get("/social/audit?username=" + hanna.username() + "&outcome=NOT_FOUND");
		ApiClient.Response empty = manager.get("/social/audit?username=nobody-" + UUID.randomUUID());
		ApiClient.Response english = manager.get("/social/audit?lang=en");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Åtkomstlogg</h1>")
			.contains("<label for=\"from\">Från och med datum</label>")
			.contains("<th scope=\"col\">Användare</th>")
			.contains("Visade klient")
			.contains("Hittades inte")
			.contains("<td>Handläggning</td>")
			.contains(hanna.username())
			.contains("href=\"/social/audit\">Åtkomstlogg</a>");
		assertThat(empty.body()).contains("Inga händelser matchar filtret.");
		assertThat(english.body()).contains("<h1>Audit log</h1>");
		assertThat(this.jdbc.sql("""
				select details::text from audit_event
				where action = 'AUDIT_LOG_READ' and actor_username = :username order by id""")
			.param("username", managerUser.username())
			.query(String.class)
			.list()).hasSize(3).first().asString().contains("\"outcome\": \"NOT_FOUND\"");
	}

	@Test
	void theAuditPageIsPagedNewestFirstAndKeepsTheFiltersOnTheNextPage() {
		String unit = unit();
		User hanna = User.caseworker(name("hanna"), unit);
		ApiClient hannaClient = as(hanna);
		for (int i = 0; i < AuditQuery.PAGE_SIZE + 2; i++) {
			assertThat(hannaClient.get("/api/social/clients").status()).isEqualTo(200);
		}
		ApiClient manager = as(User.socialManager(name("chef"), unit));

		ApiClient.Response first = manager.get("/social/audit?username=" + hanna.username());
		Matcher next = Pattern.compile("href=\"([^\"]*page=1[^\"]*)\">Äldre händelser").matcher(first.body());

		assertThat(next.find()).as("a link to older events").isTrue();
		String link = next.group(1).replace("&amp;", "&");
		assertThat(link).contains("username=" + hanna.username());
		ApiClient.Response second = manager.get(link);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body()).contains("Nyare händelser").doesNotContain("Äldre händelser");
		assertThat(search(manager, "username=" + hanna.username() + "&page=1").get("entries")).hasSize(2);
	}

	@Test
	void caseworkersNeitherSeeTheAuditLinkNorReachTheLogAndTheRefusalIsAudited() {
		User hannaUser = User.caseworker(name("hanna"), unit());
		ApiClient hanna = as(hannaUser);

		assertThat(hanna.get("/social/clients").body()).doesNotContain("/social/audit");
		assertThat(hanna.get("/social/audit").status()).isEqualTo(403);
		assertThat(hanna.get("/api/social/audit?username=x").status()).isEqualTo(403);

		assertThat(this.jdbc.sql("""
				select subject_id from audit_event
				where action = 'ACCESS_DENIED' and outcome = 'DENIED' and actor_username = :username order by id""")
			.param("username", hannaUser.username())
			.query(String.class)
			.list()).containsExactly("GET /social/audit", "GET /api/social/audit");
	}

	@Test
	void theOtherOrganisationsRefusedRequestIsAuditedWithItsOrganisation() {
		User bovard = User.of(name("bovard"), "HOUSING", "HOUSING_STAFF");

		assertThat(as(bovard).get("/api/social/clients").status()).isEqualTo(403);

		assertThat(this.jdbc.sql("""
				select actor_organisation || ' ' || subject_id from audit_event
				where action = 'ACCESS_DENIED' and actor_username = :username""")
			.param("username", bovard.username())
			.query(String.class)
			.single()).isEqualTo("HOUSING GET /api/social/clients");
	}

	@Test
	void registeringAHousingNeedIsAudited() {
		User hanna = User.caseworker(name("hanna"), unit());

		String id = as(hanna).postJson("/api/social/housing-needs", Map.of("householdSize", 2, "roomsNeeded", 2))
			.json()
			.get("id")
			.asString();

		assertThat(this.jdbc.sql("""
				select actor_username from audit_event
				where action = 'HOUSING_NEED_REGISTER' and subject_type = 'HOUSING_NEED' and subject_id = :id
				and outcome = 'SUCCESS'""").param("id", id).query(String.class).single()).isEqualTo(hanna.username());
	}

	private static List<String> actions(ApiClient manager, String filters) {
		return search(manager, filters).get("entries")
			.valueStream()
			.map((entry) -> entry.get("action").asString())
			.toList();
	}

	private static JsonNode search(ApiClient manager, String filters) {
		ApiClient.Response response = manager.get("/api/social/audit?" + filters);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private long auditRows() {
		return this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
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

}
