package se.bostadsbryggan.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on the service's database for the {@code NOTIFY} that the {@link Outbox} sends
 * in each transaction that adds events, and wakes the {@link OutboxRelay} when one
 * arrives. PostgreSQL delivers a notification only when its transaction commits, to every
 * session listening on that database, so the relay of whichever instance holds the
 * relay's lock learns of rows written by any instance at once.
 * <p>
 * The listener holds one connection of its own, outside the pool, and waits on it for at
 * most {@link #RECEIVE_TIMEOUT} at a time (no busy loop). When the connection drops it
 * logs, waits with a doubling backoff, connects again and wakes the relay once, since
 * notifications sent while it was away are lost; the relay's poll covers the gap.
 */
class OutboxListener {

	/** The channel of the outbox's notifications, one per database. */
	static final String CHANNEL = "bb_outbox";

	/** How long one wait for notifications lasts: bounds the time {@link #stop} takes. */
	static final Duration RECEIVE_TIMEOUT = Duration.ofMillis(500);

	private static final Logger log = LoggerFactory.getLogger(OutboxListener.class);

	private final Connections connections;

	private final Runnable wakeUp;

	private final Duration initialBackoff;

	private final Duration maxBackoff;

	private final AtomicInteger sessions = new AtomicInteger();

	private final AtomicLong notifications = new AtomicLong();

	private volatile boolean running;

	private Thread worker;

	/**
	 * @param connections opens the listener's connection
	 * @param wakeUp what to do when a notification arrives
	 * @param initialBackoff the first wait before connecting again, doubled after each
	 * failure
	 * @param maxBackoff the longest wait before connecting again
	 */
	OutboxListener(Connections connections, Runnable wakeUp, Duration initialBackoff, Duration maxBackoff) {
		this.connections = connections;
		this.wakeUp = wakeUp;
		this.initialBackoff = initialBackoff;
		this.maxBackoff = maxBackoff;
	}

	void start() {
		this.running = true;
		this.worker = Thread.ofPlatform().name("outbox-listener").daemon().start(this::loop);
	}

	void stop() {
		this.running = false;
		Thread thread = this.worker;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(RECEIVE_TIMEOUT.toMillis() + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * @return how many times the listener has started listening (1 + reconnections)
	 */
	int sessions() {
		return this.sessions.get();
	}

	/**
	 * @return how many times a notification woke the relay
	 */
	long notifications() {
		return this.notifications.get();
	}

	private void loop() {
		Duration backoff = Duration.ZERO;
		while (this.running) {
			try (Connection connection = this.connections.open()) {
				if (!connection.isWrapperFor(PGConnection.class)) {
					log.warn(
							"The outbox's database is not PostgreSQL: the relay is woken by commits and its poll only");
					return;
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + CHANNEL);
				}
				if (!backoff.isZero()) {
					log.info("Outbox listener listening again");
				}
				backoff = Duration.ZERO;
				this.sessions.incrementAndGet();
				// Rows committed while nobody listened sent their notifications to no
				// one.
				this.wakeUp.run();
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications((int) RECEIVE_TIMEOUT.toMillis());
					if (notifications != null && notifications.length > 0) {
						this.notifications.incrementAndGet();
						this.wakeUp.run();
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				backoff = backoff.isZero() ? this.initialBackoff
						: (backoff.multipliedBy(2).compareTo(this.maxBackoff) > 0) ? this.maxBackoff
								: backoff.multipliedBy(2);
				log.warn("Outbox listener lost its database connection, connecting again in {}: {}", backoff,
						ex.toString());
				try {
					Thread.sleep(backoff);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	/**
	 * Opens the listener's own connection to the service's database.
	 */
	@FunctionalInterface
	interface Connections {

		Connection open() throws SQLException;

	}

}
