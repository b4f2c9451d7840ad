package se.bostadsbryggan.social.guarantee;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.social.guarantee.Overview.Counts;
import se.bostadsbryggan.social.guarantee.Overview.Span;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The yearly overview's counts from a small fixture counted by hand.
 */
class OverviewTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	// Guarantees: A 2023-05-01..2024-01-01 (active 2023 and 2024: one day counts),
	// B 2024-12-31..open, C 2025-03-01..2025-03-31, D 2026-11-25..open (starts today).
	private static final List<Span> GUARANTEES = List.of(span("2023-05-01", "2024-01-01"), span("2024-12-31", null),
			span("2025-03-01", "2025-03-31"), span("2026-11-25", null));

	// Contracts: E 2024-02-01..2026-11-24 (ended yesterday), F 2026-01-01..2027-06-30.
	private static final List<Span> CONTRACTS = List.of(span("2024-02-01", "2026-11-24"),
			span("2026-01-01", "2027-06-30"));

	@Test
	void countsActiveStartedAndEndedPerYearFromTheEarliestStartToThisYear() {
		Overview overview = Overview.of(GUARANTEES, CONTRACTS, TODAY);

		assertThat(overview.years()).extracting(Overview.Year::year).containsExactly(2023, 2024, 2025, 2026);
		assertThat(overview.years()).extracting(Overview.Year::guarantees)
			.containsExactly(new Counts(1, 1, 0), new Counts(2, 1, 1), new Counts(2, 1, 1), new Counts(2, 1, 0));
		assertThat(overview.years()).extracting(Overview.Year::contracts)
			.containsExactly(new Counts(0, 0, 0), new Counts(1, 1, 0), new Counts(1, 0, 0), new Counts(2, 1, 1));
	}

	@Test
	void nowCountsWhatIsActiveToday() {
		Overview overview = Overview.of(GUARANTEES, CONTRACTS, TODAY);

		assertThat(overview.guaranteesNow()).isEqualTo(2);
		assertThat(overview.contractsNow()).isEqualTo(1);
		assertThat(overview.maxActive()).isEqualTo(2);
	}

	@Test
	void withoutDataTheOverviewHasThisYearOnlyWithZeros() {
		Overview overview = Overview.of(List.of(), List.of(), TODAY);

		assertThat(overview.years()).containsExactly(new Overview.Year(2026, new Counts(0, 0, 0), new Counts(0, 0, 0)));
		assertThat(overview.guaranteesNow()).isZero();
		assertThat(OverviewChart.of(overview).years()).singleElement()
			.satisfies((year) -> assertThat(year.guarantees().height()).isZero());
	}

	@Test
	void theChartsBarsAreProportionalToTheLargestCount() {
		OverviewChart chart = OverviewChart.of(Overview.of(GUARANTEES, CONTRACTS, TODAY));

		assertThat(chart.years()).hasSize(4);
		OverviewChart.YearBars first = chart.years().get(0);
		OverviewChart.YearBars last = chart.years().get(3);
		assertThat(last.guarantees().height()).isEqualTo(2 * first.guarantees().height());
		assertThat(last.guarantees().y() + last.guarantees().height()).isEqualTo(chart.baseline());
		assertThat(first.contracts().height()).isZero();
	}

	@Test
	void theCsvFileIsUtf8WithAByteOrderMarkSemicolonsAndOneRowPerYear() {
		byte[] csv = OverviewCsv.write(List.of("År", "A", "B", "C", "D", "E", "F; G"),
				Overview.of(GUARANTEES, CONTRACTS, TODAY));

		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		String[] lines = new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n");
		assertThat(lines).containsExactly("År;A;B;C;D;E;\"F; G\"", "2023;1;1;0;0;0;0", "2024;2;1;1;1;1;0",
				"2025;2;1;1;1;0;0", "2026;2;1;0;2;1;1");
	}

	private static Span span(String start, String end) {
		return new Span(LocalDate.parse(start), (end != null) ? LocalDate.parse(end) : null);
	}

}
