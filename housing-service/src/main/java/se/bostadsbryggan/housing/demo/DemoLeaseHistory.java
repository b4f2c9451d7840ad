package se.bostadsbryggan.housing.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import se.bostadsbryggan.housing.lease.LeaseType;

/**
 * Each demo apartment's leases, oldest first, with Götene's story since 2015: 21
 * guarantees at the end of 2015, fewer each year (a guarantee ends with its lease) down
 * to the 2 of today; 10–16 social contracts a year, some let as re-lets each year before
 * the turnover page's years, and 1–3 a year taken over to own contracts 10–30 months
 * after they started. Today's situation stays as it was: the running leases, the
 * vacancies and the re-lets of the last four years and this year. The earlier history
 * only changes the old leases of apartments re-let in those years, and re-lets only in
 * years before them. A pure function of the apartment's number and today.
 */
final class DemoLeaseHistory {

	/** Guarantees ending at a re-let, per year from the turnover page's first year on. */
	private static final int[] GUARANTEES_TO_RE_LET = { 2, 1, 1, 2 };

	/** Guarantees ending in 2016 to 2021 with a new first-hand lease. */
	private static final int[] GUARANTEES_ENDING = { 2, 2, 3, 2, 3, 2 };

	/** Social contracts ending at a re-let: the year they started and the re-let year. */
	private static final int[][] SOCIAL_TO_RE_LET = { { 2012, 0 }, { 2013, 0 }, { 2014, 0 }, { 2015, 1 }, { 2017, 2 },
			{ 2018, 0 }, { 2020, 2 }, { 2021, 3 } };

	/**
	 * Social contracts that ended in 2016 to 2021 with a new first-hand lease: the years
	 * they started and ended.
	 */
	private static final int[][] SOCIAL_ENDING = { { 2013, 2016 }, { 2014, 2017 }, { 2016, 2019 } };

	/**
	 * Takeovers to own contracts from 2016 on (repeating) until the turnover page's
	 * years.
	 */
	private static final int[] TAKEOVERS_EARLY = { 2, 1, 3, 2, 2, 3 };

	/** Takeovers at a re-let, per year from the turnover page's first year on. */
	private static final int[] TAKEOVERS_AT_RE_LET = { 1, 2, 2, 1 };

	private final LocalDate today;

	private final int firstProtectedYear;

	private final Map<Integer, Role> roles = new HashMap<>();

	DemoLeaseHistory(LocalDate today) {
		this.today = today;
		this.firstProtectedYear = today.getYear() - 4;
		assign();
	}

	/**
	 * A lease of the history.
	 *
	 * @param type its type
	 * @param start its first day
	 * @param end its last day, or {@code null} while it runs
	 * @param notice its day of notice, or {@code null}
	 * @param takeover whether it starts as the takeover of the social contract before it
	 * @param person the tenant's person number (not for a social contract)
	 */
	record Segment(LeaseType type, LocalDate start, LocalDate end, LocalDate notice, boolean takeover, int person) {

		Segment asTakeover() {
			return new Segment(this.type, this.start, this.end, this.notice, true, this.person);
		}

	}

