package se.bostadsbryggan.social;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.bostadsbryggan.contracts.social.Sealed;
import se.bostadsbryggan.contracts.social.SubtenantIdentity;
import se.bostadsbryggan.identity.Seals;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The housing company's key pair in a test: social services get its public key through
 * {@link #register}, and only its private key opens what they seal.
 */
public final class HousingCompanyKey {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String keyId;

	private final KeyPair pair;

	private HousingCompanyKey(String keyId, KeyPair pair) {
		this.keyId = keyId;
		this.pair = pair;
	}

	/**
	 * @param keyId the key pair's id
	 * @return a new RSA key pair of the smallest size accepted
	 */
	public static HousingCompanyKey generate(String keyId) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(Seals.MIN_RSA_BITS);
			return new HousingCompanyKey(keyId, generator.generateKeyPair());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Gives social services this key's id and public key.
	 * @param registry the test's dynamic properties
	 */
	public void register(DynamicPropertyRegistry registry) {
		registry.add("bb.subtenant-identity.key-id", () -> this.keyId);
		registry.add("bb.subtenant-identity.public-key",
				() -> Base64.getEncoder().encodeToString(this.pair.getPublic().getEncoded()));
	}

	/**
	 * Opens a sealed subtenant as the housing company would, asserting it names this key.
	 * @param sealed the sealed value as JSON
	 * @param boundTo the id it was sealed with (placement or lease)
	 * @return the subtenant
	 */
	public SubtenantIdentity open(JsonNode sealed, Object boundTo) {
		Sealed value = JSON.treeToValue(sealed, Sealed.class);
		assertThat(value.keyId()).isEqualTo(this.keyId);
		byte[] plaintext = Seals.open(Map.of(this.keyId, this.pair.getPrivate()), value,
				boundTo.toString().getBytes(StandardCharsets.UTF_8));
		return JSON.readValue(plaintext, SubtenantIdentity.class);
	}

}
