package se.bostadsbryggan.gateway.identity;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/**
 * The gateway's signing key: loaded from a PKCS#8 PEM ({@code BB_GATEWAY_SIGNING_KEY}) so
 * that several gateway instances share it, or a new RSA 2048 key per start. The key id is
 * the key's JWK thumbprint.
 */
final class SigningKeys {

	private SigningKeys() {
	}

	static RSAKey fromPemOrGenerated(String pem) {
		try {
			if (pem == null || pem.isBlank()) {
				return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
			}
			return fromPem(pem);
		}
		catch (JOSEException | GeneralSecurityException | IllegalArgumentException | ClassCastException ex) {
			throw new IllegalStateException("Unusable gateway signing key (BB_GATEWAY_SIGNING_KEY): " + ex, ex);
		}
	}

	static RSAKey fromPem(String pem) throws GeneralSecurityException, JOSEException {
		String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
		KeyFactory factory = KeyFactory.getInstance("RSA");
		RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory
			.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
		BigInteger modulus = privateKey.getModulus();
		RSAPublicKey publicKey = (RSAPublicKey) factory
			.generatePublic(new RSAPublicKeySpec(modulus, privateKey.getPublicExponent()));
		return new RSAKey.Builder(publicKey).privateKey(privateKey)
			.keyUse(KeyUse.SIGNATURE)
			.keyIDFromThumbprint()
			.build();
	}

}
