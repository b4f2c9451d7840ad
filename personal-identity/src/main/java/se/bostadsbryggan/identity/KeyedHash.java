package se.bostadsbryggan.identity;

/**
 * A person's keyed hash: HMAC-SHA-256 of their 12-digit personal identity number with a
 * secret both organisations hold, and the id of that secret.
 *
 * @param keyId the id of the secret used
 * @param value the hash as 64 lower-case hex digits
 */
public record KeyedHash(String keyId, String value) {

}
