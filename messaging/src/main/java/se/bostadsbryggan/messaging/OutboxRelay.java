package se.bostadsbryggan.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes committed outbox rows to Kafka in the order they were written, marks them
 * sent, backs off while the broker is unreachable, and deletes sent rows after their
 * retention.
 * <p>
 * Only one instance of a service relays at a time: each round holds a PostgreSQL advisory
 * lock for its transaction, so two instances never publish the same aggregate's events
 * out of order. Delivery is at least once: a crash between publishing and marking the
 * rows sent publishes them again after restart, and idempotent consumers drop the
 * duplicates.
 * <p>
 * The relay looks for new rows every {@code poll-interval}, and sooner when woken (see
 * {@link MessagingProperties.Wake}): by the commit of a transaction of this JVM that
 * added events, or by an {@link OutboxListener} that hears the outbox's PostgreSQL
 * {@code NOTIFY} from any instance.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	/** Advisory lock key that lets only one relay per database publish at a time. */
	private static final long RELAY_LOCK = 0x6262_6f75_7462_6f78L;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final KafkaTemplate<String, String> kafka;

	private final MessagingProperties.Relay settings;

	private final Duration processedRetention;

	private final Clock clock;

	private final Counter published;

	private final Counter failures;

	private final KafkaAdmin admin;

	private final Semaphore wakeUps = new Semaphore(0);

	private final OutboxListener listener;

	private volatile boolean topicsDeclared;

	private volatile boolean running;

	private Thread worker;

	OutboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
			KafkaAdmin admin, MessagingProperties properties, Clock clock, MeterRegistry meters,
			OutboxListener.Connections listenerConnections) {
		this.jdbc = jdbc;
		this.admin = admin;
		this.transactions = transactions;
		this.kafka = kafka;
		this.settings = properties.relay();
		this.processedRetention = properties.consumer().processedRetention();
		this.clock = clock;
		this.published = Counter.builder("bb.outbox.published")
			.description("Outbox events published to Kafka")
			.register(meters);
		this.failures = Counter.builder("bb.outbox.failures")
			.description("Relay rounds that could not publish")
			.register(meters);
		meters.gauge("bb.outbox.pending", this, OutboxRelay::countPending);
		this.listener = (this.settings.wake() == MessagingProperties.Wake.NOTIFY) ? new OutboxListener(
				listenerConnections, this::wakeUp, this.settings.initialBackoff(), this.settings.maxBackoff()) : null;
	}

	/**
	 * @return what wakes the relay before its next poll
	 */
	MessagingProperties.Wake wake() {
		return this.settings.wake();
	}

	/**
	 * @return the listener for the outbox's notifications, or {@code null} when the relay
	 * does not listen
	 */
	OutboxListener listener() {
		return this.listener;
	}

	/** Asks the relay to look for new rows now instead of at its next poll. */
	void wakeUp() {
		this.wakeUps.release();
	}

	@Override
	public void start() {
		if (!this.settings.enabled()) {
			log.info("Outbox relay disabled");
			return;
		}
		this.running = true;
		this.worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
		if (this.listener != null) {
			this.listener.start();
		}
		log.info("Outbox relay started: polls every {}, woken by {}", this.settings.pollInterval(),
				switch (this.settings.wake()) {
					case POLL -> "nothing else";
					case COMMIT -> "this instance's commits";
					case NOTIFY -> "this instance's commits and PostgreSQL NOTIFY on " + OutboxListener.CHANNEL;
				});
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.listener != null) {
			this.listener.stop();
		}
		Thread thread = this.worker;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(this.settings.sendTimeout().toMillis() + 1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stop before the Kafka producer factory and the data source go away.
		return Integer.MAX_VALUE - 100;
	}

	private void loop() {
		Duration backoff = Duration.ZERO;
		Instant nextCleanup = this.clock.instant();
		while (this.running) {
			try {
				Duration wait = backoff.isZero() ? this.settings.pollInterval() : backoff;
				this.wakeUps.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
				this.wakeUps.drainPermits();
				if (!this.running) {
					return;
				}
				if (!this.topicsDeclared) {
					// The broker may have been down when the application started.
					this.topicsDeclared = this.admin.initialize();
				}
				Round round;
				do {
					round = publishPending();
				}
				while (round.full() && !round.failed() && this.running);
				backoff = round.failed() ? nextBackoff(backoff) : Duration.ZERO;
				if (!this.clock.instant().isBefore(nextCleanup)) {
					cleanUp();
					nextCleanup = this.clock.instant().plus(this.settings.cleanupInterval());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					return;
				}
				this.failures.increment();
				backoff = nextBackoff(backoff);
				log.warn("Outbox relay round failed, retrying in {}: {}", backoff, ex.toString());
			}
		}
	}

	private Duration nextBackoff(Duration current) {
		if (current.isZero()) {
			return this.settings.initialBackoff();
		}
		Duration doubled = current.multipliedBy(2);
		return (doubled.compareTo(this.settings.maxBackoff()) > 0) ? this.settings.maxBackoff() : doubled;
	}

	/**
	 * Publishes one batch of unsent rows in id order and marks the longest prefix that
	 * the broker acknowledged as sent.
	 * @return what the round did
	 */
	Round publishPending() {
		Round round = this.transactions.execute((status) -> {
			Boolean locked = this.jdbc.sql("select pg_try_advisory_xact_lock(:key)")
				.param("key", RELAY_LOCK)
				.query(Boolean.class)
				.single();
			if (!Boolean.TRUE.equals(locked)) {
				return new Round(0, false, false);
			}
			List<PendingRow> rows = this.jdbc.sql("""
					select id, event_id, topic, aggregate_key, event_type, payload, correlation_id
					from outbox_event where sent_at is null order by id limit :limit
					""").param("limit", this.settings.batchSize()).query(PendingRow.class).list();
			if (rows.isEmpty()) {
				return new Round(0, false, false);
			}
			List<Long> sent = send(rows);
			if (!sent.isEmpty()) {
				this.jdbc.sql("update outbox_event set sent_at = :now where id in (:ids)")
					.param("now", Timestamp.from(this.clock.instant()))
					.param("ids", sent)
					.update();
			}
			return new Round(sent.size(), sent.size() < rows.size(), rows.size() == this.settings.batchSize());
		});
		if (round != null && round.sent() > 0) {
			this.published.increment(round.sent());
		}
		if (round != null && round.failed()) {
			this.failures.increment();
		}
		return (round != null) ? round : new Round(0, true, false);
	}

	private List<Long> send(List<PendingRow> rows) {
		List<CompletableFuture<SendResult<String, String>>> futures = new ArrayList<>(rows.size());
		try {
			for (PendingRow row : rows) {
				futures.add(this.kafka.send(row.toRecord()));
			}
			this.kafka.flush();
		}
		catch (RuntimeException ex) {
			log.warn("Kafka refused outbox events: {}", ex.toString());
		}
		List<Long> sent = new ArrayList<>(rows.size());
		long deadline = System.nanoTime() + this.settings.sendTimeout().toNanos();
		for (int i = 0; i < futures.size(); i++) {
			try {
				futures.get(i).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				sent.add(rows.get(i).id());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			catch (Exception ex) {
				log.warn("Could not publish outbox event {} to {}; will retry: {}", rows.get(i).eventId(),
						rows.get(i).topic(), ex.toString());
				// Later rows may belong to the same aggregate: keep the order and retry
				// them too.
				break;
			}
		}
		return sent;
	}

	void cleanUp() {
		Instant now = this.clock.instant();
		int outbox = this.jdbc.sql("delete from outbox_event where sent_at < :before")
			.param("before", Timestamp.from(now.minus(this.settings.retention())))
			.update();
		int inbox = this.jdbc.sql("delete from processed_event where processed_at < :before")
			.param("before", Timestamp.from(now.minus(this.processedRetention)))
			.update();
		if (outbox + inbox > 0) {
			log.info("Deleted {} sent outbox rows and {} processed event ids past their retention", outbox, inbox);
		}
	}

	private double countPending() {
		try {
			Long pending = this.jdbc.sql("select count(*) from outbox_event where sent_at is null")
				.query(Long.class)
				.single();
			return pending;
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

	/**
	 * @param sent rows published and marked sent
	 * @param failed whether some rows could not be published
	 * @param full whether the batch was full, so more rows may be waiting
	 */
	record Round(int sent, boolean failed, boolean full) {
	}

	record PendingRow(long id, UUID eventId, String topic, String aggregateKey, String eventType, String payload,
			String correlationId) {

		ProducerRecord<String, String> toRecord() {
			ProducerRecord<String, String> record = new ProducerRecord<>(this.topic, this.aggregateKey, this.payload);
			record.headers().add(KafkaHeaders.EVENT_ID, this.eventId.toString().getBytes(StandardCharsets.UTF_8));
			record.headers().add(KafkaHeaders.EVENT_TYPE, this.eventType.getBytes(StandardCharsets.UTF_8));
			if (this.correlationId != null) {
				record.headers().add(KafkaHeaders.CORRELATION_ID, this.correlationId.getBytes(StandardCharsets.UTF_8));
			}
			return record;
		}

	}

}
