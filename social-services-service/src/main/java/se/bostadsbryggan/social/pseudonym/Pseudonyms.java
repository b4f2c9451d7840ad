package se.bostadsbryggan.social.pseudonym;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import se.bostadsbryggan.identity.KeyedHash;
import se.bostadsbryggan.identity.KeyedHashes;
import se.bostadsbryggan.identity.PersonalIdentityNumber;

/**
 * Makes the keyed hashes that stand for a person outside social services, with the shared
 * {@link KeyedHashes} (the housing company computes the same ones) and social services'
 * own {@code bb.pseudonym} settings.
 */
@Component
public class Pseudonyms {

	private static final Logger log = LoggerFactory.getLogger(Pseudonyms.class);

	private final KeyedHashes hashes;

	public Pseudonyms(PseudonymProperties properties) {
		this.hashes = new KeyedHashes(properties.keys(), properties.currentKeyId());
		if (KeyedHashes.LOCAL_KEY_ID.equals(properties.currentKeyId())) {
			log.warn(
					"Keyed hashes use the local key {}: set bb.pseudonym.keys and bb.pseudonym.current-key-id "
							+ "(the secret shared with the housing company) in every real deployment",
					KeyedHashes.LOCAL_KEY_ID);
		}
	}

	/**
	 * @param number a person's number
	 * @return their hash with the current key
	 */
	public KeyedHash hash(PersonalIdentityNumber number) {
		return this.hashes.hash(number);
	}

	/**
	 * @param number a person's number
	 * @param keyId a configured key's id
	 * @return their hash with that key
	 */
	public KeyedHash hash(PersonalIdentityNumber number, String keyId) {
		return this.hashes.hash(number, keyId);
	}

	/**
	 * @return the id of the key new hashes are made with
	 */
	public String currentKeyId() {
		return this.hashes.currentKeyId();
	}

}
