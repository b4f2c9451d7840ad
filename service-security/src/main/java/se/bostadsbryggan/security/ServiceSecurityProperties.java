package se.bostadsbryggan.security;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * Where the gateway's keys are and how much clock skew a token's times may have.
 *
 * @param jwkSetUri the gateway's JWKS; if not set, {@code BB_GATEWAY_JWKS_URI} (as the
 * launcher and Compose set it), else {@value #DEFAULT_JWK_SET_URI}
 * @param clockSkew how far a token's {@code exp} and {@code nbf} may be off
 */
@ConfigurationProperties("bb.security")
public record ServiceSecurityProperties(URI jwkSetUri, @DefaultValue("5s") Duration clockSkew) {

	/** The gateway's JWKS on localhost. */
	public static final String DEFAULT_JWK_SET_URI = "http://127.0.0.1:8080/.well-known/jwks.json";

	/**
	 * @param environment where {@code BB_GATEWAY_JWKS_URI} may be set
	 * @return the JWKS to check tokens against
	 */
	public String jwkSetUri(Environment environment) {
		return (this.jwkSetUri != null) ? this.jwkSetUri.toString()
				: environment.getProperty("BB_GATEWAY_JWKS_URI", DEFAULT_JWK_SET_URI);
	}

	/** The issuer the gateway writes into its tokens. */
	public static final String ISSUER = "bostadsbryggan-gateway";

	/** The audience the gateway writes into its tokens. */
	public static final String AUDIENCE = "bostadsbryggan-services";

}
