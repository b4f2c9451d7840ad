package se.bostadsbryggan.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.format.Formatter;

/**
 * Decimal numbers in forms as people type them: {@code 58,5}, {@code 58.5} or
 * {@code 6 450} all work; printed with a decimal comma.
 */
class DecimalFormatter implements Formatter<BigDecimal> {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		String compact = text.strip().replaceAll("[\\s\\u00a0\\u202f]", "");
		if (!NUMBER.matcher(compact).matches()) {
			throw new ParseException("Not a decimal number: " + text, 0);
		}
		return new BigDecimal(compact.replace(',', '.'));
	}

	@Override
	public String print(BigDecimal number, Locale locale) {
		return number.toPlainString().replace('.', ',');
	}

}
