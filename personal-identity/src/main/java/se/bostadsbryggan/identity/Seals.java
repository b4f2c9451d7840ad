package se.bostadsbryggan.identity;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

import se.bostadsbryggan.contracts.social.Sealed;

/**
 * Seals personal data for one recipient organisation and opens it there
 * ({@value Sealed#ALGORITHM}): social services seal a subtenant's identity with the
 * housing company's public key; only the housing company's private key opens it. Plain
 * JDK cryptography, so each service wires the keys from its own configuration.
 * <p>
 * Keys are base64 DER: X.509 SubjectPublicKeyInfo for the public key, PKCS#8 for the
 * private key ({@code openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072}).
 * Rotation: the recipient keeps old private keys by id while sealed data made with them
 * may still arrive.
 */
public final class Seals {

	/** The smallest RSA key accepted, in bits. */
	public static final int MIN_RSA_BITS = 3072;

	private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
			PSource.PSpecified.DEFAULT);

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Seals() {
	}

	/**
	 * @param keyId the id of the recipient's key pair
	 * @param recipient the recipient's public key
	 * @param plaintext the data
	 * @param associatedData bound to the sealed value (e.g. the event's ids); the same
	 * bytes are needed to open it
	 * @return the data sealed for the recipient
	 */
	public static Sealed seal(String keyId, PublicKey recipient, byte[] plaintext, byte[] associatedData) {
		try {
			KeyGenerator generator = KeyGenerator.getInstance("AES");
			generator.init(256, RANDOM);
			SecretKey contentKey = generator.generateKey();
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
			aes.init(Cipher.ENCRYPT_MODE, contentKey, new GCMParameterSpec(TAG_BITS, nonce));
			aes.updateAAD(associatedData);
			byte[] ciphertext = aes.doFinal(plaintext);
			Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
			rsa.init(Cipher.ENCRYPT_MODE, recipient, OAEP);
			byte[] encryptedKey = rsa.doFinal(contentKey.getEncoded());
			Base64.Encoder base64 = Base64.getEncoder();
			return new Sealed(keyId, Sealed.ALGORITHM, base64.encodeToString(encryptedKey),
					base64.encodeToString(nonce), base64.encodeToString(ciphertext));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not seal with key " + keyId, ex);
		}
	}

	/**
	 * @param keys the recipient's private keys by id
	 * @param sealed data sealed for the recipient
	 * @param associatedData the bytes it was sealed with
	 * @return the data
	 * @throws SealException if the key id is unknown, the algorithm another, or the data
	 * was not sealed for this key with this associated data (or was changed)
	 */
	public static byte[] open(Map<String, PrivateKey> keys, Sealed sealed, byte[] associatedData) {
		if (sealed == null || !Sealed.ALGORITHM.equals(sealed.algorithm())) {
			throw new SealException("Not sealed with " + Sealed.ALGORITHM);
		}
		PrivateKey key = keys.get(sealed.keyId());
		if (key == null) {
			throw new SealException("No private key " + sealed.keyId());
		}
		try {
			Base64.Decoder base64 = Base64.getDecoder();
			Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
			rsa.init(Cipher.DECRYPT_MODE, key, OAEP);
			byte[] contentKey = rsa.doFinal(base64.decode(sealed.encryptedKey()));
			Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
			aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey, "AES"),
					new GCMParameterSpec(TAG_BITS, base64.decode(sealed.nonce())));
			aes.updateAAD(associatedData);
			return aes.doFinal(base64.decode(sealed.ciphertext()));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new SealException("Could not open data sealed with key " + sealed.keyId(), ex);
		}
	}

	/**
	 * @param base64Der an X.509 SubjectPublicKeyInfo, base64
	 * @param name the setting's name, for the error
	 * @return the RSA public key
	 * @throws IllegalStateException if it is not an RSA public key of at least
	 * {@value #MIN_RSA_BITS} bits: a deployment must not start like that
	 */
	public static PublicKey publicKey(String base64Der, String name) {
		try {
			PublicKey key = KeyFactory.getInstance("RSA")
				.generatePublic(new X509EncodedKeySpec(decode(base64Der, name)));
			return checked(key, name);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(name + " is not an RSA public key (base64 X.509 DER)", ex);
		}
	}

	/**
	 * @param base64Der a PKCS#8 private key, base64
	 * @param name the setting's name, for the error
	 * @return the RSA private key
	 * @throws IllegalStateException if it is not an RSA private key of at least
	 * {@value #MIN_RSA_BITS} bits: a deployment must not start like that
	 */
	public static PrivateKey privateKey(String base64Der, String name) {
		try {
			PrivateKey key = KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(decode(base64Der, name)));
			return checked(key, name);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(name + " is not an RSA private key (base64 PKCS#8 DER)", ex);
		}
	}

	private static byte[] decode(String base64, String name) {
		if (base64 == null || base64.isBlank()) {
			throw new IllegalStateException(name + " is not set");
		}
		try {
			return Base64.getMimeDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(name + " is not base64", ex);
		}
	}

	private static <K extends java.security.Key> K checked(K key, String name) {
		if (((RSAKey) key).getModulus().bitLength() < MIN_RSA_BITS) {
			throw new IllegalStateException(name + " is shorter than " + MIN_RSA_BITS + " bits");
		}
		return key;
	}

	/** Sealed data that cannot be opened here. */
	public static final class SealException extends RuntimeException {

		SealException(String message) {
			super(message);
		}

		SealException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
