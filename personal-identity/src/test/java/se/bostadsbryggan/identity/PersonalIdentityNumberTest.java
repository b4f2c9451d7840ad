package se.bostadsbryggan.identity;

import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.bostadsbryggan.testsupport.FormRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PersonalIdentityNumberTest {

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
		assertThat(FormRules.violations(new Person("19900101-0017"))).isEmpty();
		assertThat(FormRules.violations(new Person("19900101-0018")))
			.containsExactly("personalIdentityNumber {personalIdentityNumber.checkDigit}");
		assertThat(FormRules.violations(new Person("19900230-0011")))
			.containsExactly("personalIdentityNumber {personalIdentityNumber.date}");
		assertThat(FormRules.violations(new Person("1990")))
			.containsExactly("personalIdentityNumber {personalIdentityNumber.format}");
		assertThat(FormRules.violations(new Person(" "))).containsExactly("personalIdentityNumber {required}");
		assertThat(FormRules.violations(new Person(null))).containsExactly("personalIdentityNumber {required}");
	}

	@Test
	void neverShowsTheNumberInTextMeantForLogs() {
		PersonalIdentityNumber number = PersonalIdentityNumber.parse("19900101-0017").orElseThrow();

		assertThat(number.toString()).doesNotContain("0017");
		assertThatIllegalArgumentException().isThrownBy(() -> new PersonalIdentityNumber("900101-0017"));
	}

	/** A command with a number, as the services' forms have. */
	record Person(@NotBlank(message = "{required}") @ValidPersonalIdentityNumber String personalIdentityNumber) {

	}

}
