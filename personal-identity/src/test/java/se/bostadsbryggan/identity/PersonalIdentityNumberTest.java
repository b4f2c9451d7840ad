package se.bostadsbryggan.identity;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PersonalIdentityNumberTest {

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

	@ParameterizedTest
	@CsvSource({ "19900101-0017, 199001010017", "199001010017, 199001010017", "900101-0017, 199001010017",
			"9001010017, 199001010017", "' 19460412-0388 ', 194604120388", "121212-1212, 201212121212" })
	void acceptsTenOrTwelveDigitsWithOrWithoutADashAndStoresTwelve(String text, String stored) {
		assertThat(PersonalIdentityNumber.problemWith(text)).isEmpty();
		assertThat(PersonalIdentityNumber.parse(text)).hasValueSatisfying((number) -> {
			assertThat(number.value()).isEqualTo(stored);
			assertThat(number.formatted()).isEqualTo(stored.substring(0, 8) + "-" + stored.substring(8));
		});
	}

	@Test
	void aPlusMeansTheCenturyBeforeForPeopleAgedAHundredOrMore() {
		assertThat(PersonalIdentityNumber.parse("121212+1212")).map(PersonalIdentityNumber::value)
			.hasValue("191212121212");
		assertThat(PersonalIdentityNumber.parse("121212-1212")).map(PersonalIdentityNumber::value)
			.hasValue("201212121212");
	}

	@Test
	void acceptsACoordinationNumberWhoseDayIsTheDayOfBirthPlusSixty() {
		PersonalIdentityNumber number = PersonalIdentityNumber.parse("19900161-0014").orElseThrow();

		assertThat(number.value()).isEqualTo("199001610014");
		assertThat(number.isCoordinationNumber()).isTrue();
		assertThat(PersonalIdentityNumber.parse("19900101-0017").orElseThrow().isCoordinationNumber()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "19900101-0018", "900101-0010", "19900161-0017", "199001010019" })
	void rejectsAWrongCheckDigit(String text) {
		assertThat(PersonalIdentityNumber.problemWith(text)).hasValue(PersonalIdentityNumber.Problem.CHECK_DIGIT);
		assertThat(PersonalIdentityNumber.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "19900230-0011", "19901301-0013", "19900192-0017", "19900100-0018" })
	void rejectsAnImpossibleDate(String text) {
		assertThat(PersonalIdentityNumber.problemWith(text)).as(text).hasValue(PersonalIdentityNumber.Problem.DATE);
		assertThat(PersonalIdentityNumber.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "19900101-001", "1990-01-01-0017", "19900101--0017", "1234567890123",
			"19900101 0017" })
	void rejectsWhatIsNotTenOrTwelveDigits(String text) {
		assertThat(PersonalIdentityNumber.problemWith(text)).hasValue(PersonalIdentityNumber.Problem.FORMAT);
	}

	@Test
	void theFormRuleGivesOneMessagePerProblemAndLeavesEmptyToNotBlank() {
		assertThat(violations(new Person("19900101-0017"))).isEmpty();
		assertThat(violations(new Person("19900101-0018")))
			.containsExactly("personalIdentityNumber {personalIdentityNumber.checkDigit}");
		assertThat(violations(new Person("19900230-0011")))
			.containsExactly("personalIdentityNumber {personalIdentityNumber.date}");
		assertThat(violations(new Person("1990")))
			.containsExactly("personalIdentityNumber {personalIdentityNumber.format}");
		assertThat(violations(new Person(" "))).containsExactly("personalIdentityNumber {required}");
		assertThat(violations(new Person(null))).containsExactly("personalIdentityNumber {required}");
	}

	@Test
	void neverShowsTheNumberInTextMeantForLogs() {
		PersonalIdentityNumber number = PersonalIdentityNumber.parse("19900101-0017").orElseThrow();

		assertThat(number.toString()).doesNotContain("0017");
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonalIdentityNumber("900101-0017"));
	}

	private static Set<String> violations(Person command) {
		return validator.validate(command)
			.stream()
			.map((violation) -> violation.getPropertyPath() + " " + violation.getMessageTemplate())
			.collect(Collectors.toSet());
	}

	/** A command with a number, as the services' forms have. */
	record Person(@NotBlank(message = "{required}") @ValidPersonalIdentityNumber String personalIdentityNumber) {

	}

}
