package se.bostadsbryggan.allocation.agreement;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quota rule: round half up of share × the apartments re-let last year / 100.
 */
class QuotaRuleTest {

	@ParameterizedTest(name = "{0} apartments at {1} % give {2}")
	@CsvSource({ "62, 10, 6", "60, 10, 6", "64, 10, 6", "65, 10, 7", "66, 10, 7", "45, 10, 5", "44, 10, 4", "15, 10, 2",
			"14, 10, 1", "5, 10, 1", "4, 10, 0", "0, 10, 0", "62, 7.5, 5", "60, 7.5, 5", "58, 7.5, 4", "400, 2.5, 10",
			"3, 50, 2", "1, 100, 1" })
	void aShareIsRoundedHalfUp(int apartmentsReLet, BigDecimal percent, int quota) {
		assertThat(Agreement.quota(QuotaMode.SHARE, percent, null, apartmentsReLet)).isEqualTo(quota);
	}

	@Test
	void aFixedNumberIsTheQuotaWhateverTheTurnover() {
		assertThat(Agreement.quota(QuotaMode.FIXED, null, 8, 62)).isEqualTo(8);
		assertThat(Agreement.quota(QuotaMode.FIXED, null, 8, null)).isEqualTo(8);
	}

	@Test
	void aShareHasNoQuotaWhileLastYearsTurnoverIsUnknown() {
		assertThat(Agreement.quota(QuotaMode.SHARE, BigDecimal.TEN, null, null)).isNull();
	}

	@Test
	void thePropertyLimitIsItsShareRoundedDownButAtLeastOne() {
		Agreement agreement = new Agreement(2030, 1, AgreementTerms.defaults(), "chef", "HOUSING",
				java.time.Instant.parse("2030-01-01T00:00:00Z"));
		assertThat(agreement.maxPerProperty(80)).isEqualTo(8);
		assertThat(agreement.maxPerProperty(89)).isEqualTo(8);
		assertThat(agreement.maxPerProperty(5)).isEqualTo(1);
	}

	@Test
	void theChangesOfAVersionNameEachTermThatChanged() {
		AgreementTerms first = AgreementTerms.defaults();
		AgreementTerms second = new AgreementTerms(QuotaMode.FIXED, null, 9, 2, 10, 7, 6, 12, 12, 5, 12, 6, 0, 1, null);
		java.time.Instant at = java.time.Instant.parse("2030-01-01T00:00:00Z");
		Agreement v1 = new Agreement(2030, 1, first, "chef", "HOUSING", at);
		Agreement v2 = new Agreement(2030, 2, second, "chef", "HOUSING", at);

		assertThat(v2.changesSince(v1)).containsExactly(new Agreement.Change("quotaMode", "SHARE", "FIXED"),
				new Agreement.Change("quotaPercent", "10", null), new Agreement.Change("quotaFixed", null, "9"),
				new Agreement.Change("maxPerStairwell", "1", "2"),
				new Agreement.Change("takeoverReminderDays", "14", "0"));
		assertThat(v1.changesSince(null)).hasSize(12);
	}

}
