package se.bostadsbryggan.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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
 * {@code roles} and {@code unit} (only if the account has one). The services verify it
 * against the gateway's JWKS.
 * <p>
 * A token is reused for the same identity (the same claims) during the first half of its
 * lifetime, and a new one signed after that. An RSA signature costs about a millisecond
 * of CPU on a server JVM and far more on the lean JVM settings of a small deployment (no
 * C2 compiler, so no intrinsics for the RSA arithmetic): signing once per request was
 * most of the gateway's cost per proxied request. The reuse changes no security property:
 * every token still expires its full lifetime after it was signed, whoever holds one
 * could already use it that long, and a change of the user's name, roles or unit gives a
 * new token at once. It does mean that a token no longer names one request: the request's
 * correlation id travels in the {@code X-Correlation-Id} header only (the token used to
 * carry it as {@code cid}), and a token's {@code jti} is shared by the requests that
 * reuse it.
 */
public class IdentityTokens {

	/** The token's {@code iss}. */
	public static final String ISSUER = "bostadsbryggan-gateway";

	/** The token's {@code aud}. */
	public static final String AUDIENCE = "bostadsbryggan-services";

	/** How many tokens are kept for reuse before those too old to reuse are dropped. */
	static final int MAX_KEPT = 10_000;

	private final RSAKey key;

	private final RSASSASigner signer;

	private final Duration lifetime;

	private final Clock clock;

	/** Reuse a token while it is younger than this: half its lifetime. */
	private final Duration reuse;

	private final Map<Identity, Issued> issued = new ConcurrentHashMap<>();

	IdentityTokens(RSAKey key, Duration lifetime, Clock clock) {
		this.key = key;
		this.lifetime = lifetime;
		this.clock = clock;
		this.reuse = lifetime.dividedBy(2);
		try {
			this.signer = new RSASSASigner(key);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Unusable signing key", ex);
		}
	}

	/**
	 * A token for the user: the one signed for the same claims less than half a lifetime
	 * ago, or a new one.
	 * @param user the logged-in user
	 * @return the signed token, compact serialised
	 */
	public String issue(AccountUser user) {
		return issue(Identity.of(user));
	}

	String issue(Identity identity) {
		Instant now = this.clock.instant();
		Issued current = this.issued.get(identity);
		if (current != null && current.reusableAt(now, this.reuse)) {
			return current.token();
		}
		Issued fresh = new Issued(sign(identity, now), now);
		if (this.issued.size() >= MAX_KEPT) {
			this.issued.values().removeIf((kept) -> !kept.reusableAt(now, this.reuse));
		}
		this.issued.put(identity, fresh);
		return fresh.token();
	}

	private String sign(Identity identity, Instant now) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject(identity.id().toString())
			.claim("preferred_username", identity.username())
			.claim("name", identity.displayName())
			.claim("org", identity.organisation())
			.claim("roles", identity.roles())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(this.lifetime)))
			.jwtID(UUID.randomUUID().toString());
		if (identity.unit() != null) {
			claims.claim("unit", identity.unit());
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

	/**
	 * What a token says about its user: a token is reused only for an equal identity.
	 *
	 * @param id the account's id ({@code sub})
	 * @param username {@code preferred_username}
	 * @param displayName {@code name}
	 * @param organisation {@code org}
	 * @param roles {@code roles}, sorted
	 * @param unit {@code unit}, or {@code null}
	 */
	record Identity(UUID id, String username, String displayName, String organisation, List<String> roles,
			String unit) {

		static Identity of(AccountUser user) {
			return new Identity(user.id(), user.getUsername(), user.displayName(), user.organisation().name(),
					user.roles().stream().sorted().map(Role::name).toList(), user.unit());
		}

	}

	/**
	 * A signed token and when it was signed.
	 */
	private record Issued(String token, Instant signedAt) {

		boolean reusableAt(Instant now, Duration reuse) {
			return !now.isBefore(this.signedAt) && now.isBefore(this.signedAt.plus(reuse));
		}

	}

}
