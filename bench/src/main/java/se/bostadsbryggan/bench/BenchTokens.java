package se.bostadsbryggan.bench;

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
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Identity tokens for calling a service directly, as the gateway would: one RSA key per
 * suite run, handed to the gateway as {@code BB_GATEWAY_SIGNING_KEY} (so that the
 * services accept tokens signed here through the gateway's JWKS), or served from a JWKS
 * endpoint of this JVM for a service started without a gateway.
 */
public final class BenchTokens implements AutoCloseable {

	private static final String ISSUER = "bostadsbryggan-gateway";

	private static final String AUDIENCE = "bostadsbryggan-services";

	private final RSAKey key;

	private HttpServer jwksServer;

	public BenchTokens() {
		try {
			this.key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate a signing key", ex);
		}
	}

	/**
	 * @return the private key as a PKCS#8 PEM, for the gateway's
	 * {@code BB_GATEWAY_SIGNING_KEY}
	 */
	public String privateKeyPem() {
		try {
			String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(this.key.toPrivateKey().getEncoded());
			return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A token like the gateway's for a staff member, valid for a day.
	 * @param username the login name
	 * @param org {@code HOUSING} or {@code SOCIAL}
	 * @param roles the roles, e.g. {@code HOUSING_STAFF}
	 * @return the compact token, for {@code Authorization: Bearer}
	 */
	public String token(String username, String org, List<String> roles) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString())
			.claim("preferred_username", username)
			.claim("name", username)
			.claim("org", org)
			.claim("roles", roles.stream().sorted().toList())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofDays(1))))
			.jwtID(UUID.randomUUID().toString())
			.build();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign a token", ex);
		}
		return jwt.serialize();
	}

	/**
	 * Serves the public key as a JWKS on a loopback port of this JVM (once).
	 * @return the JWKS URL, for a service's {@code BB_GATEWAY_JWKS_URI}
	 */
	public synchronized String serveJwks() {
		if (this.jwksServer == null) {
			try {
				HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
				byte[] jwks = new JWKSet(this.key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
				server.createContext("/.well-known/jwks.json", (exchange) -> {
					exchange.getResponseHeaders().add("Content-Type", "application/json");
					exchange.sendResponseHeaders(200, jwks.length);
					try (OutputStream body = exchange.getResponseBody()) {
						body.write(jwks);
					}
				});
				server.start();
				this.jwksServer = server;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return "http://127.0.0.1:" + this.jwksServer.getAddress().getPort() + "/.well-known/jwks.json";
	}

	@Override
	public synchronized void close() {
		if (this.jwksServer != null) {
			this.jwksServer.stop(0);
			this.jwksServer = null;
		}
	}

}
