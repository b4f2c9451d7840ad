package se.bostadsbryggan.social.client;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fictitious clients for tests: valid personal identity numbers of people born in the
 * 1900s, different on every call.
 */
public final class TestClients {

	private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100, 900));

	private TestClients() {
	}

	/**
	 * @return a valid number as {@code YYYYMMDD-XXXX}
	 */
	public static String nextNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String date = String.format("19%02d%02d%02d", random.nextInt(30, 100), random.nextInt(1, 13),
				random.nextInt(1, 29));
		String serial = String.format("%03d", SERIAL.getAndIncrement() % 1000);
		String nine = date.substring(2) + serial;
		return date + "-" + serial + checkDigit(nine);
	}

	static int checkDigit(String nineDigits) {
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int digit = (nineDigits.charAt(i) - '0') * ((i % 2 == 0) ? 2 : 1);
			sum += (digit > 9) ? digit - 9 : digit;
		}
		return (10 - sum % 10) % 10;
	}

}
