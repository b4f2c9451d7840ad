package se.bostadsbryggan.social.pseudonym;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import se.bostadsbryggan.identity.PersonalIdentityNumber;

/**
 * Makes the keyed hashes that stand for a person outside social services. The input is
 * always the normalised 12-digit number, so {@code 900101-0017}, {@code 9001010017} and
 * {@code 19900101-0017} give the same hash; without the secret the hash cannot be tried
 * against the (small) set of all possible numbers.
 */
@Component
public class Pseudonyms {

	private static final Logger log = LoggerFactory.getLogger(Pseudonyms.class);

	private static final String ALGORITHM = "HmacSHA256";

	/** The id of the key in {@code application.yml}, for the local run and tests only. */
	static final String LOCAL_KEY_ID = "local-1";

	private final PseudonymProperties properties;

	public Pseudonyms(PseudonymProperties properties) {
		this.properties = properties;
		if (LOCAL_KEY_ID.equals(properties.currentKeyId())) {
			log.warn("Keyed hashes use the local key {}: set bb.pseudonym.keys and bb.pseudonym.current-key-id "
					+ "(the secret shared with the housing company) in every real deployment", LOCAL_KEY_ID);
		}
	}

	/**
	 * @param number a person's number
	 * @return their hash with the current key
	 */
	public KeyedHash hash(PersonalIdentityNumber number) {
		return hash(number, this.properties.currentKeyId());
	}

	/**
	 * @param number a person's number
	 * @param keyId a configured key's id
	 * @return their hash with that key
	 */
	public KeyedHash hash(PersonalIdentityNumber number, String keyId) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(this.properties.secret(keyId), ALGORITHM));
			byte[] hash = mac.doFinal(number.value().getBytes(StandardCharsets.US_ASCII));
			return new KeyedHash(keyId, HexFormat.of().formatHex(hash));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
		}
	}

	/**
	 * @return the id of the key new hashes are made with
	 */
	public String currentKeyId() {
		return this.properties.currentKeyId();
	}

}
