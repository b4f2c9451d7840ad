package se.bostadsbryggan.social.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The social contracts and guaranteed leases of housing-service's demo data
 * ({@code HousingDemoData}), computed the same way from the apartment's number {@code i}
 * (0 to 399) and today's date, so that both organisations' demos tell of the same
 * apartments, addresses, start dates and tenants. Social services cannot call
 * housing-service's code (each service keeps to its own), so the rules are repeated here:
 * keep them in step with {@code HousingDemoData#letWithHistory}, {@code #register},
 * {@code #lease} and {@code #personalIdentityNumber}. {@code HousingDemoTenanciesTest}
 * pins the results.
 */
final class HousingDemoTenancies {

	private static final int APARTMENTS = 400;

	private static final List<String> STREETS = List.of("Storgatan", "Kyrkvägen", "Ängsgatan", "Prästgårdsvägen",
			"Hönsätervägen");

	private static final List<String> FIRST_NAMES = List.of("Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara",
			"Per", "Emma", "Nils", "Lena", "Ali", "Fatima", "Oskar", "Ingrid", "Ahmed", "Elin", "Gustav");

	private static final List<String> LAST_NAMES = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
			"Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Hassan", "Lindberg");

	/** The social contract of the own-contract demo that is transferable after start. */
	static final int TRANSFERABLE = 5;

	/** The social contract of the own-contract demo that is transferable in a month. */
	static final int MONTH_AWAY = 38;

	/**
	 * The social contract of the own-contract demo blocked by a disturbance (verified on
	 * housing's side two months ago).
	 */
	static final int BLOCKED = 71;

	/** The apartments housing lets with a guarantee. */
	static final List<Integer> GUARANTEED = List.of(50, 250);

	private HousingDemoTenancies() {
	}

	/**
	 * @return the numbers of the apartments housing lets on social contracts (12)
	 */
	static List<Integer> socialContracts() {
		return IntStream.range(0, APARTMENTS).filter((i) -> i % 33 == 5 && i % 40 != 7).boxed().toList();
	}

	/**
	 * @param i the apartment's number
	 * @return its object number, e.g. {@code 1101-0106}
	 */
	static String objectNumber(int i) {
		int p = i / 80;
		int s = (i % 80) / 16;
		int a = i % 16;
		return String.format("%d%02d-%02d%02d", 11 + p, s + 1, a / 4, a % 4 + 1);
	}

	/**
	 * @param i the apartment's number
	 * @return its street address with entrance, e.g. {@code Storgatan 10A}
	 */
	static String address(int i) {
		int s = (i % 80) / 16;
		return STREETS.get(i / 80) + " " + (2 * s + 10) + "A";
	}

	/**
	 * @param i the apartment's number
	 * @param today today
	 * @return the first day of the apartment's current lease
	 */
	static LocalDate currentLeaseStart(int i, LocalDate today) {
		// The own-contract demo: one social contract transferable soon after start (on
		// the 1st, 14 months ago), one a month away (11 months ago today).
		if (i == TRANSFERABLE) {
			return today.withDayOfMonth(1).minusMonths(14);
		}
		if (i == MONTH_AWAY) {
			return today.minusMonths(11);
		}
		int thisYear = today.getYear();
		int lastYear = thisYear - 1;
		LocalDate firstStart = LocalDate.of(2008 + i % 12, 1 + i % 12, 1);
		Integer reLetYear = switch (i % 20) {
			case 3, 11, 17 -> lastYear;
			case 5, 9 -> lastYear - 1;
			case 0, 14 -> lastYear - 2;
			case 6, 12 -> lastYear - 3;
			case 1 -> (today.getDayOfYear() > 40) ? thisYear : null;
			default -> null;
		};
		if (reLetYear == null) {
			return firstStart;
		}
		if (i == 3) {
			return LocalDate.of(reLetYear, 1, 2);
		}
		int lastMonth = (reLetYear == thisYear) ? Math.max(1, today.getMonthValue() - 1) : 12;
		return LocalDate.of(reLetYear, 1 + i % lastMonth, 1);
	}

	/**
	 * @param person the person's number (the apartment's for a current tenant)
	 * @return the tenant's name in housing's demo
	 */
	static String tenantName(int person) {
		return FIRST_NAMES.get(person % FIRST_NAMES.size()) + " "
				+ LAST_NAMES.get((person / FIRST_NAMES.size() + person) % LAST_NAMES.size());
	}

	/**
	 * @param person the person's number
	 * @return the tenant's valid, made-up personal identity number in housing's demo (12
	 * digits)
	 */
	static String personalIdentityNumber(int person) {
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(person * 37L % 18000);
		String first = String.format("%04d%02d%02d%03d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
				person % 1000);
		return first + checkDigit(first.substring(2));
	}

	/**
	 * @param nineDigits the nine digits after the century
	 * @return the Luhn check digit
	 */
	static int checkDigit(String nineDigits) {
		int sum = 0;
		for (int k = 0; k < nineDigits.length(); k++) {
			int digit = (nineDigits.charAt(k) - '0') * ((k % 2 == 0) ? 2 : 1);
			sum += (digit > 9) ? digit - 9 : digit;
		}
		return (10 - sum % 10) % 10;
	}

}
