package se.bostadsbryggan.allocation.request;

import java.util.List;

/**
 * The keyed hashes of a request's client and of the people the household must not share a
 * stairwell with. Never shown; used for the conflict check only.
 *
 * @param clientKeyId the key id of the client's hash
 * @param clientHash the client's keyed hash
 * @param conflictPersons the conflict persons' hashes
 */
public record PersonHashes(String clientKeyId, String clientHash, List<Hash> conflictPersons) {

	public PersonHashes {
		conflictPersons = List.copyOf(conflictPersons);
	}

	/**
	 * One keyed hash.
	 *
	 * @param keyId the id of the secret
	 * @param hmacSha256 the hash
	 */
	public record Hash(String keyId, String hmacSha256) {
	}

}
