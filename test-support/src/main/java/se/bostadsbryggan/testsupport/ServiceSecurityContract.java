package se.bostadsbryggan.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service's security must hold, run against the running application: each
 * endpoint it maps is in the service's table of who may call it ({@link #table()}), and
 * each identity gets 401 (no token), 403 (a role not in the table) or neither (a role in
 * the table); a direct call without a valid gateway token gets 401 as a problem detail;
 * the health probes stay open; prometheus needs a token; forms still carry the gateway's
 * CSRF token; a refused page is a Swedish page; an unknown path under the API is a 404
 * problem detail; static assets may be cached, API answers may not. A service's test
 * extends this and declares only its table.
 */
@ServiceIntegrationTest
public abstract class ServiceSecurityContract {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	ApplicationContext context;

	@Value("${local.server.port}")
	int port;

	/**
	 * Who may call an endpoint.
	 */
	public enum Identity {

		/** No token at all. */
		ANONYMOUS,

		HOUSING_STAFF, HOUSING_MANAGER, SOCIAL_CASEWORKER, SOCIAL_MANAGER, ADMIN;

		/** The housing company's staff. */
		public static final Set<Identity> HOUSING = EnumSet.of(HOUSING_STAFF, HOUSING_MANAGER);

		/** Social services' staff. */
		public static final Set<Identity> SOCIAL = EnumSet.of(SOCIAL_CASEWORKER, SOCIAL_MANAGER);

		/** Both organisations' staff, no admin. */
		public static final Set<Identity> ALL_STAFF = EnumSet.of(HOUSING_STAFF, HOUSING_MANAGER, SOCIAL_CASEWORKER,
				SOCIAL_MANAGER);

		/** Nobody. */
		public static final Set<Identity> NOBODY = EnumSet.noneOf(Identity.class);

		String token() {
			return switch (this) {
				case ANONYMOUS -> null;
				case HOUSING_STAFF, HOUSING_MANAGER -> TestTokens.shared().token("HOUSING", name());
				case SOCIAL_CASEWORKER, SOCIAL_MANAGER -> TestTokens.shared().token("SOCIAL", name());
				case ADMIN -> TestTokens.shared().token("HOUSING", name());
			};
		}

	}

	/**
	 * The service's table: {@code "METHOD /pattern"} (as the controller maps it) to the
	 * identities allowed to call it. {@link Identity#ANONYMOUS} is never allowed.
	 * @return the table
	 */
	protected abstract Map<String, Set<Identity>> table();

	/**
	 * @return a path of the service that needs a token, for the bad-token checks
	 */
	protected abstract String protectedPath();

	/**
	 * @return a small builder for {@link #table()}
	 */
	protected static Table endpoints() {
		return new Table();
	}

	@Test
	void everyMappedEndpointIsInTheTableAndAnswersEachIdentityAsItSays() {
		Map<String, Set<Identity>> table = table();
		Set<String> mapped = mappedEndpoints();
		assertThat(mapped).as("endpoints the application maps, missing from the table")
			.allMatch(table::containsKey, "declared in the table");
		assertThat(table.keySet()).as("endpoints in the table the application does not map")
			.allMatch(mapped::contains, "mapped by the application");
		assertThat(table.values()).as("anonymous is never allowed")
			.noneMatch((who) -> who.contains(Identity.ANONYMOUS));

		Map<Identity, String> tokens = new LinkedHashMap<>();
		for (Identity identity : Identity.values()) {
			tokens.put(identity, identity.token());
		}
		SoftAssertions softly = new SoftAssertions();
		table.forEach((endpoint, allowed) -> {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String path = concrete(endpoint.substring(endpoint.indexOf(' ') + 1));
			for (Identity identity : Identity.values()) {
				int status = send(method, path, tokens.get(identity)).statusCode();
				String what = endpoint + " as " + identity;
				if (identity == Identity.ANONYMOUS) {
					softly.assertThat(status).as(what).isEqualTo(401);
				}
				else if (allowed.contains(identity)) {
					// Allowed, and no crash: a 5xx must not pass as "allowed".
					softly.assertThat(status).as(what).isNotIn(401, 403).isLessThan(500);
				}
				else {
					softly.assertThat(status).as(what).isEqualTo(403);
				}
			}
		});
		softly.assertAll();
	}

