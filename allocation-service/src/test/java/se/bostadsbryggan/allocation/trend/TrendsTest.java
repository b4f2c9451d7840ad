package se.bostadsbryggan.allocation.trend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pure trend arithmetic: medians, shares, reference days and which contracts count on
 * them.
 */
class TrendsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@Test
	void theMedianOfAnOddCountIsTheMiddleValueInMonthsWithOneDecimal() {
		// 365 days / 30.4375 = 11.99..., the middle of 100, 365 and 700.
		assertThat(Trends.medianMonths(List.of(700L, 100L, 365L))).isEqualByComparingTo("12.0");
	}

	@Test
	void theMedianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
		// (400 + 463) / 2 = 431.5 days = 14.176... months.
		assertThat(Trends.medianMonths(List.of(463L, 1000L, 10L, 400L))).isEqualByComparingTo("14.2");
	}

	@Test
	void noTakeoversHaveNoMedian() {
		assertThat(Trends.medianMonths(List.of())).isNull();
	}

	@Test
	void sharesAreRoundedHalfUpToOneDecimalAndUnknownWithoutAWhole() {
		// 1 of 16 = 6.25 % -> 6.3 %; 1 of 12 = 8.333... -> 8.3 %; 2 of 3 = 66.66... ->
		// 66.7 %.
		assertThat(Trends.percent(1, 16)).isEqualByComparingTo("6.3");
		assertThat(Trends.percent(1, 12)).isEqualByComparingTo("8.3");
		assertThat(Trends.percent(2, 3)).isEqualByComparingTo("66.7");
		assertThat(Trends.percent(3, 0)).isNull();
		assertThat(Trends.percent(3, null)).isNull();
	}

	@Test
	void theReferenceDayIsTodayInTheCurrentYearAndNewYearsEveBefore() {
		assertThat(Trends.referenceDay(2026, TODAY)).isEqualTo(TODAY);
		assertThat(Trends.referenceDay(2025, TODAY)).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@Test
	void theYearsShownStartAtTheFirstKnownYearButAtMostFifteenYearsBack() {
		assertThat(Trends.firstYearShown(2024, TODAY)).isEqualTo(2024);
		assertThat(Trends.firstYearShown(1990, TODAY)).isEqualTo(2012);
		assertThat(Trends.firstYearShown(null, TODAY)).isEqualTo(2026);
	}

	@Test
	void aContractCountsUpToItsLastDayAndAGuaranteeNotFromItsRelease() {
		List<ContractRow> contracts = List.of(
				// Ends on New Year's Eve 2024: counts in 2024, not in 2025.
				new ContractRow("SOCIAL", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31), null, null),
				// Starts after today: not running this year.
				new ContractRow("SOCIAL", LocalDate.of(2026, 12, 4), null, null, null),
				// Released on 31 December 2025: not counted that day, counted as
				// released.
				new ContractRow("GUARANTEED", LocalDate.of(2024, 6, 1), null, LocalDate.of(2025, 12, 31), null),
				// Taken over after 200 days in 2025.
				new ContractRow("SOCIAL", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 19), null,
						LocalDate.of(2025, 7, 20)));

		List<TrendYear> years = Trends.compute(TODAY, 2024, contracts, List.of(new YearCounts(2025, 3, 4, 12, 1)));

		assertThat(years).extracting(TrendYear::year).containsExactly(2024, 2025, 2026);
		TrendYear y2024 = years.get(0);
		assertThat(y2024.socialActive()).isEqualTo(1);
		assertThat(y2024.guaranteesActive()).isEqualTo(1);
		assertThat(y2024.quota()).isNull();
		assertThat(y2024.reLetSharePercent()).isNull();
		TrendYear y2025 = years.get(1);
		assertThat(y2025.socialActive()).isZero();
		assertThat(y2025.guaranteesActive()).isZero();
		assertThat(y2025.guaranteesReleased()).isEqualTo(1);
		assertThat(y2025.takeovers()).isEqualTo(1);
		// 200 days / 30.4375 = 6.57 months.
		assertThat(y2025.medianMonthsToOwnContract()).isEqualByComparingTo("6.6");
		assertThat(y2025.quotaUsedPercent()).isEqualByComparingTo("75.0");
		assertThat(y2025.reLetSharePercent()).isEqualByComparingTo(new BigDecimal("8.3"));
		TrendYear y2026 = years.get(2);
		assertThat(y2026.referenceDay()).isEqualTo(TODAY);
		assertThat(y2026.socialActive()).isZero();
		assertThat(y2026.takeovers()).isZero();
		assertThat(y2026.medianMonthsToOwnContract()).isNull();
	}

}
