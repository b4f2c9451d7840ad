package se.bostadsbryggan.housing.conflictcheck;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secrets of the keyed hashes that the housing company shares with social services
 * ({@code bb.pseudonym.keys.<keyId>=<base64 secret>}) and the current one
 * ({@code bb.pseudonym.current-key-id}): the same settings in both deployments. See
 * {@link se.bostadsbryggan.identity.KeyedHashes} for rotation and the checks at start.
 *
 * @param keys the secrets by key id, base64, at least 32 bytes each
 * @param currentKeyId the key id of new hashes
 */
@ConfigurationProperties("bb.pseudonym")
record PseudonymProperties(Map<String, String> keys, String currentKeyId) {

	PseudonymProperties {
		keys = (keys != null) ? Map.copyOf(keys) : Map.of();
	}

	@Override
	public String toString() {
		return "PseudonymProperties[keys=" + this.keys.keySet() + ", currentKeyId=" + this.currentKeyId + "]";
	}

}
