package se.bostadsbryggan.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock for integration tests that the test moves: declare it as the application's
 * {@code Clock} bean, then {@link #set(Instant)} or {@link #advance(Duration)} it, and
 * jobs and rules about days and deadlines see that time. In Stockholm's zone, as the
 * services judge days.
 */
public final class MovableClock extends Clock {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private volatile Instant now;

	/**
	 * @param start the instant it shows until moved
	 */
	public MovableClock(Instant start) {
		this.now = start;
	}

	/**
	 * @param instant the instant it shows from now on
	 */
	public void set(Instant instant) {
		this.now = instant;
	}

	/**
	 * @param duration how far to move it forward
	 */
	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return SWEDEN;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
