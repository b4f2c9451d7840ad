package se.bostadsbryggan.housing.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.bostadsbryggan.housing.lease.LeaseType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's history since 2015 tells Götene's story without changing today's situation
 * or the turnover page's years.
 */
class DemoLeaseHistoryTest {

	private static final int APARTMENTS = 400;

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-03", "2027-03-15", "2030-06-30" })
	void todaysLeasesVacanciesAndTheLastFourYearsReLetsAreThoseOfTheDemoWithoutHistory(String day) {
		LocalDate today = LocalDate.parse(day);
		DemoLeaseHistory history = new DemoLeaseHistory(today);
		int lastYear = today.getYear() - 1;
		for (int i = 0; i < APARTMENTS; i++) {
			List<DemoLeaseHistory.Segment> leases = history.leases(i);
			DemoLeaseHistory.Segment last = leases.get(leases.size() - 1);
			if (i % 40 == 7) {
				assertThat(last.end()).as("apartment %d", i).isBefore(today);
			}
			else {
				assertThat(last.end()).as("apartment %d", i).isNull();
				assertThat(last.type()).as("apartment %d", i).isEqualTo(DemoLeaseHistory.currentType(i));
			}
			assertConsecutive(i, leases);
		}
		assertThat(reLets(history, lastYear)).isEqualTo(60);
		assertThat(reLets(history, lastYear - 1)).isEqualTo(40);
		assertThat(reLets(history, lastYear - 2)).isEqualTo(40);
		assertThat(reLets(history, lastYear - 3)).isEqualTo(40);
		assertThat(active(history, LeaseType.SOCIAL, today)).isEqualTo(12);
		assertThat(active(history, LeaseType.GUARANTEED, today)).isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-12-03", "2027-03-15" })
	void guaranteesFallFromAbout21In2015AndSocialContractsAreTakenOverEveryYear(String day) {
		LocalDate today = LocalDate.parse(day);
		DemoLeaseHistory history = new DemoLeaseHistory(today);
		int lastYear = today.getYear() - 1;
		assertThat(active(history, LeaseType.GUARANTEED, LocalDate.of(2015, 12, 31))).isBetween(19, 23);
		int previous = Integer.MAX_VALUE;
		for (int year = 2015; year <= lastYear; year++) {
			LocalDate yearEnd = LocalDate.of(year, 12, 31);
			int guarantees = active(history, LeaseType.GUARANTEED, yearEnd);
			assertThat(guarantees).as("guarantees %d", year).isLessThanOrEqualTo(previous);
			previous = guarantees;
			assertThat(active(history, LeaseType.SOCIAL, yearEnd)).as("social contracts %d", year).isBetween(8, 18);
			if (year >= 2016) {
				assertThat(takeovers(history, year)).as("takeovers %d", year).isBetween(1, 4);
			}
		}
		for (int i = 0; i < APARTMENTS; i++) {
			List<DemoLeaseHistory.Segment> leases = history.leases(i);
			for (int k = 1; k < leases.size(); k++) {
				if (leases.get(k).takeover()) {
					long months = ChronoUnit.MONTHS.between(leases.get(k - 1).start(), leases.get(k).start());
					assertThat(months).as("apartment %d", i).isBetween(10L, 30L);
				}
			}
		}
		assertThat(socialReLets(history, 2016)).isPositive();
		assertThat(socialReLets(history, lastYear)).isPositive();
	}

	private static void assertConsecutive(int i, List<DemoLeaseHistory.Segment> leases) {
		for (int k = 1; k < leases.size(); k++) {
			DemoLeaseHistory.Segment before = leases.get(k - 1);
			DemoLeaseHistory.Segment after = leases.get(k);
			LocalDate end = endOf(leases, before);
			assertThat(end).as("apartment %d lease %d", i, k).isNotNull().isBefore(after.start());
			assertThat(before.start()).as("apartment %d lease %d", i, k).isBefore(end);
			if (after.takeover()) {
				assertThat(before.type()).isEqualTo(LeaseType.SOCIAL);
				assertThat(before.end()).as("a social contract taken over runs until the takeover").isNull();
			}
		}
	}

	// As housing's turnover counts them: a lease that starts after an earlier one ended.
	static int reLets(DemoLeaseHistory history, int year) {
		return reLetsOf(history, year, null);
	}

	static int socialReLets(DemoLeaseHistory history, int year) {
		return reLetsOf(history, year, LeaseType.SOCIAL);
	}

	private static int reLetsOf(DemoLeaseHistory history, int year, LeaseType type) {
		int count = 0;
		for (int i = 0; i < APARTMENTS; i++) {
			List<DemoLeaseHistory.Segment> leases = history.leases(i);
			for (int k = 1; k < leases.size(); k++) {
				if (leases.get(k).start().getYear() == year && (type == null || leases.get(k).type() == type)) {
					count++;
				}
			}
		}
		return count;
	}

	static int active(DemoLeaseHistory history, LeaseType type, LocalDate day) {
		int count = 0;
		for (int i = 0; i < APARTMENTS; i++) {
			for (DemoLeaseHistory.Segment lease : history.leases(i)) {
				// A social contract taken over ends the day before the takeover.
				LocalDate end = endOf(history.leases(i), lease);
				if (lease.type() == type && !lease.start().isAfter(day) && (end == null || !end.isBefore(day))) {
					count++;
				}
			}
		}
		return count;
	}

	static int takeovers(DemoLeaseHistory history, int year) {
		int count = 0;
		for (int i = 0; i < APARTMENTS; i++) {
			for (DemoLeaseHistory.Segment lease : history.leases(i)) {
				if (lease.takeover() && lease.start().getYear() == year) {
					count++;
				}
			}
		}
		return count;
	}

	private static LocalDate endOf(List<DemoLeaseHistory.Segment> leases, DemoLeaseHistory.Segment lease) {
		if (lease.end() != null) {
			return lease.end();
		}
		int k = leases.indexOf(lease);
		return (k + 1 < leases.size() && leases.get(k + 1).takeover()) ? leases.get(k + 1).start().minusDays(1) : null;
	}

}
