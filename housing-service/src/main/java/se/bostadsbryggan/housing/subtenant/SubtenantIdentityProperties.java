package se.bostadsbryggan.housing.subtenant;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The housing company's private keys that open the subtenants' identities social services
 * seal for it at a placement ({@code bb.subtenant-identity.private-keys.<keyId>=<base64
 * PKCS#8 DER>}, environment {@code BB_SUBTENANT_IDENTITY_PRIVATE_KEYS_<ID>}). Social
 * services hold the public key of one of them and name its id in each sealed identity. To
 * rotate: make a new pair with a new id, give social services the new public key, and
 * keep the old private key here until nothing sealed with it can arrive any more.
 *
 * @param privateKeys the private keys by key id, base64 PKCS#8 DER, RSA of at least 3072
 * bits
 */
@ConfigurationProperties("bb.subtenant-identity")
record SubtenantIdentityProperties(Map<String, String> privateKeys) {

	/** The prefix of each key's setting, for messages at start. */
	static final String PRIVATE_KEYS = "bb.subtenant-identity.private-keys";

	SubtenantIdentityProperties {
		privateKeys = (privateKeys != null) ? Map.copyOf(privateKeys) : Map.of();
	}

	@Override
	public String toString() {
		return "SubtenantIdentityProperties[privateKeys=" + this.privateKeys.keySet() + "]";
	}

}
