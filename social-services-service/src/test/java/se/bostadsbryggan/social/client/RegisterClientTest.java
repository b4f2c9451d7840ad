package se.bostadsbryggan.social.client;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterClientTest {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void createValidator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	@Test
	void namesEachMissingOrInvalidFieldWithItsOwnMessage() {
		assertThat(violations(new RegisterClient("19900101-0017", "Anna Andersson", null))).isEmpty();
		assertThat(violations(new RegisterClient("19900101-0018", "Anna", null)))
			.containsExactly("personalIdentityNumber {personalIdentityNumber.checkDigit}");
		assertThat(violations(new RegisterClient(" ", "", null))).containsExactlyInAnyOrder(
				"personalIdentityNumber {client.personalIdentityNumber.required}", "name {client.name.required}");
	}

	@Test
	void neverShowsNumberOrNameInTextMeantForLogs() {
		assertThat(new RegisterClient("19900101-0017", "Anna Andersson", null).toString()).doesNotContain("0017")
			.doesNotContain("Anna");
	}

	private static Set<String> violations(RegisterClient command) {
		return validator.validate(command)
			.stream()
			.map((violation) -> violation.getPropertyPath() + " " + violation.getMessageTemplate())
			.collect(Collectors.toSet());
	}

}
