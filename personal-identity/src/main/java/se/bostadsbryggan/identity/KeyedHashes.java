package se.bostadsbryggan.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes the keyed hashes that stand for a person between the organisations: HMAC-SHA-256
 * of the normalised 12-digit personal identity number with a secret that social services
 * and the housing company share, so {@code 900101-0017}, {@code 9001010017} and
 * {@code 19900101-0017} give the same hash in both services. Without the secret the hash
 * cannot be tried against the (small) set of all possible numbers.
 * <p>
 * Rotation: add a key, switch the current id, and keep the old key as long as hashes made
 * with it are still compared; every hash carries its key id. Plain Java, so each service
 * wires it from its own configuration.
 */
public final class KeyedHashes {

	/** Bytes a secret needs at least: as long as the hash. */
	public static final int MIN_SECRET_BYTES = 32;

	/**
	 * The id of the key in the services' {@code application.yml}: for the local run and
	 * tests only.
	 */
	public static final String LOCAL_KEY_ID = "local-1";

	private static final String ALGORITHM = "HmacSHA256";

	private final Map<String, byte[]> secrets;

	private final String currentKeyId;

	/**
	 * @param keys the secrets by key id, base64, at least {@value #MIN_SECRET_BYTES}
	 * bytes each
	 * @param currentKeyId the key id new hashes are made with
	 * @throws IllegalStateException if the current key is missing or a secret is not
	 * base64 or too short: a deployment must not start like that
	 */
	public KeyedHashes(Map<String, String> keys, String currentKeyId) {
		Map<String, String> configured = (keys != null) ? keys : Map.of();
		if (currentKeyId == null || currentKeyId.isBlank()) {
			throw new IllegalStateException("bb.pseudonym.current-key-id is not set");
		}
		if (!configured.containsKey(currentKeyId)) {
			throw new IllegalStateException("bb.pseudonym.keys has no key " + currentKeyId);
		}
		Map<String, byte[]> decoded = new LinkedHashMap<>();
		configured.forEach((id, secret) -> decoded.put(id, decode(id, secret)));
		this.secrets = Map.copyOf(decoded);
		this.currentKeyId = currentKeyId;
	}

	private static byte[] decode(String id, String secret) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode((secret != null) ? secret.strip() : "");
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("bb.pseudonym.keys." + id + " is not base64");
		}
		if (bytes.length < MIN_SECRET_BYTES) {
			throw new IllegalStateException(
					"bb.pseudonym.keys." + id + " is shorter than " + MIN_SECRET_BYTES + " bytes");
		}
		return bytes;
	}

	/**
	 * @param number a person's number
	 * @return their hash with the current key
	 */
	public KeyedHash hash(PersonalIdentityNumber number) {
		return hash(number, this.currentKeyId);
	}

	/**
	 * @param number a person's number
	 * @param keyId a configured key's id
	 * @return their hash with that key
	 * @throws IllegalArgumentException if no key has that id
	 */
	public KeyedHash hash(PersonalIdentityNumber number, String keyId) {
		byte[] secret = this.secrets.get(keyId);
		if (secret == null) {
			throw new IllegalArgumentException("No pseudonym key " + keyId);
		}
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret, ALGORITHM));
			byte[] hash = mac.doFinal(number.value().getBytes(StandardCharsets.US_ASCII));
			return new KeyedHash(keyId, HexFormat.of().formatHex(hash));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	/**
	 * @param keyId a key id, e.g. of a hash received from the other organisation
	 * @return whether this side holds that key
	 */
	public boolean holds(String keyId) {
		return keyId != null && this.secrets.containsKey(keyId);
	}

	/**
	 * @return the id of the key new hashes are made with
	 */
	public String currentKeyId() {
		return this.currentKeyId;
	}

	/**
	 * @return the ids of the keys held, never the secrets
	 */
	public Set<String> keyIds() {
		return this.secrets.keySet();
	}

	@Override
	public String toString() {
		return "KeyedHashes[keys=" + this.secrets.keySet() + ", currentKeyId=" + this.currentKeyId + "]";
	}

}
