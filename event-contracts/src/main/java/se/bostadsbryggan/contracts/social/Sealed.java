package se.bostadsbryggan.contracts.social;

/**
 * Data sealed for one recipient, so it may travel over a topic others read: a fresh
 * AES-256-GCM key encrypts the data, and the recipient's RSA public key (OAEP with
 * SHA-256) encrypts that key. Only the holder of the private key with {@code keyId} can
 * open it; the event's own ids are bound to it as associated data, so a sealed value
 * cannot be moved to another event. All bytes are base64.
 *
 * @param keyId the id of the recipient's key pair
 * @param algorithm {@value #ALGORITHM}
 * @param encryptedKey the AES key, encrypted with the recipient's public key
 * @param nonce the 12-byte GCM nonce
 * @param ciphertext the encrypted data with its 16-byte GCM tag
 */
public record Sealed(String keyId, String algorithm, String encryptedKey, String nonce, String ciphertext) {

	/**
	 * The one algorithm: RSA-OAEP-256 key wrapping and AES-256-GCM content encryption.
	 */
	public static final String ALGORITHM = "RSA-OAEP-256+A256GCM";

}
