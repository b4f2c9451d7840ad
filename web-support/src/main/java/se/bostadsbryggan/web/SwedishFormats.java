package se.bostadsbryggan.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Swedish formats for pages: {@code 1 234 kr}, {@code 58,5 m²}, {@code 2026-11-25}. Use
 * it in Thymeleaf as {@code ${@fmt.sek(apartment.monthlyRent)}}. Swedish dates are ISO
 * dates whatever the page's language.
 */
public class SwedishFormats {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/**
	 * @param amount an amount in SEK
	 * @return e.g. {@code 6 450 kr}, or an empty string for none
	 */
	public String sek(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(LanguageResolver.SWEDISH);
		format.setMaximumFractionDigits((amount.stripTrailingZeros().scale() > 0) ? 2 : 0);
		format.setMinimumFractionDigits(format.getMaximumFractionDigits());
		return format.format(amount) + "\u00a0kr";
	}

	/**
	 * @param number any number
	 * @return the number with Swedish grouping and decimal comma, e.g. {@code 58,5}
	 */
	public String number(Number number) {
		if (number == null) {
			return "";
		}
		return NumberFormat.getNumberInstance(LanguageResolver.SWEDISH).format(number);
	}

	/**
	 * @param date a date
	 * @return e.g. {@code 2026-11-25}
	 */
	public String date(LocalDate date) {
		return (date != null) ? date.format(DateTimeFormatter.ISO_LOCAL_DATE) : "";
	}

	/**
	 * @param instant a moment
	 * @return its date in Sweden, e.g. {@code 2026-11-25}
	 */
	public String dateOf(Instant instant) {
		return (instant != null) ? instant.atZone(STOCKHOLM).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE)
				: "";
	}

	/**
	 * @param instant a moment
	 * @return Swedish local time, e.g. {@code 2026-11-25 14:05}
	 */
	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(STOCKHOLM)) : "";
	}

}