	@Test
	void aDirectCallWithoutAValidGatewayTokenGets401AsAProblemDetail() {
		TestTokens tokens = TestTokens.shared();
		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("no token", null);
		bad.put("expired", tokens.expired());
		bad.put("signed by another key", tokens.signedByAnotherKey());
		bad.put("alg none", tokens.unsigned());
		bad.put("HS256", tokens.hs256());
		bad.put("another audience", tokens.forAnotherAudience());
		bad.put("not a JWT", "nonsense");
		SoftAssertions softly = new SoftAssertions();
		bad.forEach((what, token) -> {
			HttpResponse<String> response = send("GET", protectedPath(), token);
			softly.assertThat(response.statusCode()).as(what).isEqualTo(401);
			softly.assertThat(response.headers().firstValue("WWW-Authenticate"))
				.as(what)
				.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
			softly.assertThat(response.headers().firstValue("Content-Type"))
				.as(what)
				.hasValueSatisfying((value) -> assertThat(value).startsWith("application/problem+json"));
			softly.assertThat(response.body()).as(what).contains("\"status\":401");
		});
		softly.assertThat(send("GET", protectedPath(), tokens.allStaff()).statusCode())
			.as("a valid token")
			.isNotIn(401, 403);
		softly.assertAll();
	}

	@Test
	void healthIsOpenAndPrometheusAndInfoNeedAToken() {
		assertThat(send("GET", "/actuator/health", null).statusCode()).isEqualTo(200);
		assertThat(send("GET", "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		assertThat(send("GET", "/actuator/prometheus", null).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/actuator/info", null).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/actuator/prometheus", Identity.ADMIN.token()).statusCode()).isEqualTo(200);
		assertThat(send("GET", "/actuator/info", Identity.HOUSING_STAFF.token()).statusCode()).isEqualTo(200);
		assertThat(send("GET", "/anything-else", TestTokens.shared().allStaff()).statusCode()).isEqualTo(403);
	}

	@Test
	void anUnknownApiPathIsA404ProblemDetailForStaffAndStill401ForAnonymous() {
		String unknown = protectedPath() + "/" + UUID.randomUUID() + "/no-such-thing";
		String staff = TestTokens.shared().allStaff();

		HttpResponse<String> swedish = send("GET", unknown, staff);
		HttpResponse<String> english = send("GET", unknown, staff, "Accept", "application/json", "Accept-Language",
				"en");

		assertThat(swedish.statusCode()).isEqualTo(404);
		assertThat(swedish.headers().firstValue("Content-Type"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("application/problem+json"));
		assertThat(swedish.body()).contains("\"title\":\"Hittades inte\"");
		assertThat(english.body()).contains("\"title\":\"Not found\"");
		assertThat(send("GET", unknown, null).statusCode()).isEqualTo(401);
	}

	@Test
	void aRefusedPageIsAReadableSwedishPage() {
		String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

		HttpResponse<String> refused = send("GET", "/anything-else", TestTokens.shared().allStaff(), "Accept", browser);
		HttpResponse<String> anonymous = send("GET", "/anything-else", null, "Accept", browser);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("text/html"));
		assertThat(refused.body()).contains("<html lang=\"sv\">").contains("<h1>Du saknar behörighet</h1>");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.body()).contains("<h1>Inloggning krävs</h1>");
	}

	@Test
	void staticAssetsMayBeCachedButApiAnswersMayNot() {
		String staticPaths = this.context.getEnvironment().getRequiredProperty("spring.mvc.static-path-pattern");
		String staff = TestTokens.shared().allStaff();

		HttpResponse<String> stylesheet = send("GET", staticPaths.replace("**", "bb.css"), staff);
		HttpResponse<String> api = send("GET", protectedPath(), staff);

		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(value) -> assertThat(value).contains("max-age=").doesNotContain("no-store", "no-cache"));
		assertThat(api.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
	}

	@Test
	void formsStillCarryTheGatewaysCsrfToken() {
		assertThat(this.context.getBean("requestDataValueProcessor").getClass().getName())
			.isEqualTo("se.bostadsbryggan.web.GatewayCsrfFields");
	}

	private Set<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> names = new ArrayList<>();
			if (methods.isEmpty()) {
				names.add("GET");
			}
			methods.forEach((method) -> names.add(method.name()));
			for (String pattern : info.getPatternValues()) {
				for (String method : names) {
					endpoints.add(method + " " + pattern);
				}
			}
		}
		return endpoints;
	}

	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{[^}]+\\}", UUID.randomUUID().toString()).replace("/**", "/x");
	}

	private HttpResponse<String> send(String method, String path, String token, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30))
			.setHeader("Accept", "application/json, text/html;q=0.9, */*;q=0.1");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		if (method.equals("GET") || method.equals("DELETE") || method.equals("HEAD") || method.equals("OPTIONS")) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString("{}"));
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + path + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Builds a table: {@code endpoints().allow(HOUSING, "GET /a", "POST /a").build()}.
	 */
	protected static final class Table {

		private final Map<String, Set<Identity>> rows = new LinkedHashMap<>();

		private Table() {
		}

		public Table allow(Set<Identity> who, String... endpoints) {
			for (String endpoint : endpoints) {
				if (this.rows.put(endpoint, who) != null) {
					throw new IllegalArgumentException("Twice in the table: " + endpoint);
				}
			}
			return this;
		}

		public Map<String, Set<Identity>> build() {
			return Map.copyOf(this.rows);
		}

	}

}
