package se.bostadsbryggan.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class KeyedHashesTest {

	private static final String KEY_1 = Base64.getEncoder()
		.encodeToString("a test secret of thirty-two bytes".getBytes(StandardCharsets.US_ASCII));

	private static final String KEY_2 = Base64.getEncoder()
		.encodeToString("another secret, thirty-two bytes".getBytes(StandardCharsets.US_ASCII));

	private static final String KNOWN_ANSWER = "e42a0397e8bbacd0ea645520e02bc9deaa0dce92a76f7e4b4bac1c128ae02801";

	private final KeyedHashes hashes = new KeyedHashes(Map.of("k1", KEY_1, "k2", KEY_2), "k1");

	@Test
	void keyedHashIsStableForTheSamePersonInAnyInputFormat() {
		List<String> forms = List.of("19900101-0017", "199001010017", "900101-0017", "9001010017", " 900101-0017 ");
		List<KeyedHash> all = forms.stream()
			.map((form) -> this.hashes.hash(PersonalIdentityNumber.parse(form).orElseThrow()))
			.toList();
		assertThat(all).hasSize(forms.size()).allSatisfy((hash) -> {
			assertThat(hash).isEqualTo(all.get(0));
			assertThat(hash.keyId()).isEqualTo("k1");
			assertThat(hash.value()).matches("[0-9a-f]{64}");
		});
		// Someone aged 100 or more: "+" puts the birth a century earlier in 10 digits.
		assertThat(this.hashes.hash(PersonalIdentityNumber.parse("181101+9809").orElseThrow()))
			.isEqualTo(this.hashes.hash(PersonalIdentityNumber.parse("19181101-9809").orElseThrow()));
	}

	@Test
	void keyedHashDiffersWithAnotherKeyAndForAnotherPerson() {
		PersonalIdentityNumber person = PersonalIdentityNumber.parse("19900101-0017").orElseThrow();
		KeyedHash withK1 = this.hashes.hash(person);
		KeyedHash withK2 = this.hashes.hash(person, "k2");
		assertThat(withK2.keyId()).isEqualTo("k2");
		assertThat(withK2.value()).isNotEqualTo(withK1.value());
		assertThat(this.hashes.hash(PersonalIdentityNumber.parse("19900101-0025").orElseThrow()).value())
			.isNotEqualTo(withK1.value());
	}

	@Test
	void keyedHashIsTheHmacSha256OfTheTwelveDigits() {
		// Known answer, so either organisation can check its own implementation:
		// HMAC-SHA-256, key = the base64-decoded secret, message = "199001010017" in
		// ASCII.
		assertThat(this.hashes.hash(PersonalIdentityNumber.parse("900101-0017").orElseThrow()).value())
			.isEqualTo(KNOWN_ANSWER);
	}

	@Test
	void knowsWhichKeysItHoldsAndRefusesToHashWithAnother() {
		assertThat(this.hashes.holds("k2")).isTrue();
		assertThat(this.hashes.holds("k9")).isFalse();
		assertThat(this.hashes.holds(null)).isFalse();
		assertThat(this.hashes.keyIds()).containsExactlyInAnyOrder("k1", "k2");
		assertThat(this.hashes.toString()).doesNotContain(KEY_1);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.hashes.hash(PersonalIdentityNumber.parse("900101-0017").orElseThrow(), "k9"));
	}

	@Test
	void refusesAMissingCurrentKeyOrAShortOrMalformedSecret() {
		assertThatIllegalStateException().isThrownBy(() -> new KeyedHashes(Map.of("k1", KEY_1), "k9"));
		assertThatIllegalStateException().isThrownBy(() -> new KeyedHashes(Map.of("k1", KEY_1), " "));
		assertThatIllegalStateException()
			.isThrownBy(() -> new KeyedHashes(Map.of("k1", Base64.getEncoder().encodeToString(new byte[16])), "k1"));
		assertThatIllegalStateException().isThrownBy(() -> new KeyedHashes(Map.of("k1", "not base64!"), "k1"));
	}

}
