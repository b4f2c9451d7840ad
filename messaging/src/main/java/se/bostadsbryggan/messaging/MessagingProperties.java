package se.bostadsbryggan.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox relay, the idempotent consumers and the declared topics.
 *
 * @param relay the outbox relay
 * @param consumer the idempotent consumers
 * @param topics partitions and replication of the topics this service declares
 */
@ConfigurationProperties("bb.messaging")
public record MessagingProperties(@DefaultValue Relay relay, @DefaultValue Consumer consumer,
		@DefaultValue Topics topics) {

	/**
	 * @param enabled whether this instance relays its outbox to Kafka
	 * @param pollInterval how often the relay looks for unsent rows when nothing woke it
	 * @param batchSize the most rows published in one round
	 * @param sendTimeout how long one round waits for the broker's acknowledgements
	 * @param initialBackoff the first wait after a failed round, doubled after each
	 * failure
	 * @param maxBackoff the longest wait between rounds while the broker is down
	 * @param retention how long sent rows are kept before they are deleted
	 * @param cleanupInterval how often sent rows and old inbox rows are deleted
	 * @param wake what wakes the relay before its next poll
	 */
	public record Relay(@DefaultValue("true") boolean enabled, @DefaultValue("500ms") Duration pollInterval,
			@DefaultValue("200") int batchSize, @DefaultValue("10s") Duration sendTimeout,
			@DefaultValue("500ms") Duration initialBackoff, @DefaultValue("30s") Duration maxBackoff,
			@DefaultValue("7d") Duration retention, @DefaultValue("1h") Duration cleanupInterval,
			@DefaultValue("notify") Wake wake) {
	}

	/**
	 * What wakes the outbox relay as soon as a transaction that added events commits. The
	 * relay also polls every {@link Relay#pollInterval()} in every mode, as a safety net.
	 */
	public enum Wake {

		/**
		 * Only the poll: the relay looks for new rows every {@link Relay#pollInterval()},
		 * and nothing else wakes it.
		 */
		POLL,

		/**
		 * The commit of a transaction in this JVM wakes this JVM's relay. Events written
		 * by another instance of the service wait for the poll when that instance does
		 * not hold the relay's lock.
		 */
		COMMIT,

		/**
		 * As {@link #COMMIT}, and the outbox also sends a PostgreSQL {@code NOTIFY} in
		 * the transaction (delivered at its commit) that wakes the relay of every
		 * instance listening on the service's database.
		 */
		NOTIFY

	}

	/**
	 * @param retries how many times a failing message is retried before it goes to the
	 * dead-letter topic
	 * @param initialBackoff the first wait before a retry, doubled after each
	 * @param maxBackoff the longest wait between retries
	 * @param processedRetention how long processed event ids are kept for duplicate
	 * detection
	 */
	public record Consumer(@DefaultValue("4") int retries, @DefaultValue("500ms") Duration initialBackoff,
			@DefaultValue("5s") Duration maxBackoff, @DefaultValue("30d") Duration processedRetention) {
	}

	/**
	 * @param partitions partitions of each declared topic and its dead-letter topic
	 * @param replicas replication factor (1 on a single local broker)
	 */
	public record Topics(@DefaultValue("3") int partitions, @DefaultValue("1") short replicas) {
	}

}
