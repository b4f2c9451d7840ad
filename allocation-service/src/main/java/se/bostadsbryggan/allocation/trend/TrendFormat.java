package se.bostadsbryggan.allocation.trend;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Numbers and texts of the trends in the reader's language: a decimal comma in Swedish
 * ({@code 14,2 mån}, {@code 8,3 %}), a point in English.
 */
final class TrendFormat {

	private final MessageSource messages;

	private final Locale locale;

	TrendFormat(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	Locale locale() {
		return this.locale;
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	/**
	 * @return e.g. {@code 14,2}, or an empty string for none
	 */
	String decimal(BigDecimal number) {
		if (number == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setGroupingUsed(false);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return format.format(number);
	}

	/**
	 * @return e.g. {@code 8,3 %}, or {@code null} for none
	 */
	String percent(BigDecimal number) {
		return (number != null) ? text("trends.unit.percent", decimal(number)) : null;
	}

	/**
	 * @return e.g. {@code 14,2 mån}, or {@code null} for none
	 */
	String months(BigDecimal number) {
		return (number != null) ? text("trends.unit.months", decimal(number)) : null;
	}

	/**
	 * @return the whole number, or {@code null} for none
	 */
	static String count(Integer number) {
		return (number != null) ? String.valueOf(number) : null;
	}

}
