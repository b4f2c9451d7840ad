package se.bostadsbryggan.social.placement;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the subtenant's identity goes at a placement ({@code bb.subtenant-identity}): the
 * housing company's public key, which seals it so that only the housing company can read
 * it on the topic. Parsed at start-up by {@link SubtenantIdentitySeal}.
 *
 * @param keyId the id of the housing company's key pair, named in every sealed value
 * @param publicKey the housing company's RSA public key (at least 3072 bits), base64
 * X.509 DER
 */
@ConfigurationProperties("bb.subtenant-identity")
public record SubtenantIdentityProperties(String keyId, String publicKey) {

	public SubtenantIdentityProperties {
		if (keyId == null || keyId.isBlank()) {
			throw new IllegalStateException("bb.subtenant-identity.key-id is not set");
		}
	}

	@Override
	public String toString() {
		return "SubtenantIdentityProperties[keyId=" + this.keyId + "]";
	}

}
