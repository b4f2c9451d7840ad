package se.bostadsbryggan.systemtests;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.bostadsbryggan.testsupport.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login at the gateway in front of the real services: each organisation reaches its own
 * pages and the shared workflow, not the other's; forms of the services post through the
 * gateway with the session's CSRF token.
 */
@ExtendWith(SystemExtension.class)
class AccessControlSystemIT {

	@Test
	void theHousingCompanysStaffReachTheirPagesButNotSocialServices(RunningSystem system) {
		ApiClient bovard = system.loggedIn("bovard");

		ApiClient.Response apartments = bovard.get("/housing/apartments");
		assertThat(apartments.status()).isEqualTo(200);
		assertThat(apartments.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
		ApiClient.Response needs = bovard.get("/social/housing-needs", "Accept", "text/html");
		assertThat(needs.status()).isEqualTo(403);
		assertThat(needs.body()).contains("Du saknar behörighet");
		assertThat(bovard.get("/api/social/housing-needs").status()).isEqualTo(403);
		assertThat(bovard.get("/allocation/").status()).isEqualTo(200);
	}

	@Test
	void nobodyGetsInWithoutLoggingIn(RunningSystem system) {
		ApiClient anonymous = new ApiClient(system.gatewayUrl());

		assertThat(anonymous.get("/housing/apartments").status()).isEqualTo(302);
		assertThat(anonymous.get("/api/housing/apartments").status()).isEqualTo(401);
		assertThat(anonymous.get("/.well-known/jwks.json").body()).contains("\"kty\":\"RSA\"").doesNotContain("\"d\"");
	}

	@Test
	void aServicesPortAloneIsUselessWithoutTheGatewaysToken(RunningSystem system) {
		for (String service : new String[] { "housing-service", "social-services-service", "allocation-service" }) {
			ApiClient direct = new ApiClient(system.url(service));

			assertThat(direct.get("/actuator/health/readiness").status()).as(service).isEqualTo(200);
			ApiClient.Response refused = direct.get("/actuator/prometheus");
			assertThat(refused.status()).as(service).isEqualTo(401);
			assertThat(refused.header("WWW-Authenticate")).as(service).startsWith("Bearer");
		}
		assertThat(new ApiClient(system.url("housing-service")).get("/api/housing/apartments").status()).isEqualTo(401);
		assertThat(new ApiClient(system.url("housing-service")).withBearerToken("made.up.token")
			.get("/api/housing/apartments")
			.status()).isEqualTo(401);
	}

	@Test
	void aJsonPostWithoutTheCsrfTokenIsRefused(RunningSystem system) {
		ApiClient bovard = system.loggedIn("bovard");
		ApiClient withoutToken = new ApiClient(system.gatewayUrl());

		assertThat(bovard.postJson("/api/housing/apartments", Map.of("rooms", 0)).status()).isEqualTo(400);
		ApiClient.Response refused = withoutToken.postJson("/api/housing/apartments", Map.of("rooms", 0));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
	}

	@Test
	void aServicesFormPostsThroughTheGatewayWithTheSessionsCsrfToken(RunningSystem system) {
		ApiClient bovard = system.loggedIn("bovard");
		String objectNumber = "FORM-" + java.util.UUID.randomUUID().toString().substring(0, 6);

		String page = bovard.get("/housing/apartments").body();
		java.util.regex.Matcher field = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(page);
		assertThat(field.find()).as("the service's form has the gateway's CSRF field").isTrue();
		ApiClient.Response posted = bovard.postForm("/housing/apartments",
				"_csrf=" + java.net.URLEncoder.encode(field.group(1), java.nio.charset.StandardCharsets.UTF_8)
						+ "&objectNumber=" + objectNumber
						+ "&address=Formgatan+1&stairwell=FORMG-1&rooms=2&areaSquareMetres=50&monthlyRent=5000");
		ApiClient.Response withoutToken = bovard.postForm("/housing/apartments", "objectNumber=NO-TOKEN&rooms=2");

		assertThat(posted.status()).as(posted.body()).isIn(200, 302, 303);
		assertThat(bovard.get("/housing/apartments").body()).contains(objectNumber);
		assertThat(withoutToken.status()).isEqualTo(403);
	}

}
