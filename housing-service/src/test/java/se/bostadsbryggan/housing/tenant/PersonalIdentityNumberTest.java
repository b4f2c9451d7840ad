package se.bostadsbryggan.housing.tenant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalIdentityNumberTest {

	@Test
	void aValidNumberIsStoredAsTwelveDigitsWithOrWithoutHyphen() {
		assertThat(PersonalIdentityNumber.normalise("19811218-9876")).contains("198112189876");
		assertThat(PersonalIdentityNumber.normalise(" 198112189876 ")).contains("198112189876");
		assertThat(PersonalIdentityNumber.display("198112189876")).isEqualTo("19811218-9876");
	}

	@Test
	void aWrongCheckDigitIsRejected() {
		assertThat(PersonalIdentityNumber.normalise("19811218-9875")).isEmpty();
	}

	@Test
	void anImpossibleDateIsRejected() {
		assertThat(PersonalIdentityNumber.normalise("19811318-9876")).isEmpty();
		assertThat(PersonalIdentityNumber.normalise("19810231-0000")).isEmpty();
	}

	@Test
	void tenDigitsOrOtherTextAreRejected() {
		assertThat(PersonalIdentityNumber.normalise("811218-9876")).isEmpty();
		assertThat(PersonalIdentityNumber.normalise("19811218+9876")).isEmpty();
		assertThat(PersonalIdentityNumber.normalise("anna")).isEmpty();
		assertThat(PersonalIdentityNumber.normalise(null)).isEmpty();
	}

	@Test
	void aCoordinationNumberHasItsDayPlusSixty() {
		// 18 December 1981 as a coordination number: day 18 + 60 = 78.
		String tenDigitsWithoutCheck = "811278987";
		int check = checkDigit(tenDigitsWithoutCheck);
		assertThat(PersonalIdentityNumber.normalise("19811278-987" + check)).contains("19811278987" + check);
	}

	private static int checkDigit(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < nineDigits.length(); i++) {
			int digit = (nineDigits.charAt(i) - '0') * ((i % 2 == 0) ? 2 : 1);
			sum += (digit > 9) ? digit - 9 : digit;
		}
		return (10 - sum % 10) % 10;
	}

}
