package se.bostadsbryggan.contracts.allocation;

/**
 * A person as the shared workflow knows them: the keyed hash (HMAC-SHA-256) of their
 * 12-digit personal identity number with a secret that social services and the housing
 * company share, and the id of that secret. Same shape as in social services'
 * {@code HousingRequestSubmitted}.
 *
 * @param keyId the id of the secret
 * @param hmacSha256 the hash, 64 lower-case hex digits
 */
public record PersonHash(String keyId, String hmacSha256) {

}
