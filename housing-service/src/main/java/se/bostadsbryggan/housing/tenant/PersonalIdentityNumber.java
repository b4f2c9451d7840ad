package se.bostadsbryggan.housing.tenant;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personal identity number (personnummer) or coordination number
 * (samordningsnummer, day plus 60), always stored as 12 digits {@code YYYYMMDDNNNC}.
 * Accepted as 12 digits with or without a hyphen before the last four; the last digit is
 * the Luhn check digit over the ten digits after the century.
 */
public final class PersonalIdentityNumber {

	private static final Pattern FORMAT = Pattern.compile("([0-9]{8})-?([0-9]{4})");

	private PersonalIdentityNumber() {
	}

	/**
	 * @param text as typed, e.g. {@code 19900101-1234}
	 * @return the 12 digits, or empty if the text is not a valid number
	 */
	public static Optional<String> normalise(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String digits = matcher.group(1) + matcher.group(2);
		if (!validDate(digits) || !luhn(digits.substring(2))) {
			return Optional.empty();
		}
		return Optional.of(digits);
	}

	/**
	 * @param digits 12 digits
	 * @return {@code YYYYMMDD-NNNN}
	 */
	public static String display(String digits) {
		return (digits != null && digits.length() == 12) ? digits.substring(0, 8) + "-" + digits.substring(8) : "";
	}

	private static boolean validDate(String digits) {
		int year = Integer.parseInt(digits.substring(0, 4));
		int month = Integer.parseInt(digits.substring(4, 6));
		int day = Integer.parseInt(digits.substring(6, 8));
		if (day > 60) {
			day -= 60;
		}
		if (year < 1880) {
			return false;
		}
		try {
			LocalDate.of(year, month, day);
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	private static boolean luhn(String tenDigits) {
		int sum = 0;
		for (int i = 0; i < tenDigits.length(); i++) {
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

}
