package se.bostadsbryggan.allocation.trend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.bostadsbryggan.allocation.quota.QuotaView;

/**
 * The trend figures computed from plain rows, without the database: the years shown, each
 * year's reference day, the contracts running on it, the takeovers and their median time,
 * and the shares.
 */
final class Trends {

	/** The most years shown, the current one included. */
	static final int MAX_YEARS = 15;

	/** The average length of a month in days (365.25 / 12). */
	static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.4375");

	private Trends() {
	}

	/**
	 * @param firstYear the first year with any contract or turnover, or {@code null} with
	 * none
	 * @param today today
	 * @return the first year shown: that year, but at most {@value #MAX_YEARS} years
	 * back, and today's year when nothing is known
	 */
	static int firstYearShown(Integer firstYear, LocalDate today) {
		int earliest = today.getYear() - MAX_YEARS + 1;
		if (firstYear == null || firstYear > today.getYear()) {
			return today.getYear();
		}
		return Math.max(firstYear, earliest);
	}

	/**
	 * @param year a year
	 * @param today today
	 * @return the day a year's running contracts are counted on: 31 December, or today in
	 * the current year
	 */
	static LocalDate referenceDay(int year, LocalDate today) {
		return (year == today.getYear()) ? today : LocalDate.of(year, 12, 31);
	}

	/**
	 * @param days any durations in days
	 * @return their median in months with one decimal (half up): the middle value, or the
	 * mean of the two middle values of an even count; {@code null} for none
	 */
	static BigDecimal medianMonths(List<Long> days) {
		if (days.isEmpty()) {
			return null;
		}
		List<Long> sorted = days.stream().sorted().toList();
		int middle = sorted.size() / 2;
		BigDecimal medianDays = (sorted.size() % 2 == 1) ? BigDecimal.valueOf(sorted.get(middle))
				: BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.TWO);
		return medianDays.divide(DAYS_PER_MONTH, 1, RoundingMode.HALF_UP);
	}

	/**
	 * @param part a part
	 * @param whole the whole, or {@code null}
	 * @return the part of the whole in percent with one decimal (half up), or
	 * {@code null} when the whole is unknown or zero
	 */
	static BigDecimal percent(int part, Integer whole) {
		// The quota page's share, so both pages round every percentage alike.
		return QuotaView.Fairness.sharePercent(part, whole);
	}

	/**
	 * @param today today
	 * @param firstYear the first year shown
	 * @param contracts every social contract and guarantee
	 * @param counts the figures kept per year, by year (a year missing has none)
	 * @return one entry per year from the first year to today's, in order
	 */
	static List<TrendYear> compute(LocalDate today, int firstYear, List<ContractRow> contracts,
			List<YearCounts> counts) {
		Map<Integer, YearCounts> byYear = counts.stream()
			.collect(Collectors.toMap(YearCounts::year, Function.identity()));
		List<TrendYear> years = new ArrayList<>();
		for (int year = firstYear; year <= today.getYear(); year++) {
			years.add(year(year, today, contracts, byYear.getOrDefault(year, new YearCounts(year, 0, null, null, 0))));
		}
		return years;
	}

	private static TrendYear year(int year, LocalDate today, List<ContractRow> contracts, YearCounts counts) {
		LocalDate day = referenceDay(year, today);
		int social = 0;
		int guarantees = 0;
		int guaranteesReleased = 0;
		List<Long> daysToOwnContract = new ArrayList<>();
		for (ContractRow contract : contracts) {
			boolean guaranteed = "GUARANTEED".equals(contract.leaseType());
			if (contract.runsOn(day)) {
				if (!guaranteed) {
					social++;
				}
				else if (contract.guaranteeReleasedOn() == null || contract.guaranteeReleasedOn().isAfter(day)) {
					guarantees++;
				}
			}
			if (guaranteed && contract.guaranteeReleasedOn() != null
					&& contract.guaranteeReleasedOn().getYear() == year) {
				guaranteesReleased++;
			}
			if (contract.takenOverOn() != null && contract.takenOverOn().getYear() == year) {
				daysToOwnContract.add(ChronoUnit.DAYS.between(contract.startDate(), contract.takenOverOn()));
			}
		}
		return new TrendYear(year, day, social, guarantees, counts.placements(), counts.quota(),
				percent(counts.placements(), counts.quota()), daysToOwnContract.size(), guaranteesReleased,
				medianMonths(daysToOwnContract), counts.reLets(), counts.socialStarted(),
				percent(counts.socialStarted(), counts.reLets()));
	}

}
