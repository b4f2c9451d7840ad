package se.bostadsbryggan.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import se.bostadsbryggan.gateway.account.AccountUser;
import se.bostadsbryggan.gateway.account.Role;

/**
 * The identity relay: a short-lived token, signed by the gateway (RS256, with the key's
 * id in {@code kid}), that tells a service who the user of a proxied request is:
 * {@code sub} (the account's id), {@code preferred_username}, {@code name}, {@code org},
 * {@code roles}, {@code unit} (only if the account has one) and {@code cid} (the
 * correlation id). The services verify it against the gateway's JWKS.
 */
public class IdentityTokens {

	/** The token's {@code iss}. */
	public static final String ISSUER = "bostadsbryggan-gateway";

	/** The token's {@code aud}. */
	public static final String AUDIENCE = "bostadsbryggan-services";

	private final RSAKey key;

	private final RSASSASigner signer;

	private final Duration lifetime;

	private final Clock clock;

	IdentityTokens(RSAKey key, Duration lifetime, Clock clock) {
		this.key = key;
		this.lifetime = lifetime;
		this.clock = clock;
		try {
			this.signer = new RSASSASigner(key);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Unusable signing key", ex);
		}
	}

	/**
	 * @param user the logged-in user
	 * @param correlationId the request's correlation id, or {@code null}
	 * @return the signed token, compact serialised
	 */
	public String issue(AccountUser user, String correlationId) {
		Instant now = this.clock.instant();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject(user.id().toString())
			.claim("preferred_username", user.getUsername())
			.claim("name", user.displayName())
			.claim("org", user.organisation().name())
			.claim("roles", user.roles().stream().sorted().map(Role::name).toList())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(this.lifetime)))
			.jwtID(UUID.randomUUID().toString());
		if (user.unit() != null) {
			claims.claim("unit", user.unit());
		}
		if (correlationId != null) {
			claims.claim("cid", correlationId);
		}
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims.build());
		try {
			jwt.sign(this.signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign an identity token", ex);
		}
		return jwt.serialize();
	}

	/**
	 * @return the JWK set of the public signing keys, as JSON members
	 */
	public Map<String, Object> publicKeys() {
		return new JWKSet(this.key.toPublicJWK()).toJSONObject(true);
	}

}
