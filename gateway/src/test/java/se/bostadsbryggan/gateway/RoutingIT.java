package se.bostadsbryggan.gateway;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.bostadsbryggan.gateway.account.Accounts;
import se.bostadsbryggan.testsupport.FreshDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in front of three real HTTP servers standing in for the services, driven
 * through its port with the JDK HTTP client, logged in as a user of the organisation
 * whose pages are asked for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.http.clients.read-timeout=1s", "bb.gateway.availability-timeout=500ms" })
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class RoutingIT {

	private static final StubService housing = StubService.start("housing");

	private static final StubService social = StubService.start("social");

	private static final StubService allocation = StubService.start("allocation");

	private static final Map<String, StubService> services = Map.of("housing", housing, "social", social, "allocation",
			allocation);

	private static final String CLIENT_ID = "3f2c4b1a-9d8e-4c7b-a6f5-0e1d2c3b4a59";

	private static final String SWEDISH_ID = "7a1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0";

	private static final String ENGLISH_ID = "0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d";

	private static final String PAGE_ID = "c4d3e2f1-a0b9-4c8d-8e7f-6a5b4c3d2e1f";

	private static final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	Accounts accounts;

	private GatewayBrowser housingUser;

	private GatewayBrowser socialUser;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("bb.gateway.housing-uri", () -> housing.uri().toString());
		registry.add("bb.gateway.social-uri", () -> social.uri().toString());
		registry.add("bb.gateway.allocation-uri", () -> allocation.uri().toString());
	}

	@AfterAll
	static void stopServices() {
		services.values().forEach(StubService::close);
	}

	@BeforeEach
	void logInAndForgetEarlierRequests() {
		TestUsers.housingStaff(this.accounts);
		TestUsers.caseworker(this.accounts);
		this.housingUser = new GatewayBrowser(this.port).loggedInAs("uthyrare", TestUsers.PASSWORD);
		this.socialUser = new GatewayBrowser(this.port).loggedInAs("handlaggaren", TestUsers.PASSWORD);
		services.values().forEach(StubService::clear);
	}

	@ParameterizedTest
	@CsvSource({ "/housing/apartments/7, housing", "/api/housing/apartments/7, housing",
			"/social/housing-needs/3, social", "/api/social/housing-needs/3, social",
			"/allocation/offers/5, allocation", "/api/allocation/offers/5, allocation" })
	void routesEachPrefixToItsServiceWithPathAndQueryIntact(String path, String service) throws Exception {
		HttpResponse<String> response = get(path + "?sort=rent&page=2&q=Storgatan%201%20%C3%85", Map.of());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo(service + " " + path);
		StubService.Received received = services.get(service).takeRequest();
		assertThat(received.method()).isEqualTo("GET");
		assertThat(received.path()).isEqualTo(path);
		assertThat(received.query()).isEqualTo("sort=rent&page=2&q=Storgatan%201%20%C3%85");
		services.values().forEach((other) -> assertThat(other.gotNothing()).isTrue());
	}

	@Test
	void passesJsonBodiesOnIntact() throws Exception {
		String body = "{\"objectNumber\":\"1234-5678\",\"rooms\":2,\"address\":\"Storgatan 1, Åby\"}";
		HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/api/housing/apartments"))
			.header("Content-Type", "application/json")
			.header("X-CSRF-TOKEN", this.housingUser.csrfToken("/"))
			.POST(BodyPublishers.ofString(body)));

		assertThat(response.statusCode()).isEqualTo(200);
		StubService.Received received = housing.takeRequest();
		assertThat(received.method()).isEqualTo("POST");
		assertThat(received.header("Content-Type")).isEqualTo("application/json");
		assertThat(received.body()).isEqualTo(body);
	}

	@Test
	void passesFormBodiesOnIntact() throws Exception {
		String form = "reference=B%C3%85-2026-001&rooms=2&_csrf="
				+ GatewayBrowser.encode(this.socialUser.csrfToken("/")) + "&note=Hiss+kr%C3%A4vs";
		HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/social/housing-needs?step=2&lang=sv"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)));

		assertThat(response.statusCode()).isEqualTo(200);
		StubService.Received received = social.takeRequest();
		assertThat(received.method()).isEqualTo("POST");
		assertThat(received.path()).isEqualTo("/social/housing-needs");
		assertThat(received.query()).isEqualTo("step=2&lang=sv");
		assertThat(received.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
		assertThat(received.body()).isEqualTo(form);
	}

	@Test
	void passesUploadsOnIntactWhenTheirCsrfPartIsRight() throws Exception {
		String boundary = "----bb-upload-7";
		String upload = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
				+ this.housingUser.csrfToken("/") + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"inbetalningar.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nreference;objectNumber;amount;paidDate\r\nÅ-1;1101-0102;7 840,00;2026-11-25"
				+ "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/housing/imports/payments"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofString(upload)));

		assertThat(response.statusCode()).isEqualTo(200);
		StubService.Received received = housing.takeRequest();
		assertThat(received.header("Content-Type")).isEqualTo("multipart/form-data; boundary=" + boundary);
		assertThat(received.body()).isEqualTo(upload);
	}

	@Test
	void refusesAnUploadWithoutItsCsrfPart() throws Exception {
		String boundary = "----bb-upload-8";
		String upload = "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"_csrf\"\r\nContent-Type: text/csv"
				+ "\r\n\r\nreference;objectNumber\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = send(HttpRequest.newBuilder(gateway("/housing/imports/payments"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofString(upload)));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(housing.gotNothing()).isTrue();
	}

	@Test
	void forwardsTheClientsCorrelationIdAndReturnsIt() throws Exception {
		HttpResponse<String> response = get("/housing/apartments", Map.of("X-Correlation-Id", CLIENT_ID));

		assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly(CLIENT_ID);
		assertThat(housing.takeRequest().headers().get("X-Correlation-Id")).containsExactly(CLIENT_ID);
	}

	@Test
	void makesACorrelationIdAndGivesTheServiceTheSameOne() throws Exception {
		HttpResponse<String> response = get("/api/allocation/offers", Map.of());

		String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
		assertThat(response.headers().allValues("X-Correlation-Id")).hasSize(1);
		assertThat(allocation.takeRequest().headers().get("X-Correlation-Id")).containsExactly(correlationId);
	}

	@Test
	void replacesACorrelationIdThatIsNoUuidWithItsOwn() throws Exception {
		HttpResponse<String> response = get("/api/allocation/offers", Map.of("X-Correlation-Id", "19700101-1234"));

		String correlationId = response.headers().firstValue("X-Correlation-Id").orElseThrow();
		assertThat(correlationId).isNotEqualTo("19700101-1234");
		assertThat(allocation.takeRequest().header("X-Correlation-Id")).isEqualTo(correlationId);
	}

	@Test
	void stripsIdentityHeadersAndReplacesTheClientsAuthorization() throws Exception {
		get("/api/social/housing-needs",
				Map.of("X-BB-Identity", "forged", "X-BB-Roles", "SOCIAL_MANAGER", "Authorization", "Bearer token"));

		StubService.Received received = social.takeRequest();
		assertThat(received.header("X-BB-Identity")).isNull();
		assertThat(received.header("X-BB-Roles")).isNull();
		assertThat(received.headers().get("Authorization")).hasSize(1);
		assertThat(received.header("Authorization")).startsWith("Bearer ey").isNotEqualTo("Bearer token");
	}

	@Test
	void writesForwardedHeadersOfItsOwnAndIgnoresTheClients() throws Exception {
		get("/housing/apartments", Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-For", "6.6.6.6", "Forwarded",
				"for=6.6.6.6;host=evil.example"));

		StubService.Received received = housing.takeRequest();
		assertThat(received.headers().get("X-Forwarded-For")).containsExactly("127.0.0.1");
		assertThat(received.headers().get("X-Forwarded-Proto")).containsExactly("http");
		assertThat(received.headers().get("X-Forwarded-Host")).containsExactly("127.0.0.1:" + this.port);
		assertThat(received.header("X-Forwarded-Prefix")).isNull();
		assertThat(received.header("Forwarded")).isNull();
		assertThat(received.header("Upgrade")).isNull();
	}

	@Test
	void passesARelativeRedirectThroughUnchanged() throws Exception {
		HttpResponse<String> response = get("/housing/apartments/redirect", Map.of());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().allValues("Location")).containsExactly("/housing/apartments/42");
	}

	@Test
	void answersAStoppedServicesApiWithAProblemDetailInSwedishOrEnglish() throws Exception {
		social.stop();
		try {
			HttpResponse<String> swedish = get("/api/social/housing-needs", Map.of("X-Correlation-Id", SWEDISH_ID));
			HttpResponse<String> english = get("/api/social/housing-needs",
					Map.of("Accept-Language", "en", "X-Correlation-Id", ENGLISH_ID));

			assertThat(swedish.statusCode()).isEqualTo(503);
			assertThat(swedish.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			JsonNode problem = json.readTree(swedish.body());
			assertThat(problem.path("status").asInt()).isEqualTo(503);
			assertThat(problem.path("title").asString()).isEqualTo("Tjänsten är inte tillgänglig");
			assertThat(problem.path("detail").asString()).startsWith("Socialtjänsten svarar inte just nu.");
			assertThat(problem.path("type").asString())
				.isEqualTo("https://bostadsbryggan.se/problem/service-unavailable");
			assertThat(problem.path("instance").asString()).isEqualTo("/api/social/housing-needs");
			assertThat(problem.path("correlationId").asString()).isEqualTo(SWEDISH_ID);

			assertThat(english.statusCode()).isEqualTo(503);
			JsonNode englishProblem = json.readTree(english.body());
			assertThat(englishProblem.path("title").asString()).isEqualTo("Service unavailable");
			assertThat(englishProblem.path("detail").asString()).startsWith("Social services is not answering");
			assertThat(englishProblem.path("correlationId").asString()).isEqualTo(ENGLISH_ID);
		}
		finally {
			social.restart();
		}
	}

	@Test
	void answersAStoppedServicesPageWithAReadableErrorPage() throws Exception {
		housing.stop();
		try {
			HttpResponse<String> response = get("/housing/apartments",
					Map.of("Accept", "text/html", "X-Correlation-Id", PAGE_ID));

			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(response.body()).contains("<html lang=\"sv\"")
				.contains("<h1>Tjänsten är inte tillgänglig</h1>")
				.contains("Bostadsbolaget svarar inte just nu.")
				.contains(PAGE_ID)
				.contains("<main id=\"main\"");
		}
		finally {
			housing.restart();
		}
	}

	@Test
	void showsOnTheStartPageWhichServiceIsDown() throws Exception {
		allocation.stop();
		try {
			String page = get("/", Map.of()).body();

			assertThat(between(page, "id=\"service-housing\"", "</li>")).contains("Tillgänglig");
			assertThat(between(page, "id=\"service-social\"", "</li>")).contains("Tillgänglig");
			assertThat(between(page, "id=\"service-allocation\"", "</li>")).contains("Inte tillgänglig");
		}
		finally {
			allocation.restart();
		}
	}

	@Test
	void answersWithA503WhenAServiceIsTooSlow() throws Exception {
		HttpResponse<String> response = get("/api/allocation/offers/slow", Map.of());

		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	@Test
	void showsTheStartPageInSwedish() throws Exception {
		HttpResponse<String> response = get("/", Map.of());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<html lang=\"sv\"")
			.contains("<title>Bostadsbryggan</title>")
			.contains("href=\"#main\"")
			.contains("<main id=\"main\"")
			.contains("href=\"/assets/bb.css\"")
			.contains("<a class=\"button\" href=\"/housing/apartments\">Öppna Bostadsbolaget</a>")
			.contains("<a class=\"button\" href=\"/social/\">Öppna Socialtjänsten</a>")
			.contains("<a class=\"button\" href=\"/allocation/\">Öppna Samverkan</a>")
			.contains("href=\"?lang=en\"")
			.contains("Tillgänglig")
			.doesNotContain("Inte tillgänglig")
			.doesNotContain("<script");
	}

	@Test
	void showsTheStartPageInEnglish() throws Exception {
		HttpResponse<String> response = get("/?lang=en", Map.of());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<html lang=\"en\"")
			.contains("Open Housing company")
			.contains("Open Social services")
			.contains("Open Collaboration")
			.contains("href=\"?lang=sv\"")
			.contains("Available");
		assertThat(response.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("bb-lang=en"));
	}

	@Test
	void servesTheSharedStylesheet() throws Exception {
		HttpResponse<String> response = get("/assets/bb.css", Map.of());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/css"));
	}

	@Test
	void answersAnUnknownPageWithASwedishNotFoundPage() throws Exception {
		HttpResponse<String> response = get("/nowhere", Map.of("Accept", "text/html"));

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"sv\"").contains("Sidan hittades inte");
	}

	@Test
	void servesActuatorOnlyOnTheManagementPortAndTheProbesOnTheMainPort() throws Exception {
		assertThat(get("/readyz", Map.of()).statusCode()).isEqualTo(200);
		assertThat(get("/livez", Map.of()).statusCode()).isEqualTo(200);
		assertThat(new GatewayBrowser(this.port).get("/readyz", Map.of()).statusCode()).isEqualTo(200);
		for (String path : List.of("/actuator/prometheus", "/actuator/info", "/actuator/health/readiness")) {
			assertThat(get(path, Map.of()).statusCode()).as(path).isEqualTo(404);
		}

		GatewayBrowser management = new GatewayBrowser(this.managementPort);
		assertThat(this.managementPort).isNotEqualTo(this.port);
		assertThat(management.get("/actuator/health/readiness", Map.of()).statusCode()).isEqualTo(200);
		assertThat(management.get("/actuator/health/liveness", Map.of()).statusCode()).isEqualTo(200);
		assertThat(management.get("/actuator/info", Map.of()).statusCode()).isEqualTo(200);
		HttpResponse<String> prometheus = management.get("/actuator/prometheus", Map.of());
		assertThat(prometheus.statusCode()).isEqualTo(200);
		assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
		// Not exposed, and not open either: the gateway's security covers the management
		// port too.
		for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/gateway")) {
			assertThat(management.get(path, Map.of()).statusCode()).as(path).isIn(302, 404);
		}
		services.values().forEach((service) -> assertThat(service.gotNothing()).isTrue());
	}

	@Test
	void sendsEachSecurityHeaderOnceWithTheGatewaysValueWhenTheServiceSetsItsOwn() throws Exception {
		HttpResponse<String> response = get("/housing/apartments/own-headers", Map.of());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Content-Security-Policy")).hasSize(1)
			.allSatisfy((csp) -> assertThat(csp).startsWith("default-src 'self';"));
		assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
		assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(response.headers().allValues("Referrer-Policy")).containsExactly("strict-origin-when-cross-origin");
		assertThat(response.headers().allValues("Cache-Control"))
			.containsExactly("no-cache, no-store, max-age=0, must-revalidate");
		assertThat(response.headers().allValues("Pragma")).containsExactly("no-cache");
		assertThat(response.headers().allValues("Expires")).containsExactly("0");
	}

	@Test
	void answersAnUnroutedApiPathWithANotFoundProblemDetailInSwedishOrEnglish() throws Exception {
		HttpResponse<String> swedish = get("/api/nowhere/7", Map.of("X-Correlation-Id", CLIENT_ID));
		HttpResponse<String> english = get("/api/nowhere/7", Map.of("Accept-Language", "en"));

		assertThat(swedish.statusCode()).isEqualTo(404);
		assertThat(swedish.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = json.readTree(swedish.body());
		assertThat(problem.path("status").asInt()).isEqualTo(404);
		assertThat(problem.path("type").asString()).isEqualTo("https://bostadsbryggan.se/problem/no-such-api");
		assertThat(problem.path("title").asString()).isEqualTo("Hittades inte");
		assertThat(problem.path("detail").asString()).isEqualTo("Det finns inget API på den här adressen.");
		assertThat(problem.path("instance").asString()).isEqualTo("/api/nowhere/7");
		assertThat(problem.path("correlationId").asString()).isEqualTo(CLIENT_ID);
		assertThat(english.statusCode()).isEqualTo(404);
		assertThat(json.readTree(english.body()).path("title").asString()).isEqualTo("Not found");
		assertThat(json.readTree(english.body()).path("detail").asString())
			.isEqualTo("There is no API at this address.");
		services.values().forEach((service) -> assertThat(service.gotNothing()).isTrue());
	}

	private HttpResponse<String> get(String path, Map<String, String> headers) {
		return browserFor(path).get(path, headers);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		HttpRequest built = request.copy().build();
		return browserFor(built.uri().getPath()).send(request);
	}

	private GatewayBrowser browserFor(String path) {
		return (path.startsWith("/social/") || path.startsWith("/api/social/")) ? this.socialUser : this.housingUser;
	}

	private URI gateway(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		assertThat(from).as("%s in the page", start).isNotNegative();
		return text.substring(from, text.indexOf(end, from));
	}

}
