package se.bostadsbryggan.identity;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.bostadsbryggan.contracts.social.Sealed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SealsTest {

	private static final byte[] PLACEMENT = "e5a7c9b1-3d2f-4a6e-9c8b-1f3d5b7a9c20".getBytes(StandardCharsets.UTF_8);

	private static final byte[] IDENTITY = "{\"personalIdentityNumber\":\"191212121212\"}"
		.getBytes(StandardCharsets.UTF_8);

	private static KeyPair housing;

	private static KeyPair other;

	@BeforeAll
	static void keys() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(3072);
		housing = generator.generateKeyPair();
		other = generator.generateKeyPair();
	}

	@Test
	void opensWhatWasSealedForItsKeyWithTheSameAssociatedData() {
		Sealed sealed = Seals.seal("k1", housing.getPublic(), IDENTITY, PLACEMENT);

		assertThat(sealed.keyId()).isEqualTo("k1");
		assertThat(sealed.algorithm()).isEqualTo(Sealed.ALGORITHM);
		assertThat(sealed.ciphertext()).doesNotContain("191212121212");
		assertThat(Seals.open(Map.of("k1", housing.getPrivate()), sealed, PLACEMENT)).isEqualTo(IDENTITY);
	}

	@Test
	void sealsTheSameDataDifferentlyEachTime() {
		Sealed first = Seals.seal("k1", housing.getPublic(), IDENTITY, PLACEMENT);
		Sealed second = Seals.seal("k1", housing.getPublic(), IDENTITY, PLACEMENT);

		assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
		assertThat(first.encryptedKey()).isNotEqualTo(second.encryptedKey());
	}

	@Test
	void refusesToOpenWithAnotherPlacementsIdAnotherKeyOrAnUnknownKeyId() {
		Sealed sealed = Seals.seal("k1", housing.getPublic(), IDENTITY, PLACEMENT);
		byte[] anotherPlacement = "0b8e2c1a-7f3d-4e59-a6c4-9d1f3b5e7a80".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> Seals.open(Map.of("k1", housing.getPrivate()), sealed, anotherPlacement))
			.isInstanceOf(Seals.SealException.class);
		assertThatThrownBy(() -> Seals.open(Map.of("k1", other.getPrivate()), sealed, PLACEMENT))
			.isInstanceOf(Seals.SealException.class);
		assertThatThrownBy(() -> Seals.open(Map.of("k2", housing.getPrivate()), sealed, PLACEMENT))
			.isInstanceOf(Seals.SealException.class)
			.hasMessageContaining("k1");
	}

	@Test
	void refusesChangedCiphertextAndOtherAlgorithms() {
		Sealed sealed = Seals.seal("k1", housing.getPublic(), IDENTITY, PLACEMENT);
		byte[] changed = Base64.getDecoder().decode(sealed.ciphertext());
		changed[0] ^= 1;
		Sealed tampered = new Sealed("k1", sealed.algorithm(), sealed.encryptedKey(), sealed.nonce(),
				Base64.getEncoder().encodeToString(changed));
		Sealed otherAlgorithm = new Sealed("k1", "RSA1_5+A128CBC", sealed.encryptedKey(), sealed.nonce(),
				sealed.ciphertext());

		assertThatThrownBy(() -> Seals.open(Map.of("k1", housing.getPrivate()), tampered, PLACEMENT))
			.isInstanceOf(Seals.SealException.class);
		assertThatThrownBy(() -> Seals.open(Map.of("k1", housing.getPrivate()), otherAlgorithm, PLACEMENT))
			.isInstanceOf(Seals.SealException.class);
	}

	@Test
	void readsBase64DerKeysAndRefusesShortOrMissingOnes() throws NoSuchAlgorithmException {
		Base64.Encoder base64 = Base64.getEncoder();
		String publicDer = base64.encodeToString(housing.getPublic().getEncoded());
		String privateDer = base64.encodeToString(housing.getPrivate().getEncoded());
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		String shortKey = base64.encodeToString(generator.generateKeyPair().getPublic().getEncoded());

		assertThat(Seals.publicKey(publicDer, "public")).isEqualTo(housing.getPublic());
		assertThat(Seals.privateKey(privateDer, "private")).isEqualTo(housing.getPrivate());
		assertThatIllegalStateException().isThrownBy(() -> Seals.publicKey(shortKey, "bb.x.public-key"))
			.withMessageContaining("3072");
		assertThatIllegalStateException().isThrownBy(() -> Seals.publicKey(" ", "bb.x.public-key"))
			.withMessage("bb.x.public-key is not set");
		assertThatIllegalStateException().isThrownBy(() -> Seals.privateKey(publicDer, "bb.x.private-key"))
			.withMessageContaining("PKCS#8");
	}

}
