package se.bostadsbryggan.identity;

import java.util.Optional;
import java.util.regex.Pattern;

import dev.personnummer.Options;
import dev.personnummer.Personnummer;
import dev.personnummer.PersonnummerException;

/**
 * A Swedish personal identity number (personnummer) or coordination number
 * (samordningsnummer, day of birth plus 60), kept as 12 digits. Accepts 10 or 12 digits,
 * with or without {@code -}, and {@code +} for people aged 100 or more; checks the date
 * and the check digit with the library {@code dev.personnummer:personnummer}.
 *
 * @param value the 12 digits, e.g. {@code 199001010017}
 */
public record PersonalIdentityNumber(String value) {

	private static final Pattern SHAPE = Pattern.compile("([0-9]{2})?[0-9]{6}[-+]?[0-9]{4}");

	private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

	private static final Options WITH_COORDINATION_NUMBERS = new Options(true, false);

	public PersonalIdentityNumber {
		if (value == null || !TWELVE_DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("Not 12 digits");
		}
	}

	/**
	 * Why a text is not a valid number.
	 */
	public enum Problem {

		/** Not 10 or 12 digits with an optional {@code -} or {@code +}. */
		FORMAT,

		/** The last digit does not match the others. */
		CHECK_DIGIT,

		/** No such date (a coordination number's day counts from 61). */
		DATE

	}

	/**
	 * @param text a number as entered, e.g. {@code 900101-0017}
	 * @return the number, or empty if it is not valid
	 */
	public static Optional<PersonalIdentityNumber> parse(String text) {
		if (text == null || problemWith(text).isPresent()) {
			return Optional.empty();
		}
		try {
			Personnummer parsed = Personnummer.parse(text.strip(), WITH_COORDINATION_NUMBERS);
			return Optional.of(new PersonalIdentityNumber(parsed.format(true)));
		}
		catch (PersonnummerException ex) {
			return Optional.empty();
		}
	}

	/**
	 * @param text a number as entered
	 * @return what is wrong with it, or empty if it is valid
	 */
	public static Optional<Problem> problemWith(String text) {
		String trimmed = (text != null) ? text.strip() : "";
		if (!SHAPE.matcher(trimmed).matches()) {
			return Optional.of(Problem.FORMAT);
		}
		String digits = trimmed.replaceAll("[-+]", "");
		if (!luhnValid(digits.substring(digits.length() - 10))) {
			return Optional.of(Problem.CHECK_DIGIT);
		}
		try {
			Personnummer.parse(trimmed, WITH_COORDINATION_NUMBERS);
			return Optional.empty();
		}
		catch (PersonnummerException | RuntimeException ex) {
			return Optional.of(Problem.DATE);
		}
	}

	/**
	 * @return e.g. {@code 19900101-0017}
	 */
	public String formatted() {
		return this.value.substring(0, 8) + "-" + this.value.substring(8);
	}

	/**
	 * @return whether this is a coordination number (day of birth plus 60)
	 */
	public boolean isCoordinationNumber() {
		return Integer.parseInt(this.value.substring(6, 8)) > 60;
	}

	/**
	 * @param digits12 12 stored digits
	 * @return them as {@code YYYYMMDD-XXXX}
	 */
	public static String format(String digits12) {
		return new PersonalIdentityNumber(digits12).formatted();
	}

	private static boolean luhnValid(String tenDigits) {
		int sum = 0;
		for (int i = 0; i < 10; i++) {
			int digit = tenDigits.charAt(i) - '0';
			if (i % 2 == 0) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

	@Override
	public String toString() {
		// Never the number itself in a log line or an exception message.
		return "PersonalIdentityNumber[****]";
	}

}
