package se.bostadsbryggan.gateway;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.bostadsbryggan.gateway.account.Account;
import se.bostadsbryggan.gateway.account.Accounts;
import se.bostadsbryggan.gateway.account.Organisation;
import se.bostadsbryggan.gateway.account.Role;
import se.bostadsbryggan.testsupport.FreshDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login through an OpenID Connect provider: an in-process provider (mock-oauth2-server on
 * a loopback port) issues the claims each test asks for, and a cookie-keeping client
 * follows the real authorization code flow through the gateway's port, with stub services
 * behind the gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bb.gateway.availability-timeout=300ms", "bb.login.oidc.enabled=true",
				"bb.login.oidc.client-id=bostadsbryggan", "bb.login.oidc.client-secret=test-hemlighet",
				"bb.login.oidc.display-name=Testkommunens inloggning", "bb.login.oidc.roles-claim=groups",
				"bb.login.oidc.unit-claim=unit", "bb.login.oidc.role-mapping.HOUSING_STAFF=bb-uthyrare",
				"bb.login.oidc.role-mapping.HOUSING_MANAGER=bb-fastighetschef",
				"bb.login.oidc.role-mapping.SOCIAL_CASEWORKER=bb-handlaggare,bb-socialsekreterare",
				"bb.login.oidc.role-mapping.ADMIN=bb-admin" })
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class OidcLoginIT {

	private static final String ISSUER_ID = "kommun";

	private static final MockOAuth2Server provider = startProvider();

	private static final StubService housing = StubService.start("housing");

	private static final StubService social = StubService.start("social");

	private static final StubService allocation = StubService.start("allocation");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		registry.add("bb.login.oidc.issuer-uri", () -> provider.issuerUrl(ISSUER_ID).toString());
		registry.add("bb.gateway.housing-uri", () -> housing.uri().toString());
		registry.add("bb.gateway.social-uri", () -> social.uri().toString());
		registry.add("bb.gateway.allocation-uri", () -> allocation.uri().toString());
	}

	@AfterAll
	static void stop() {
		provider.shutdown();
		List.of(housing, social, allocation).forEach(StubService::close);
	}

	@BeforeEach
	void forgetEarlierRequests() {
		List.of(housing, social, allocation).forEach(StubService::clear);
	}

	@Test
	void theLoginPageOffersTheProviderBesideTheLocalForm() {
		String page = browser().get("/login", Map.of()).body();

		assertThat(page).contains("Logga in med Testkommunens inloggning")
			.contains("href=\"/oauth2/authorization/oidc\"")
			.contains("<label for=\"password\">Lösenord</label>");
	}

	@Test
	void logsInAUserWhoseGroupMapsToHousingStaffAndRelaysTheMappedRolesAndOrganisation() throws ParseException {
		GatewayBrowser browser = browser();

		HttpResponse<String> start = logIn(browser, "sub-anna", "anna.andersson", "Anna Andersson",
				List.of("bb-uthyrare", "alla-anstallda"), "Uthyrning Norr");

		assertThat(start.statusCode()).isEqualTo(200);
		assertThat(start.uri().getPath()).isEqualTo("/");
		assertThat(start.body()).contains("Inloggad som Anna Andersson (Bostadsbolaget)");
		Account account = this.accounts.findExternal(provider.issuerUrl(ISSUER_ID).toString(), "sub-anna")
			.orElseThrow();
		assertThat(account.external()).isTrue();
		assertThat(account.username()).isEqualTo("anna.andersson");
		assertThat(account.organisation()).isEqualTo(Organisation.HOUSING);
		assertThat(account.roles()).containsExactly(Role.HOUSING_STAFF);
		assertThat(account.unit()).isEqualTo("Uthyrning Norr");

		assertThat(browser.get("/housing/apartments", Map.of()).statusCode()).isEqualTo(200);
		JWTClaimsSet claims = relayedClaims(housing);
		assertThat(claims.getSubject()).isEqualTo(account.id().toString());
		assertThat(claims.getStringListClaim("roles")).containsExactly("HOUSING_STAFF");
		assertThat(claims.getStringClaim("org")).isEqualTo("HOUSING");
		assertThat(claims.getStringClaim("preferred_username")).isEqualTo("anna.andersson");
		assertThat(claims.getStringClaim("name")).isEqualTo("Anna Andersson");
		assertThat(claims.getStringClaim("unit")).isEqualTo("Uthyrning Norr");
		assertThat(browser.get("/social/housing-needs", Map.of("Accept", "text/html")).statusCode()).isEqualTo(403);
		assertThat(social.gotNothing()).isTrue();
		assertThat(audited(account.id(), "ACCOUNT_CREATED", "SUCCESS")).isEqualTo(1);
		assertThat(audited(account.id(), "LOGIN", "SUCCESS")).isEqualTo(1);
	}

	@Test
	void anExternalAccountCannotLogInWithTheLocalForm() {
		logIn(browser(), "sub-bertil", "bertil", "Bertil Berg", List.of("bb-uthyrare"), null);

		HttpResponse<String> local = browser().login("bertil", "vilket-lösenord-som-helst");

		assertThat(local.headers().firstValue("Location")).hasValue("/login?error");
		assertThat(this.accounts.findByUsername("bertil").orElseThrow().failedAttempts()).isZero();
	}

	@Test
	void refusesAUserWhoseGroupsMapToNoRoleWithASwedishMessageAndAuditsIt() {
		HttpResponse<String> refused = logIn(browser(), "sub-cecilia", "cecilia", "Cecilia Carlsson",
				List.of("ekonomi", "alla-anstallda"), null);

		assertThat(refused.uri().getPath()).isEqualTo("/login");
		assertThat(refused.uri().getQuery()).isEqualTo("oidc-error=no-role");
		assertThat(refused.body()).contains("Inloggningen med Testkommunens inloggning lyckades, men ditt konto där "
				+ "ger ingen behörighet i Bostadsbryggan.");
		assertThat(this.accounts.findByUsername("cecilia")).isEmpty();
		assertThat(this.jdbc.sql("""
				select count(*) from audit_event
				where action = 'LOGIN_FAILED' and outcome = 'FAILURE' and details ->> 'username' = 'cecilia'
				    and details ->> 'reason' = 'no-role' and details ->> 'method' = 'oidc'
				""").query(Long.class).single()).isEqualTo(1);
		assertThat(browser().get("/login?oidc-error=no-role&lang=en", Map.of()).body())
			.contains("your account there gives no access to Bostadsbryggan");
	}

	@ParameterizedTest
	@CsvSource({
			"sub-david, david, bb-uthyrare;bb-handlaggare, two-organisations, både bostadsbolaget och socialtjänsten",
			"sub-erik, erik, bb-admin;bb-fastighetschef, admin-with-others, användaradministratör tillsammans med andra" })
	void refusesRolesOfBothOrganisationsOrAdministrationWithOtherRoles(String subject, String username, String groups,
			String reason, String message) {
		HttpResponse<String> refused = logIn(browser(), subject, username, username, List.of(groups.split(";")), null);

		assertThat(refused.uri().getQuery()).isEqualTo("oidc-error=" + reason);
		assertThat(refused.body()).contains(message);
		assertThat(this.accounts.findByUsername(username)).isEmpty();
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'LOGIN_FAILED' and details ->> 'reason' = ?")
			.param(reason)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void takesTheRolesFromTheProviderAtEachLoginAndAuditsAChange() throws ParseException {
		logIn(browser(), "sub-frida", "frida", "Frida Fors", List.of("bb-uthyrare"), null);
		UUID id = this.accounts.findByUsername("frida").orElseThrow().id();

		GatewayBrowser promoted = browser();
		logIn(promoted, "sub-frida", "frida", "Frida Fors", List.of("bb-fastighetschef"), null);
		promoted.get("/housing/apartments", Map.of());

		assertThat(this.accounts.find(id).orElseThrow().roles()).containsExactly(Role.HOUSING_MANAGER);
		assertThat(relayedClaims(housing).getStringListClaim("roles")).containsExactly("HOUSING_MANAGER");
		assertThat(this.jdbc.sql("""
				select details ->> 'before' || ' -> ' || (details ->> 'after') from audit_event
				where action = 'ROLES_CHANGED' and subject_id = ?
				""").param(id.toString()).query(String.class).list())
			.containsExactly("[\"HOUSING_STAFF\"] -> [\"HOUSING_MANAGER\"]");

		GatewayBrowser moved = browser();
		logIn(moved, "sub-frida", "frida", "Frida Fors", List.of("bb-socialsekreterare"), null);

		Account account = this.accounts.find(id).orElseThrow();
		assertThat(account.organisation()).isEqualTo(Organisation.SOCIAL);
		assertThat(account.roles()).containsExactly(Role.SOCIAL_CASEWORKER);
		assertThat(moved.get("/social/housing-needs", Map.of()).statusCode()).isEqualTo(200);
		assertThat(moved.get("/housing/apartments", Map.of("Accept", "text/html")).statusCode()).isEqualTo(403);
		assertThat(audited(id, "ROLES_CHANGED", "SUCCESS")).isEqualTo(2);
		assertThat(audited(id, "LOGIN", "SUCCESS")).isEqualTo(3);
	}

	@Test
	void anAccountDisabledByAnAdministratorCannotLogInThroughTheProvider() {
		logIn(browser(), "sub-gustav", "gustav", "Gustav Gran", List.of("bb-uthyrare"), null);
		UUID id = this.accounts.findByUsername("gustav").orElseThrow().id();
		this.accounts.setEnabled(id, false);

		HttpResponse<String> refused = logIn(browser(), "sub-gustav", "gustav", "Gustav Gran", List.of("bb-uthyrare"),
				null);

		assertThat(refused.uri().getQuery()).isEqualTo("oidc-error=disabled");
		assertThat(refused.body()).contains("Ditt konto i Bostadsbryggan är avstängt.");
		assertThat(audited(id, "LOGIN_FAILED", "FAILURE")).isEqualTo(1);
	}

	@Test
	void logsOutAnExternalUserAsALocalOne() {
		GatewayBrowser browser = browser();
		logIn(browser, "sub-hanna", "hanna", "Hanna Holm", List.of("bb-handlaggare"), null);
		UUID id = this.accounts.findByUsername("hanna").orElseThrow().id();

		HttpResponse<String> logout = browser.postForm("/logout",
				"_csrf=" + GatewayBrowser.encode(browser.csrfToken("/")));

		assertThat(logout.headers().firstValue("Location")).hasValue("/login?logout");
		assertThat(browser.get("/social/housing-needs", Map.of()).statusCode()).isEqualTo(302);
		assertThat(audited(id, "LOGOUT", "SUCCESS")).isEqualTo(1);
	}

	@Test
	void theAdministratorsPageShowsWhichAccountsAreExternalAndOffersThemNoPasswordReset() {
		logIn(browser(), "sub-ingrid", "ingrid", "Ingrid Ek", List.of("bb-uthyrare"), null);
		UUID id = this.accounts.findByUsername("ingrid").orElseThrow().id();
		TestUsers.admin(this.accounts);
		GatewayBrowser admin = browser().loggedInAs("administratoren", TestUsers.PASSWORD);

		String page = admin.get("/admin/users", Map.of()).body();

		String row = page.substring(page.indexOf("id=\"user-ingrid\""));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("Extern inloggning")
			.contains("Uthyrare/bovärd")
			.contains("Rollerna kommer från inloggningstjänsten")
			.doesNotContain("/password")
			.doesNotContain("/roles");
		String adminRow = page.substring(page.indexOf("id=\"user-administratoren\""));
		assertThat(adminRow.substring(0, adminRow.indexOf("</tr>"))).contains("Lokalt konto").contains("/password");
		HttpResponse<String> reset = admin.postForm("/admin/users/" + id + "/password",
				"password=" + GatewayBrowser.encode("Ett-långt-nytt-lösen-99") + "&_csrf="
						+ GatewayBrowser.encode(admin.csrfToken("/admin/users")));
		assertThat(reset.statusCode()).isEqualTo(200);
		assertThat(reset.body()).contains("Kontot loggar in via inloggningstjänsten och har inget lösenord här.");
		HttpResponse<String> roles = admin.postForm("/admin/users/" + id + "/roles",
				"roles=HOUSING_MANAGER&_csrf=" + GatewayBrowser.encode(admin.csrfToken("/admin/users")));
		assertThat(roles.body()).contains("Kontot får sina roller från inloggningstjänsten vid varje inloggning.");
		assertThat(this.accounts.find(id).orElseThrow().roles()).containsExactly(Role.HOUSING_STAFF);
	}

	@Test
	void takesTheUnitFromTheProviderAtEachLogin() {
		logIn(browser(), "sub-jonas", "jonas", "Jonas Järv", List.of("bb-handlaggare"), "Vuxenenheten");
		UUID id = this.accounts.findByUsername("jonas").orElseThrow().id();

		logIn(browser(), "sub-jonas", "jonas", "Jonas Järv", List.of("bb-handlaggare"), "Barn och unga");

		assertThat(this.accounts.find(id).orElseThrow().unit()).isEqualTo("Barn och unga");
	}

	/**
	 * Has the provider issue the given claims at its next token request, then follows the
	 * authorization code flow from the login button to where the gateway sends the user.
	 */
	private HttpResponse<String> logIn(GatewayBrowser browser, String subject, String username, String name,
			List<String> groups, String unit) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("preferred_username", username);
		claims.put("name", name);
		claims.put("groups", groups);
		if (unit != null) {
			claims.put("unit", unit);
		}
		provider.enqueueCallback(
				new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of("bostadsbryggan"), claims, 3600));
		HttpResponse<String> response = browser.get("/oauth2/authorization/oidc", Map.of());
		for (int hop = 0; hop < 10 && response.statusCode() == 302; hop++) {
			URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
			response = browser.send(HttpRequest.newBuilder(next).GET());
		}
		return response;
	}

	private static JWTClaimsSet relayedClaims(StubService service) throws ParseException {
		String authorization = service.takeRequest().header("Authorization");
		assertThat(authorization).startsWith("Bearer ");
		return SignedJWT.parse(authorization.substring("Bearer ".length())).getJWTClaimsSet();
	}

	private long audited(UUID subject, String action, String outcome) {
		return this.jdbc.sql("select count(*) from audit_event where subject_id = ? and action = ? and outcome = ?")
			.params(subject.toString(), action, outcome)
			.query(Long.class)
			.single();
	}

	private GatewayBrowser browser() {
		return new GatewayBrowser(this.port);
	}

	private static MockOAuth2Server startProvider() {
		MockOAuth2Server server = new MockOAuth2Server();
		server.start(InetAddress.getLoopbackAddress(), 0);
		return server;
	}

}
