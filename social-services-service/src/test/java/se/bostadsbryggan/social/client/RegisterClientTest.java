package se.bostadsbryggan.social.client;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.testsupport.FormRules;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterClientTest {

	@Test
	void namesEachMissingOrInvalidFieldWithItsOwnMessage() {
		assertThat(FormRules.violations(new RegisterClient("19900101-0017", "Anna Andersson", null))).isEmpty();
		assertThat(FormRules.violations(new RegisterClient("19900101-0018", "Anna", null)))
			.containsExactly("personalIdentityNumber {personalIdentityNumber.checkDigit}");
		assertThat(FormRules.violations(new RegisterClient(" ", "", null))).containsExactlyInAnyOrder(
				"personalIdentityNumber {client.personalIdentityNumber.required}", "name {client.name.required}");
	}

	@Test
	void neverShowsNumberOrNameInTextMeantForLogs() {
		assertThat(new RegisterClient("19900101-0017", "Anna Andersson", null).toString()).doesNotContain("0017")
			.doesNotContain("Anna");
	}

}
