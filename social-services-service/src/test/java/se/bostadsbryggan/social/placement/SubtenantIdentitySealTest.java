package se.bostadsbryggan.social.placement;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import se.bostadsbryggan.contracts.social.Sealed;
import se.bostadsbryggan.contracts.social.SubtenantIdentity;
import se.bostadsbryggan.identity.Seals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SubtenantIdentitySealTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void sealsTheIdentityAsJsonBoundToThePlacement() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(Seals.MIN_RSA_BITS);
		KeyPair pair = generator.generateKeyPair();
		SubtenantIdentitySeal seal = new SubtenantIdentitySeal(new SubtenantIdentityProperties("k1",
				Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())), JSON);
		UUID placementId = UUID.randomUUID();
		SubtenantIdentity identity = new SubtenantIdentity("199001010017", "Karin Lindgren", 3);

		Sealed sealed = seal.seal(placementId, identity);

		assertThat(sealed.keyId()).isEqualTo("k1");
		byte[] opened = Seals.open(Map.of("k1", pair.getPrivate()), sealed,
				placementId.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(JSON.readValue(opened, SubtenantIdentity.class)).isEqualTo(identity);
	}

	@Test
	void aMissingOrWeakKeyStopsTheStartNamingTheSetting() throws Exception {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SubtenantIdentitySeal(new SubtenantIdentityProperties("k1", null), JSON))
			.withMessageContaining("bb.subtenant-identity.public-key");
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		String weak = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
		assertThatIllegalStateException()
			.isThrownBy(() -> new SubtenantIdentitySeal(new SubtenantIdentityProperties("k1", weak), JSON))
			.withMessageContaining("bb.subtenant-identity.public-key");
		assertThatIllegalStateException().isThrownBy(() -> new SubtenantIdentityProperties(" ", weak))
			.withMessageContaining("bb.subtenant-identity.key-id");
	}

}
