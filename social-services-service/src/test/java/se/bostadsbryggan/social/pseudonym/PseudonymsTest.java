package se.bostadsbryggan.social.pseudonym;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.identity.KeyedHash;
import se.bostadsbryggan.identity.PersonalIdentityNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Social services' wiring of the shared keyed hashes (the hashing itself is tested with
 * {@code KeyedHashes} in the personal-identity module).
 */
class PseudonymsTest {

	private static final String KEY_1 = Base64.getEncoder()
		.encodeToString("a test secret of thirty-two bytes".getBytes(StandardCharsets.US_ASCII));

	private static final String KEY_2 = Base64.getEncoder()
		.encodeToString("another secret, thirty-two bytes".getBytes(StandardCharsets.US_ASCII));

	private static final String KNOWN_ANSWER = "e42a0397e8bbacd0ea645520e02bc9deaa0dce92a76f7e4b4bac1c128ae02801";

	private final Pseudonyms pseudonyms = new Pseudonyms(
			new PseudonymProperties(Map.of("k1", KEY_1, "k2", KEY_2), "k1"));

	@Test
	void hashesWithTheConfiguredCurrentKeyTheSharedKnownAnswer() {
		KeyedHash hash = this.pseudonyms.hash(PersonalIdentityNumber.parse("900101-0017").orElseThrow());
		assertThat(hash).isEqualTo(new KeyedHash("k1", KNOWN_ANSWER));
		assertThat(this.pseudonyms.currentKeyId()).isEqualTo("k1");
	}

	@Test
	void hashesWithAnotherConfiguredKeyOnRequest() {
		PersonalIdentityNumber person = PersonalIdentityNumber.parse("19900101-0017").orElseThrow();
		KeyedHash withK2 = this.pseudonyms.hash(person, "k2");
		assertThat(withK2.keyId()).isEqualTo("k2");
		assertThat(withK2.value()).isNotEqualTo(KNOWN_ANSWER);
	}

	@Test
	void refusesToStartWithAMissingCurrentKeyOrAShortSecret() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new Pseudonyms(new PseudonymProperties(Map.of("k1", KEY_1), "k9")));
		assertThatIllegalStateException().isThrownBy(() -> new Pseudonyms(
				new PseudonymProperties(Map.of("k1", Base64.getEncoder().encodeToString(new byte[16])), "k1")));
	}

}
