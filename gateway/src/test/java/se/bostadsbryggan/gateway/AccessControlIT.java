package se.bostadsbryggan.gateway;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.bostadsbryggan.gateway.account.Accounts;
import se.bostadsbryggan.gateway.account.Organisation;
import se.bostadsbryggan.gateway.account.Role;
import se.bostadsbryggan.testsupport.FreshDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Login, lockout, organisation rules, CSRF, the identity token and the security headers,
 * through the gateway's port against a fresh database and stub services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bb.gateway.availability-timeout=300ms" })
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class AccessControlIT {

	private static final String FAILED = "Inloggningen misslyckades.";

	private static final StubService housing = StubService.start("housing");

	private static final StubService social = StubService.start("social");

	private static final StubService allocation = StubService.start("allocation");

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("bb.gateway.housing-uri", () -> housing.uri().toString());
		registry.add("bb.gateway.social-uri", () -> social.uri().toString());
		registry.add("bb.gateway.allocation-uri", () -> allocation.uri().toString());
	}

	@AfterAll
	static void stopServices() {
		List.of(housing, social, allocation).forEach(StubService::close);
	}

	@BeforeEach
	void users() {
		TestUsers.housingStaff(this.accounts);
		TestUsers.caseworker(this.accounts);
		TestUsers.admin(this.accounts);
		List.of(housing, social, allocation).forEach(StubService::clear);
	}

	@Test
	void logsInAndShowsTheUserOnTheStartPage() {
		GatewayBrowser browser = browser().loggedInAs("Uthyrare", TestUsers.PASSWORD);

		String page = browser.get("/", Map.of()).body();

		assertThat(page).contains("Inloggad som Test uthyrare (Bostadsbolaget)").contains("action=\"/logout\"");
		assertThat(audit("LOGIN", "SUCCESS")).isPositive();
	}

	@Test
	void showsTheLoginPageInSwedishOrEnglish() {
		assertThat(browser().get("/login", Map.of()).body()).contains("<html lang=\"sv\"")
			.contains("<h1>Logga in</h1>")
			.contains("name=\"_csrf\"")
			.contains("<label for=\"password\">Lösenord</label>")
			.doesNotContain("/oauth2/authorization");
		assertThat(browser().get("/login?lang=en", Map.of()).body()).contains("<html lang=\"en\"")
			.contains("<h1>Log in</h1>");
	}

	@Test
	void refusesAWrongPasswordAndAnUnknownUserWithTheSameMessage() {
		HttpResponse<String> wrongPassword = browser().login("handlaggaren", "fel lösenord helt och hållet");
		HttpResponse<String> unknownUser = browser().login("ingen-sadan", "fel lösenord helt och hållet");

		assertThat(wrongPassword.headers().firstValue("Location")).hasValue("/login?error");
		assertThat(unknownUser.headers().firstValue("Location")).hasValue("/login?error");
		assertThat(browser().get("/login?error", Map.of()).body()).contains(FAILED);
	}

	@Test
	void locksAnAccountForFifteenMinutesAfterFiveFailedLogins() {
		UUID id = TestUsers.ensure(this.accounts, "sparras", Organisation.HOUSING, Role.HOUSING_MANAGER);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(browser().login("sparras", "fel lösenord nummer " + attempt).headers().firstValue("Location"))
				.hasValue("/login?error");
		}

		HttpResponse<String> rightPasswordWhileLocked = browser().login("sparras", TestUsers.PASSWORD);
		assertThat(rightPasswordWhileLocked.headers().firstValue("Location")).hasValue("/login?error");
		assertThat(this.accounts.find(id).orElseThrow().lockedAt(this.clock.instant())).isTrue();

		this.clock.advance(Duration.ofMinutes(14));
		assertThat(browser().login("sparras", TestUsers.PASSWORD).headers().firstValue("Location"))
			.hasValue("/login?error");

		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		browser().loggedInAs("sparras", TestUsers.PASSWORD);
		assertThat(this.accounts.find(id).orElseThrow().failedAttempts()).isZero();
		assertThat(auditFor(id, "ACCOUNT_LOCKED")).isEqualTo(1);
	}

	@Test
	void aSuccessfulLoginResetsTheCountOfFailedOnes() {
		UUID id = TestUsers.ensure(this.accounts, "glomsk", Organisation.SOCIAL, Role.SOCIAL_MANAGER);
		for (int attempt = 1; attempt <= 4; attempt++) {
			browser().login("glomsk", "fel lösenord nummer " + attempt);
		}
		browser().loggedInAs("glomsk", TestUsers.PASSWORD);
		browser().login("glomsk", "fel lösenord igen, igen");

		assertThat(this.accounts.find(id).orElseThrow().failedAttempts()).isEqualTo(1);
		assertThat(this.accounts.find(id).orElseThrow().lockedUntil()).isNull();
	}

	@Test
	void aDisabledUserCannotLogIn() {
		UUID id = TestUsers.ensure(this.accounts, "slutat", Organisation.HOUSING, Role.HOUSING_STAFF);
		this.accounts.setEnabled(id, false);

		assertThat(browser().login("slutat", TestUsers.PASSWORD).headers().firstValue("Location"))
			.hasValue("/login?error");
	}

	@Test
	void logsOut() {
		GatewayBrowser browser = browser().loggedInAs("uthyrare", TestUsers.PASSWORD);

		HttpResponse<String> logout = browser.postForm("/logout",
				"_csrf=" + GatewayBrowser.encode(browser.csrfToken("/")));

		assertThat(logout.headers().firstValue("Location")).hasValue("/login?logout");
		assertThat(browser.get("/housing/apartments", Map.of()).statusCode()).isEqualTo(302);
	}

	@Test
	void sendsPagesToTheLoginPageAndAnswersTheApiWith401WhenNotLoggedIn() throws Exception {
		HttpResponse<String> page = browser().get("/housing/apartments", Map.of("Accept", "text/html"));
		HttpResponse<String> api = browser().get("/api/housing/apartments", Map.of());

		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(api.body());
		assertThat(problem.path("title").asString()).isEqualTo("Inloggning krävs");
		assertThat(problem.path("status").asInt()).isEqualTo(401);
		assertThat(housing.gotNothing()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/social/housing-needs", "/api/social/housing-needs" })
	void refusesHousingStaffSocialServicesPagesAndApi(String path) {
		HttpResponse<String> response = browser().loggedInAs("uthyrare", TestUsers.PASSWORD)
			.get(path, Map.of("Accept", path.startsWith("/api/") ? "application/json" : "text/html"));

		assertThat(response.statusCode()).isEqualTo(403);
		if (path.startsWith("/api/")) {
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(json.readTree(response.body()).path("title").asString()).isEqualTo("Du saknar behörighet");
		}
		else {
			assertThat(response.body()).contains("<html lang=\"sv\"").contains("<h1>Du saknar behörighet</h1>");
		}
		assertThat(social.gotNothing()).isTrue();
	}

	@Test
	void refusesCaseworkersTheHousingCompanysPagesAndLetsBothOrganisationsIntoTheSharedWorkflow() {
		GatewayBrowser caseworker = browser().loggedInAs("handlaggaren", TestUsers.PASSWORD);
		GatewayBrowser housingStaff = browser().loggedInAs("uthyrare", TestUsers.PASSWORD);

		assertThat(caseworker.get("/housing/apartments", Map.of()).statusCode()).isEqualTo(403);
		assertThat(caseworker.get("/api/housing/apartments", Map.of()).statusCode()).isEqualTo(403);
		assertThat(caseworker.get("/social/housing-needs", Map.of()).statusCode()).isEqualTo(200);
		assertThat(caseworker.get("/allocation/", Map.of()).statusCode()).isEqualTo(200);
		assertThat(housingStaff.get("/allocation/", Map.of()).statusCode()).isEqualTo(200);
		assertThat(housingStaff.get("/housing/apartments", Map.of()).statusCode()).isEqualTo(200);
	}

	@Test
	void anAdministratorOnlyReachesNoService() {
		GatewayBrowser admin = browser().loggedInAs("administratoren", TestUsers.PASSWORD);

		for (String path : List.of("/housing/apartments", "/social/housing-needs", "/allocation/",
				"/api/allocation/apartments")) {
			assertThat(admin.get(path, Map.of()).statusCode()).as(path).isEqualTo(403);
		}
		List.of(housing, social, allocation).forEach((service) -> assertThat(service.gotNothing()).isTrue());
	}

	@Test
	void refusesAStateChangingRequestWithoutTheCsrfToken() {
		GatewayBrowser browser = browser().loggedInAs("uthyrare", TestUsers.PASSWORD);

		HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(browser.uri("/api/housing/apartments"))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{}")));
		HttpResponse<String> formWithoutToken = browser.postForm("/housing/apartments", "rooms=2");
		HttpResponse<String> withToken = browser.send(HttpRequest.newBuilder(browser.uri("/api/housing/apartments"))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", browser.csrfToken("/"))
			.POST(BodyPublishers.ofString("{}")));

		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(withoutToken.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(formWithoutToken.statusCode()).isEqualTo(403);
		assertThat(withToken.statusCode()).isEqualTo(200);
		assertThat(housing.takeRequest().method()).isEqualTo("POST");
		assertThat(housing.gotNothing()).isTrue();
	}

	@Test
	void passesAProxiedFormPostWithItsTokenOnAndGivesTheServiceTheToken() {
		GatewayBrowser browser = browser().loggedInAs("handlaggaren", TestUsers.PASSWORD);
		String token = browser.csrfToken("/");
		String form = "reference=R-1&_csrf=" + GatewayBrowser.encode(token) + "&rooms=2";

		HttpResponse<String> response = browser.postForm("/social/housing-needs", form);

		assertThat(response.statusCode()).isEqualTo(200);
		StubService.Received received = social.takeRequest();
		assertThat(received.body()).isEqualTo(form);
		assertThat(received.header("X-BB-Csrf-Token")).isNotBlank();
	}

	@Test
	void relaysTheIdentityInATokenThatVerifiesAgainstTheJwks() throws ParseException, JOSEException {
		UUID id = TestUsers.housingStaff(this.accounts);
		GatewayBrowser browser = browser().loggedInAs("uthyrare", TestUsers.PASSWORD);
		String correlationId = "5b0c3c1e-2f4d-4a7b-9c8e-1d2f3a4b5c6d";

		browser.get("/housing/apartments", Map.of("X-Correlation-Id", correlationId, "Authorization", "Bearer forged"));
		StubService.Received received = housing.takeRequest();
		String authorization = received.header("Authorization");
		HttpResponse<String> jwksResponse = browser().get("/.well-known/jwks.json", Map.of());

		assertThat(jwksResponse.statusCode()).isEqualTo(200);
		JWKSet jwks = JWKSet.parse(jwksResponse.body());
		assertThat(jwks.getKeys()).allSatisfy((key) -> assertThat(key.isPrivate()).isFalse());
		assertThat(authorization).startsWith("Bearer ");
		SignedJWT jwt = SignedJWT.parse(authorization.substring("Bearer ".length()));
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
		assertThat(key).isNotNull();
		assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("bostadsbryggan-gateway");
		assertThat(claims.getAudience()).containsExactly("bostadsbryggan-services");
		assertThat(claims.getSubject()).isEqualTo(id.toString());
		assertThat(claims.getStringClaim("name")).isEqualTo("Test uthyrare");
		assertThat(claims.getStringClaim("preferred_username")).isEqualTo("uthyrare");
		assertThat(claims.getClaim("unit")).isNull();
		assertThat(claims.getStringClaim("org")).isEqualTo("HOUSING");
		assertThat(claims.getStringListClaim("roles")).containsExactly("HOUSING_STAFF");
		assertThat(received.header("X-Correlation-Id")).isEqualTo(correlationId);
		assertThat(claims.getJWTID()).isNotBlank();
		Date issued = claims.getIssueTime();
		assertThat(claims.getExpirationTime().getTime() - issued.getTime()).isEqualTo(60_000);
	}

	@Test
	void setsTheSecurityHeadersOnItsOwnAndOnProxiedPages() {
		GatewayBrowser browser = browser().loggedInAs("uthyrare", TestUsers.PASSWORD);

		for (HttpResponse<String> response : List.of(browser.get("/", Map.of()), browser.get("/login", Map.of()),
				browser.get("/housing/apartments", Map.of()))) {
			assertThat(response.headers().firstValue("Content-Security-Policy"))
				.hasValue("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
						+ "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		}
	}

	@Test
	void setsAnHttpOnlySameSiteSessionCookie() {
		HttpResponse<String> login = browser().get("/login", Map.of());

		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("BBSESSION=").contains("HttpOnly").contains("SameSite=Lax"));
	}

	@Test
	void theAuditLogRefusesUpdatesAndDeletesFromTheAppsOwnConnection() {
		browser().loggedInAs("uthyrare", TestUsers.PASSWORD);
		assertThat(audit("LOGIN", "SUCCESS")).isPositive();

		assertThatThrownBy(() -> this.jdbc.sql("update audit_event set outcome = 'FAILURE'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_event").update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_event").update()).hasMessageContaining("append-only");
		assertThat(audit("LOGIN", "SUCCESS")).isPositive();
	}

	@Test
	void auditsFailedLoginsWithoutTheirPasswords() {
		browser().login("uthyrare", "ett-hemligt-felaktigt-lösen");

		assertThat(audit("LOGIN_FAILED", "FAILURE")).isPositive();
		assertThat(this.jdbc.sql("select count(*) from audit_event where details::text like '%hemligt%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void createsNoDemoUsersUnlessDemoDataIsLoaded() {
		assertThat(this.accounts.findByUsername("bovard")).isEmpty();
		assertThat(this.accounts.findByUsername("admin")).isEmpty();
	}

	private GatewayBrowser browser() {
		return new GatewayBrowser(this.port);
	}

	private long audit(String action, String outcome) {
		return this.jdbc.sql("select count(*) from audit_event where action = ? and outcome = ?")
			.params(action, outcome)
			.query(Long.class)
			.single();
	}

	private long auditFor(UUID subject, String action) {
		return this.jdbc.sql("select count(*) from audit_event where action = ? and subject_id = ?")
			.params(action, subject.toString())
			.query(Long.class)
			.single();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