	/**
	 * @param i the apartment's number
	 * @return its leases, oldest first
	 */
	List<Segment> leases(int i) {
		LocalDate firstStart = firstStart(i);
		LeaseType currentType = currentType(i);
		if (i == HousingDemoData.TRANSFERABLE || i == HousingDemoData.A_MONTH_AWAY) {
			// The own-contract demo: one social contract and nothing before it (so not a
			// re-let), from the 1st of the month 14 months ago, or 11 months ago to the
			// day.
			LocalDate start = (i == HousingDemoData.TRANSFERABLE) ? this.today.minusMonths(14).withDayOfMonth(1)
					: this.today.minusMonths(11);
			return List.of(new Segment(LeaseType.SOCIAL, start, null, null, false, i));
		}
		if (i % 40 == 7) {
			return List.of(new Segment(LeaseType.FIRST_HAND, firstStart, this.today.minusDays(20 + i % 10),
					this.today.minusMonths(4), false, i));
		}
		LocalDate newStart = newStart(i);
		if (newStart == null) {
			return List.of(new Segment(currentType, firstStart, null, null, false, i));
		}
		LocalDate oldEnd = (i == 3) ? newStart.minusDays(2) : newStart.minusDays(1);
		Segment current = new Segment(currentType, newStart, null, null, false, i);
		Role role = this.roles.get(i);
		List<Segment> leases = new ArrayList<>();
		if (role == null) {
			leases.add(ended(LeaseType.FIRST_HAND, firstStart, oldEnd, i + 7));
			leases.add(current);
			return leases;
		}
		switch (role.kind()) {
			case GUARANTEE_TO_RE_LET -> leases.add(ended(LeaseType.GUARANTEED, firstStart, oldEnd, i + 7));
			case GUARANTEE_ENDING -> {
				leases.add(ended(LeaseType.GUARANTEED, firstStart, role.from().minusDays(1), i + 7));
				leases.add(ended(LeaseType.FIRST_HAND, role.from(), oldEnd, i + 19));
			}
			case SOCIAL_TO_RE_LET -> {
				leases.add(ended(LeaseType.FIRST_HAND, firstStart, role.from().minusDays(1), i + 7));
				leases.add(ended(LeaseType.SOCIAL, role.from(), oldEnd, i));
			}
			case SOCIAL_ENDING -> {
				leases.add(ended(LeaseType.FIRST_HAND, firstStart, role.from().minusDays(1), i + 7));
				leases.add(ended(LeaseType.SOCIAL, role.from(), role.to().minusDays(1), i));
				leases.add(ended(LeaseType.FIRST_HAND, role.to(), oldEnd, i + 19));
			}
			case TAKEOVER -> {
				leases.add(ended(LeaseType.FIRST_HAND, firstStart, role.from().minusDays(1), i + 7));
				leases.add(new Segment(LeaseType.SOCIAL, role.from(), null, null, false, i));
				leases.add(ended(LeaseType.FIRST_HAND, role.to(), oldEnd, i + 19).asTakeover());
			}
			case TAKEOVER_AT_RE_LET -> {
				// A social contract that starts in the turnover page's years is the
				// apartment's first lease here, so that it adds no re-let to them.
				if (role.from().getYear() < this.firstProtectedYear) {
					leases.add(ended(LeaseType.FIRST_HAND, firstStart, role.from().minusDays(1), i + 7));
				}
				leases.add(new Segment(LeaseType.SOCIAL, role.from(), null, null, false, i));
				leases.add(new Segment(currentType, newStart, null, null, true, i));
				return leases;
			}
		}
		leases.add(current);
		return leases;
	}

	private static Segment ended(LeaseType type, LocalDate start, LocalDate end, int person) {
		LocalDate notice = end.minusMonths(3);
		return new Segment(type, start, end, notice.isBefore(start) ? start : notice, false, person);
	}

	// The roles, each given to the first apartment (in a spread order) that fits it.
	private void assign() {
		int lastYear = this.today.getYear() - 1;
		for (int k = 0; k < GUARANTEES_TO_RE_LET.length; k++) {
			int year = this.firstProtectedYear + k;
			for (int n = 0; n < GUARANTEES_TO_RE_LET[k]; n++) {
				give((i) -> reLetYear(i) == year && firstStart(i).getYear() <= 2015,
						(i) -> new Role(Kind.GUARANTEE_TO_RE_LET, null, null));
			}
		}
		for (int k = 0; k < GUARANTEES_ENDING.length; k++) {
			int year = earlyYear(2016 + k);
			for (int n = 0; n < GUARANTEES_ENDING[k]; n++) {
				give((i) -> reLetYear(i) <= lastYear && firstStart(i).getYear() <= 2015,
						(i) -> new Role(Kind.GUARANTEE_ENDING, LocalDate.of(year, 1 + i % 12, 1), null));
			}
		}
		for (int[] social : SOCIAL_TO_RE_LET) {
			int year = earlyYear(social[0]);
			int reLet = this.firstProtectedYear + social[1];
			give((i) -> reLetYear(i) == reLet && firstStart(i).isBefore(LocalDate.of(year, 1, 1)),
					(i) -> new Role(Kind.SOCIAL_TO_RE_LET, LocalDate.of(year, 1 + i * 5 % 12, 1), null));
		}
		for (int[] social : SOCIAL_ENDING) {
			int year = earlyYear(social[0]);
			int endYear = earlyYear(social[1]);
			give((i) -> reLetYear(i) <= lastYear && firstStart(i).isBefore(LocalDate.of(year, 1, 1)),
					(i) -> new Role(Kind.SOCIAL_ENDING, LocalDate.of(year, 1 + i * 5 % 12, 1),
							LocalDate.of(endYear, 1 + i * 3 % 12, 1)));
		}
		for (int y = 2016; y < this.firstProtectedYear; y++) {
			int year = y;
			for (int n = 0; n < TAKEOVERS_EARLY[(year - 2016) % TAKEOVERS_EARLY.length]; n++) {
				give((i) -> reLetYear(i) <= lastYear && firstStart(i).isBefore(socialStart(i, takeoverDay(i, year))),
						(i) -> new Role(Kind.TAKEOVER, socialStart(i, takeoverDay(i, year)), takeoverDay(i, year)));
			}
		}
		for (int k = 0; k < TAKEOVERS_AT_RE_LET.length; k++) {
			int year = this.firstProtectedYear + k;
			for (int n = 0; n < TAKEOVERS_AT_RE_LET[k]; n++) {
				give((i) -> reLetYear(i) == year && firstStart(i).isBefore(socialStart(i, newStart(i))),
						(i) -> new Role(Kind.TAKEOVER_AT_RE_LET, socialStart(i, newStart(i)), newStart(i)));
			}
		}
	}

