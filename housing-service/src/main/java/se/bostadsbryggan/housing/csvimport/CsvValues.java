package se.bostadsbryggan.housing.csvimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Swedish values in a CSV file: amounts with a decimal comma and spaces between thousands
 * ({@code 6 450,50}), dates as {@code 2026-11-25}, yes/no as {@code ja}/{@code nej}. Each
 * parser returns {@code null} for a value it cannot read.
 */
final class CsvValues {

	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private CsvValues() {
	}

	static BigDecimal decimal(String text) {
		String plain = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
		return DECIMAL.matcher(plain).matches() ? new BigDecimal(plain) : null;
	}

	static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static Integer integer(String text) {
		try {
			return Integer.valueOf(text);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static Boolean yesNo(String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "ja", "j", "yes", "true", "1" -> Boolean.TRUE;
			case "nej", "n", "no", "false", "0" -> Boolean.FALSE;
			default -> null;
		};
	}

}
