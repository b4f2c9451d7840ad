package se.bostadsbryggan.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the gateway in a service's tests: one RSA key per test JVM, its JWKS
 * served from a JDK HTTP server on a loopback port, and tokens shaped like the gateway's
 * identity token (issuer, audience, {@code org}, {@code roles}, {@code kid}) with chosen
 * roles or a chosen {@link User} (user id, {@code preferred_username}, {@code unit}), or
 * broken on purpose: expired, signed by another key, unsigned ({@code alg: none}), HS256,
 * or for another audience.
 */
public final class TestTokens {

	/** The gateway's issuer. */
	public static final String ISSUER = "bostadsbryggan-gateway";

	/** The services' audience. */
	public static final String AUDIENCE = "bostadsbryggan-services";

	/** Roles that reach every service: all four staff roles, no admin. */
	public static final List<String> ALL_STAFF_ROLES = List.of("HOUSING_STAFF", "HOUSING_MANAGER", "SOCIAL_CASEWORKER",
			"SOCIAL_MANAGER");

	private static final TestTokens SHARED = new TestTokens();

	private final RSAKey key = generate("bb-test-key");

	private final RSAKey otherKey = generate("bb-test-key");

	private HttpServer server;

	private TestTokens() {
	}

	/**
	 * @return the one instance of this JVM, its JWKS server started
	 */
	public static TestTokens shared() {
		SHARED.start();
		return SHARED;
	}

	private synchronized void start() {
		if (this.server != null) {
			return;
		}
		try {
			HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			byte[] jwks = new JWKSet(this.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
			http.createContext("/.well-known/jwks.json", (exchange) -> {
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				try (OutputStream body = exchange.getResponseBody()) {
					body.write(jwks);
				}
			});
			http.start();
			this.server = http;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the URL of the JWKS, for {@code bb.security.jwk-set-uri}
	 */
	public String jwksUri() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/.well-known/jwks.json";
	}

	/**
	 * @param org the organisation, {@code HOUSING} or {@code SOCIAL}
	 * @param roles the roles
	 * @return a valid token for an hour
	 */
	public String token(String org, String... roles) {
		return sign(this.key, claims(org, List.of(roles), Instant.now(), Duration.ofHours(1), AUDIENCE));
	}

	/**
	 * @param user who the token is for: user id, login name, unit, organisation and roles
	 * @return a valid token for an hour
	 */
	public String token(User user) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder(
				claims(user.org(), user.roles(), now, Duration.ofHours(1), AUDIENCE))
			.subject(user.id().toString())
			.claim("preferred_username", user.username())
			.claim("name", user.name());
		if (user.unit() != null) {
			claims.claim("unit", user.unit());
		}
		return sign(this.key, claims.build());
	}

	/**
	 * @return a valid token with every staff role, which reaches every service
	 */
	public String allStaff() {
		return sign(this.key, claims("HOUSING", ALL_STAFF_ROLES, Instant.now(), Duration.ofHours(1), AUDIENCE));
	}

	/**
	 * @return a token that expired a while ago
	 */
	public String expired() {
		return sign(this.key, claims("HOUSING", ALL_STAFF_ROLES, Instant.now().minus(Duration.ofMinutes(10)),
				Duration.ofSeconds(60), AUDIENCE));
	}

	/**
	 * @return a token with the right kid, signed by a key the JWKS does not hold
	 */
	public String signedByAnotherKey() {
		return sign(this.otherKey, claims("HOUSING", ALL_STAFF_ROLES, Instant.now(), Duration.ofHours(1), AUDIENCE));
	}

	/**
	 * @return a token for another audience
	 */
	public String forAnotherAudience() {
		return sign(this.key, claims("HOUSING", ALL_STAFF_ROLES, Instant.now(), Duration.ofHours(1), "someone-else"));
	}

	/**
	 * @return an unsigned token, {@code alg: none}
	 */
	public String unsigned() {
		Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
		String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		String payload = base64
			.encodeToString(claims("HOUSING", ALL_STAFF_ROLES, Instant.now(), Duration.ofHours(1), AUDIENCE).toString()
				.getBytes(StandardCharsets.UTF_8));
		return header + "." + payload + ".";
	}

	/**
	 * @return a token signed with HS256 and the public key's modulus as secret
	 */
	public String hs256() {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(this.key.getKeyID()).build(),
					claims("HOUSING", ALL_STAFF_ROLES, Instant.now(), Duration.ofHours(1), AUDIENCE));
			jwt.sign(new MACSigner(this.key.getModulus().decode()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A user as the gateway's token describes them.
	 *
	 * @param id the user id ({@code sub})
	 * @param username the login name ({@code preferred_username})
	 * @param name the display name ({@code name})
	 * @param unit the unit ({@code unit}), or {@code null} for a token without one
	 * @param org the organisation ({@code org})
	 * @param roles the roles ({@code roles})
	 */
	public record User(UUID id, String username, String name, String unit, String org, List<String> roles) {

		public User {
			roles = List.copyOf(roles);
		}

		/**
		 * @param username the login name
		 * @param unit the unit, or {@code null}
		 * @return a social services caseworker with a fresh user id
		 */
		public static User caseworker(String username, String unit) {
			return new User(UUID.randomUUID(), username, "Handläggare " + username, unit, "SOCIAL",
					List.of("SOCIAL_CASEWORKER"));
		}

		/**
		 * @param username the login name
		 * @param unit the unit, or {@code null} for a manager without one
		 * @return a social services manager with a fresh user id
		 */
		public static User socialManager(String username, String unit) {
			return new User(UUID.randomUUID(), username, "Enhetschef " + username, unit, "SOCIAL",
					List.of("SOCIAL_MANAGER"));
		}

		/**
		 * @param username the login name
		 * @param org the organisation
		 * @param roles the roles
		 * @return a user without a unit, with a fresh user id
		 */
		public static User of(String username, String org, String... roles) {
			return new User(UUID.randomUUID(), username, username, null, org, List.of(roles));
		}

	}

	private static JWTClaimsSet claims(String org, List<String> roles, Instant issuedAt, Duration lifetime,
			String audience) {
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(audience)
			.subject(UUID.randomUUID().toString())
			.claim("name", "Test Testsson")
			.claim("org", org)
			.claim("roles", roles)
			.claim("cid", UUID.randomUUID().toString())
			.issueTime(Date.from(issuedAt))
			.expirationTime(Date.from(issuedAt.plus(lifetime)))
			.jwtID(UUID.randomUUID().toString())
			.build();
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
					claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey generate(String kid) {
		try {
			return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
