package se.bostadsbryggan.social.guarantee;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How many guarantees and social contracts are active now and per year, for the whole
 * municipality: counts only, no one named. A guarantee or contract counts as active in a
 * year if it was active on any day of it (from its first day through its last, included);
 * it counts as started in the year of its first day and as ended in the year of its last.
 *
 * @param today the day "now" means
 * @param guaranteesNow guarantees active today
 * @param contractsNow social contracts running today
 * @param years one row per year, from the earliest start in the data to this year
 */
public record Overview(LocalDate today, int guaranteesNow, int contractsNow, List<Year> years) {

	/**
	 * @param guarantees every guarantee's period
	 * @param contracts every social contract's period
	 * @param today today
	 * @return the overview
	 */
	static Overview of(List<Span> guarantees, List<Span> contracts, LocalDate today) {
		int thisYear = today.getYear();
		int first = Stream.concat(guarantees.stream(), contracts.stream())
			.mapToInt((span) -> span.start().getYear())
			.min()
			.orElse(thisYear);
		List<Year> years = new ArrayList<>();
		for (int year = Math.min(first, thisYear); year <= thisYear; year++) {
			years.add(new Year(year, count(guarantees, year), count(contracts, year)));
		}
		return new Overview(today, activeOn(guarantees, today), activeOn(contracts, today), List.copyOf(years));
	}

	private static Counts count(List<Span> spans, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		int active = 0;
		int started = 0;
		int ended = 0;
		for (Span span : spans) {
			if (!span.start().isAfter(last) && (span.end() == null || !span.end().isBefore(first))) {
				active++;
			}
			if (span.start().getYear() == year) {
				started++;
			}
			if (span.end() != null && span.end().getYear() == year) {
				ended++;
			}
		}
		return new Counts(active, started, ended);
	}

	private static int activeOn(List<Span> spans, LocalDate day) {
		return (int) spans.stream()
			.filter((span) -> !span.start().isAfter(day) && (span.end() == null || !span.end().isBefore(day)))
			.count();
	}

	/**
	 * @return the most active guarantees or contracts in any year (at least 1)
	 */
	public int maxActive() {
		return Math.max(1,
				this.years.stream()
					.mapToInt((year) -> Math.max(year.guarantees().active(), year.contracts().active()))
					.max()
					.orElse(0));
	}

	/**
	 * A guarantee's or contract's first and last day.
	 *
	 * @param start first day
	 * @param end last day, or {@code null} while it lasts
	 */
	record Span(LocalDate start, LocalDate end) {
	}

	/**
	 * One year's counts.
	 *
	 * @param year the year
	 * @param guarantees of guarantees
	 * @param contracts of social contracts
	 */
	public record Year(int year, Counts guarantees, Counts contracts) {
	}

	/**
	 * Counts of one kind in a year.
	 *
	 * @param active active on some day of the year
	 * @param started started in the year
	 * @param ended ended in the year
	 */
	public record Counts(int active, int started, int ended) {
	}

}
