package se.bostadsbryggan.social.pseudonym;

import java.util.Base64;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The secrets of the keyed hashes that social services and the housing company share
 * ({@code bb.pseudonym.keys.<keyId>=<base64 secret>}) and the one that hashes now
 * ({@code bb.pseudonym.current-key-id}). Rotation: add a key, switch the current id, and
 * keep the old key as long as hashes made with it are still compared; every hash carries
 * its key id.
 *
 * @param keys the secrets by key id, base64, at least 32 bytes each
 * @param currentKeyId the key id used for new hashes
 */
@ConfigurationProperties("bb.pseudonym")
public record PseudonymProperties(Map<String, String> keys, String currentKeyId) {

	/** Bytes a secret needs at least: as long as the hash. */
	static final int MIN_SECRET_BYTES = 32;

	public PseudonymProperties {
		keys = (keys != null) ? Map.copyOf(keys) : Map.of();
		if (currentKeyId == null || currentKeyId.isBlank()) {
			throw new IllegalStateException("bb.pseudonym.current-key-id is not set");
		}
		if (!keys.containsKey(currentKeyId)) {
			throw new IllegalStateException("bb.pseudonym.keys has no key " + currentKeyId);
		}
		keys.forEach((id, secret) -> {
			if (Base64.getDecoder().decode(secret).length < MIN_SECRET_BYTES) {
				throw new IllegalStateException(
						"bb.pseudonym.keys." + id + " is shorter than " + MIN_SECRET_BYTES + " bytes");
			}
		});
	}

	byte[] secret(String keyId) {
		String secret = this.keys.get(keyId);
		if (secret == null) {
			throw new IllegalArgumentException("No pseudonym key " + keyId);
		}
		return Base64.getDecoder().decode(secret);
	}

	@Override
	public String toString() {
		return "PseudonymProperties[keys=" + this.keys.keySet() + ", currentKeyId=" + this.currentKeyId + "]";
	}

}
