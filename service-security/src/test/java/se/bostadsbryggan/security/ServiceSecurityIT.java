package se.bostadsbryggan.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small service behind this module's security, on a real port: what its callers get for
 * refused pages and API calls, for paths under {@code /api/} that nothing maps, and which
 * answers a browser may cache.
 */
@SpringBootTest(classes = ServiceSecurityIT.DemoService.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.mvc.static-path-pattern=/demo/assets/**")
class ServiceSecurityIT {

	private static final KeyPair KEYS = rsaKeys();

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Value("${local.server.port}")
	int port;

	@Test
	void theStylesheetMayBeCachedButAnApiAnswerMayNot() {
		String staff = token("HOUSING_STAFF");

		HttpResponse<String> stylesheet = get("/demo/assets/bb.css", staff);
		HttpResponse<String> api = get("/api/demo/things", staff);

		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValue("max-age=3600, public");
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
	}

	@Test
	void anUnknownApiPathIsANotFoundProblemDetailForAnAllowedCallerAndStill401ForAnonymous() {
		String staff = token("HOUSING_STAFF");

		HttpResponse<String> swedish = get("/api/demo/no/such/thing", staff);
		HttpResponse<String> english = get("/api/demo/no/such/thing", staff, "Accept-Language", "en");
		HttpResponse<String> anonymous = get("/api/demo/no/such/thing", null);

		assertThat(swedish.statusCode()).isEqualTo(404);
		assertThat(swedish.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(swedish.body()).contains("\"title\":\"Hittades inte\"").contains("\"status\":404");
		assertThat(english.body()).contains("\"title\":\"Not found\"");
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	@Test
	void aRefusedPageIsAReadableSwedishPageAndARefusedApiCallAProblemDetail() {
		String otherOrganisation = token("SOCIAL_CASEWORKER");

		HttpResponse<String> page = get("/demo/page", otherOrganisation, "Accept", BROWSER);
		HttpResponse<String> api = get("/api/demo/things", otherOrganisation, "Accept-Language", "en");
		HttpResponse<String> anonymousPage = get("/demo/page", null, "Accept", BROWSER);

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
		assertThat(page.body()).contains("<html lang=\"sv\">").contains("<h1>Du saknar behörighet</h1>");
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.body()).contains("\"title\":\"Access denied\"");
		assertThat(anonymousPage.statusCode()).isEqualTo(401);
		assertThat(anonymousPage.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
		assertThat(anonymousPage.body()).contains("<h1>Inloggning krävs</h1>");
	}

	private HttpResponse<String> get(String path, String token, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String token(String... roles) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ServiceSecurityProperties.ISSUER)
			.audience(ServiceSecurityProperties.AUDIENCE)
			.subject("test-user")
			.claim("roles", List.of(roles))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
			.build();
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims);
			jwt.sign(new RSASSASigner(KEYS.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair rsaKeys() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A service with one API and one organisation's pages, trusting the test's key. */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class DemoService {

		@Bean
		AccessRules accessRules() {
			return AccessRules.paths("/demo/**", "/api/demo/**").allow("HOUSING_STAFF").build();
		}

		@Bean
		JwtDecoder jwtDecoder() {
			NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYS.getPublic()).build();
			decoder.setJwtValidator(ServiceSecurityAutoConfiguration.validator(Duration.ofSeconds(5)));
			return decoder;
		}

		@Bean
		Things things() {
			return new Things();
		}

	}

	@RestController
	static class Things {

		@GetMapping("/api/demo/things")
		List<String> things() {
			return List.of("a thing");
		}

	}

}
