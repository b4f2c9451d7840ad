package se.bostadsbryggan.social.pseudonym;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secrets of the keyed hashes that social services and the housing company share
 * ({@code bb.pseudonym.keys.<keyId>=<base64 secret>}) and the one that hashes now
 * ({@code bb.pseudonym.current-key-id}). Both deployments hold the same keys; see
 * {@link se.bostadsbryggan.identity.KeyedHashes} for rotation and for the checks a
 * deployment must pass to start.
 *
 * @param keys the secrets by key id, base64, at least 32 bytes each
 * @param currentKeyId the key id used for new hashes
 */
@ConfigurationProperties("bb.pseudonym")
public record PseudonymProperties(Map<String, String> keys, String currentKeyId) {

	public PseudonymProperties {
		keys = (keys != null) ? Map.copyOf(keys) : Map.of();
	}

	@Override
	public String toString() {
		return "PseudonymProperties[keys=" + this.keys.keySet() + ", currentKeyId=" + this.currentKeyId + "]";
	}

}