	private void give(IntPredicate fits, IntFunction<Role> role) {
		for (int k = 0; k < 400; k++) {
			// 7 and 400 are coprime: every apartment once, spread over the properties.
			int i = (k * 7 + 1) % 400;
			if (!this.roles.containsKey(i) && ordinary(i) && fits.test(i)) {
				this.roles.put(i, role.apply(i));
				return;
			}
		}
	}

	// Apartments whose history stays as it was: the own-contract demo, the re-let
	// across the new year and the one that took over apartment 5's re-let, today's
	// social contracts and guaranteed leases, and apartments not re-let in the
	// turnover page's years.
	private boolean ordinary(int i) {
		return i != 3 && i != 4 && i != HousingDemoData.BLOCKED && currentType(i) == LeaseType.FIRST_HAND && i % 40 != 7
				&& reLetYear(i) < Integer.MAX_VALUE;
	}

	// A year before the turnover page's years, whatever today is.
	private int earlyYear(int year) {
		return Math.min(year, this.firstProtectedYear - 1);
	}

	private LocalDate takeoverDay(int i, int year) {
		return LocalDate.of(year, 1 + i * 5 % 12, 1);
	}

	// 10 to 30 months before the takeover.
	private static LocalDate socialStart(int i, LocalDate takeover) {
		return takeover.minusMonths(10 + i * 7 % 21);
	}

	static LeaseType currentType(int i) {
		return (i % 33 == 5) ? LeaseType.SOCIAL : (i == 50 || i == 250) ? LeaseType.GUARANTEED : LeaseType.FIRST_HAND;
	}

	static LocalDate firstStart(int i) {
		return LocalDate.of(2008 + i % 12, 1 + i % 12, 1);
	}

	/**
	 * Which apartments are re-let in which year follows from the number: 60 re-lets last
	 * year (one of them across the new year), 40 in each of the three years before, 20 so
	 * far this year.
	 */
	private int reLetYear(int i) {
		int thisYear = this.today.getYear();
		int lastYear = thisYear - 1;
		Integer year = switch (i % 20) {
			case 3, 11, 17 -> lastYear;
			case 5, 9 -> lastYear - 1;
			case 0, 14 -> lastYear - 2;
			case 6, 12 -> lastYear - 3;
			case 1 -> (this.today.getDayOfYear() > 40) ? thisYear : null;
			// Apartment 4 takes the re-let of apartment 5, the transferable demo
			// contract.
			default -> (i == 4) ? lastYear - 1 : null;
		};
		return (year != null) ? year : Integer.MAX_VALUE;
	}

	private LocalDate newStart(int i) {
		int reLetYear = reLetYear(i);
		if (reLetYear == Integer.MAX_VALUE) {
			return null;
		}
		if (i == 3) {
			// Across the new year: the old lease ends 31 December, the new one starts 2
			// January.
			return LocalDate.of(reLetYear, 1, 2);
		}
		int lastMonth = (reLetYear == this.today.getYear()) ? Math.max(1, this.today.getMonthValue() - 1) : 12;
		return LocalDate.of(reLetYear, 1 + i % lastMonth, 1);
	}

	private enum Kind {

		GUARANTEE_TO_RE_LET, GUARANTEE_ENDING, SOCIAL_TO_RE_LET, SOCIAL_ENDING, TAKEOVER, TAKEOVER_AT_RE_LET

	}

	/**
	 * @param kind what happens to the apartment's old lease
	 * @param from the day the guarantee's successor or the social contract starts
	 * @param to the day the social contract's successor starts (a takeover or not)
	 */
	private record Role(Kind kind, LocalDate from, LocalDate to) {
	}

}
