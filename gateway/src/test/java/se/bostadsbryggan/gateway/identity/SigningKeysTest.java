package se.bostadsbryggan.gateway.identity;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeysTest {

	@Test
	void loadsTheSameKeyWithTheSameIdFromAPkcs8Pem() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		String pem = "-----BEGIN PRIVATE KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPrivate().getEncoded())
				+ "\n-----END PRIVATE KEY-----\n";

		RSAKey first = SigningKeys.fromPemOrGenerated(pem);
		RSAKey second = SigningKeys.fromPemOrGenerated(pem);

		assertThat(first.getKeyID()).isNotBlank().isEqualTo(second.getKeyID());
		assertThat(first.toPublicJWK().getModulus().decodeToBigInteger())
			.isEqualTo(((java.security.interfaces.RSAPublicKey) pair.getPublic()).getModulus());
		assertThat(first.isPrivate()).isTrue();
	}

	@Test
	void generatesAFresh2048BitKeyWithoutAPem() {
		RSAKey key = SigningKeys.fromPemOrGenerated("");

		assertThat(key.size()).isEqualTo(2048);
		assertThat(key.getKeyID()).isNotBlank();
		assertThat(SigningKeys.fromPemOrGenerated(" ").getKeyID()).isNotEqualTo(key.getKeyID());
	}

	@Test
	void refusesAPemThatIsNoKey() {
		assertThatIllegalStateException().isThrownBy(
				() -> SigningKeys.fromPemOrGenerated("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"))
			.withMessageContaining("BB_GATEWAY_SIGNING_KEY");
	}

}
