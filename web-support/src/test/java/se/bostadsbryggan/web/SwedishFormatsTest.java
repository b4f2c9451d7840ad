package se.bostadsbryggan.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SwedishFormatsTest {

	private final SwedishFormats fmt = new SwedishFormats();

	@Test
	void amountsInKronorWithSpacesBetweenThousands() {
		assertThat(this.fmt.sek(new BigDecimal("6450.00"))).isEqualTo("6\u00a0450\u00a0kr");
		assertThat(this.fmt.sek(new BigDecimal("1234.5"))).isEqualTo("1\u00a0234,50\u00a0kr");
		assertThat(this.fmt.sek(null)).isEmpty();
	}

	@Test
	void numbersWithADecimalComma() {
		assertThat(this.fmt.number(new BigDecimal("58.5"))).isEqualTo("58,5");
	}

	@Test
	void datesAsIsoDatesAndTimesInSwedishTime() {
		assertThat(this.fmt.date(LocalDate.of(2026, 11, 25))).isEqualTo("2026-11-25");
		assertThat(this.fmt.dateTime(Instant.parse("2026-11-25T13:05:00Z"))).isEqualTo("2026-11-25 14:05");
		assertThat(this.fmt.dateOf(Instant.parse("2026-11-25T23:30:00Z"))).isEqualTo("2026-11-26");
	}

	@Test
	void formsAcceptDecimalsAsPeopleTypeThem() throws ParseException {
		DecimalFormatter formatter = new DecimalFormatter();
		assertThat(formatter.parse("58,5", Locale.ROOT)).isEqualByComparingTo("58.5");
		assertThat(formatter.parse("58.5", Locale.ROOT)).isEqualByComparingTo("58.5");
		assertThat(formatter.parse("6 450", Locale.ROOT)).isEqualByComparingTo("6450");
		assertThat(formatter.print(new BigDecimal("58.5"), Locale.ROOT)).isEqualTo("58,5");
		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> formatter.parse("fem", Locale.ROOT));
	}

}
