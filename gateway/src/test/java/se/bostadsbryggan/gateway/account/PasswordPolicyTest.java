package se.bostadsbryggan.gateway.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = PasswordPolicy.withCommonPasswords();

	@Test
	void acceptsALongUncommonPassword() {
		assertThat(this.policy.violations("bovard", "Kaffe och kanelbullar i trapphuset")).isEmpty();
	}

	@Test
	void refusesPasswordsShorterThanTwelveCharacters() {
		assertThat(this.policy.violations("bovard", "Kort-lösen1")).containsExactly("password.too-short");
		assertThat(this.policy.violations("bovard", "Längre-lösen")).isEmpty();
	}

	@Test
	void refusesCommonPasswordsWhateverTheirCase() {
		assertThat(this.policy.violations("bovard", "PassWord1234")).containsExactly("password.common");
		assertThat(this.policy.violations("bovard", "qwerty")).contains("password.common", "password.too-short");
		assertThat(this.policy.commonPasswordCount()).isGreaterThan(300);
	}

	@Test
	void refusesPasswordsContainingTheUsername() {
		assertThat(this.policy.violations("Bovard", "mitt-BOVARD-lösenord"))
			.containsExactly("password.contains-username");
	}

}
