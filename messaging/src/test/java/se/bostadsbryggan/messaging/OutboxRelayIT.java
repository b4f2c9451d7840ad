package se.bostadsbryggan.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.transaction.support.TransactionTemplate;

import se.bostadsbryggan.contracts.housing.ApartmentVacated;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * The outbox and its relay against a real PostgreSQL database and a real Kafka broker:
 * two relays of one service (two instances) publish every event once and keep each
 * aggregate's order; sent rows are deleted after their retention; a relay that listens
 * for the outbox's NOTIFY publishes another instance's events at once, also after its
 * listening connection dropped.
 */
class OutboxRelayIT {

	private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	/**
	 * Far longer than any wait of the tests: only a wake-up can make the relay publish.
	 */
	private static final Duration LONG_POLL = Duration.ofMinutes(5);

	private static EmbeddedKafkaKraftBroker kafka;

	private TestDatabases.Database database;

	private JdbcClient jdbc;

	private TransactionTemplate transactions;

	private KafkaTemplate<String, String> template;

	private SimpleDriverDataSource dataSource;

	private final List<OutboxRelay> started = new ArrayList<>();

	@BeforeAll
	static void startBroker() {
		kafka = new EmbeddedKafkaKraftBroker(1, 1, HousingEvents.APARTMENT_TOPIC);
		kafka.afterPropertiesSet();
	}

	@AfterAll
	static void stopBroker() {
		kafka.destroy();
	}

	@BeforeEach
	void setUp() {
		this.database = TestDatabases.create("messaging");
		SimpleDriverDataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), this.database.url(),
				this.database.user(), this.database.password());
		this.dataSource = dataSource;
		new ResourceDatabasePopulator(new ClassPathResource("db/messaging/V0_1__outbox_and_processed_events.sql"))
			.execute(dataSource);
		this.jdbc = JdbcClient.create(dataSource);
		this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()), new StringSerializer(),
				new StringSerializer()));
	}

	@AfterEach
	void tearDown() {
		this.started.forEach(OutboxRelay::stop);
		this.template.destroy();
		TestDatabases.drop(this.database);
	}

	@Test
	void twoRelaysOfOneServicePublishEveryEventOnceInOrderPerAggregate() {
		OutboxRelay first = relay(Clock.fixed(NOW, ZoneOffset.UTC));
		OutboxRelay second = relay(Clock.fixed(NOW, ZoneOffset.UTC));
		Outbox outbox = outbox(first, Clock.fixed(NOW, ZoneOffset.UTC));
		List<UUID> apartments = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		for (int sequence = 0; sequence < 90; sequence++) {
			UUID apartment = apartments.get(sequence % apartments.size());
			String objectNumber = "SEQ-" + sequence;
			this.transactions.executeWithoutResult((status) -> outbox.append(HousingEvents.APARTMENT_VACATED, apartment,
					new ApartmentVacated(apartment, objectNumber, LocalDate.of(2027, 1, 1))));
		}

		CompletableFuture<Void> one = CompletableFuture.runAsync(() -> drain(first));
		CompletableFuture<Void> two = CompletableFuture.runAsync(() -> drain(second));
		CompletableFuture.allOf(one, two).join();

		List<ConsumerRecord<String, String>> records = new KafkaProbe(kafka.getBrokersAsString())
			.readAll(HousingEvents.APARTMENT_TOPIC)
			.stream()
			.filter((record) -> apartments.contains(UUID.fromString(record.key())))
			.toList();
		assertThat(records).hasSize(90);
		Set<String> eventIds = new HashSet<>();
		Map<String, Integer> lastSequence = new HashMap<>();
		for (ConsumerRecord<String, String> record : records) {
			assertThat(eventIds
				.add(new String(record.headers().lastHeader(KafkaHeaders.EVENT_ID).value(), StandardCharsets.UTF_8)))
				.isTrue();
			int sequence = Integer.parseInt(record.value().replaceAll(".*\"SEQ-(\\d+)\".*", "$1"));
			assertThat(sequence).isGreaterThan(lastSequence.getOrDefault(record.key(), -1));
			lastSequence.put(record.key(), sequence);
		}
		assertThat(unsent()).isZero();
	}

	@Test
	void sentRowsAreDeletedAfterTheirRetentionAndUnsentOnesNever() {
		Outbox outbox = outbox(relay(Clock.fixed(NOW, ZoneOffset.UTC)), Clock.fixed(NOW, ZoneOffset.UTC));
		UUID apartment = UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			this.transactions.executeWithoutResult((status) -> outbox.append(HousingEvents.APARTMENT_VACATED, apartment,
					new ApartmentVacated(apartment, "RET", LocalDate.of(2027, 1, 1))));
		}
		List<Long> ids = this.jdbc.sql("select id from outbox_event order by id").query(Long.class).list();
		markSent(ids.get(0), NOW.minus(Duration.ofDays(8)));
		markSent(ids.get(1), NOW.minus(Duration.ofDays(6)));

		relay(Clock.fixed(NOW, ZoneOffset.UTC)).cleanUp();

		assertThat(this.jdbc.sql("select id from outbox_event order by id").query(Long.class).list())
			.containsExactly(ids.get(1), ids.get(2));
	}

	@Test
	void anEventOutsideATransactionOrNotPublishedByTheServiceIsRefused() {
		Outbox outbox = outbox(relay(Clock.systemUTC()), Clock.systemUTC());
		UUID apartment = UUID.randomUUID();
		ApartmentVacated vacated = new ApartmentVacated(apartment, "X", LocalDate.of(2027, 1, 1));

		assertThatIllegalStateException()
			.isThrownBy(() -> outbox.append(HousingEvents.APARTMENT_VACATED, apartment, vacated))
			.withMessageContaining("inside the transaction");
		Outbox other = new Outbox(this.jdbc, JsonMapper.builder().build(), Clock.systemUTC(), PublishedEvents.none(),
				relay(Clock.systemUTC()));
		this.transactions.executeWithoutResult((status) -> assertThatIllegalStateException()
			.isThrownBy(() -> other.append(HousingEvents.APARTMENT_VACATED, apartment, vacated))
			.withMessageContaining("does not publish"));
		assertThat(this.jdbc.sql("select count(*) from outbox_event").query(Long.class).single()).isZero();
	}

	@Test
	void aRelayListeningForNotifyPublishesAnotherInstancesEventLongBeforeItsPoll() {
		OutboxRelay relaying = start(relay(Clock.systemUTC(), MessagingProperties.Wake.NOTIFY, LONG_POLL));
		OutboxListener listener = relaying.listener();
		await().atMost(Duration.ofSeconds(10)).until(() -> listener.sessions() == 1);
		// The other instance's relay does not hold the lock (it is not even running):
		// only the database can tell the relaying instance about the new row.
		Outbox otherInstance = outbox(relay(Clock.systemUTC(), MessagingProperties.Wake.NOTIFY, LONG_POLL),
				Clock.systemUTC());
		appendVacancy(otherInstance);
		await().atMost(Duration.ofSeconds(10)).until(() -> unsent() == 0);
		long heard = listener.notifications();

		appendVacancy(otherInstance);

		await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
			assertThat(unsent()).isZero();
			assertThat(listener.notifications()).isGreaterThan(heard);
		});
	}

	@Test
	void aRelayWokenOnlyByItsOwnCommitsLeavesAnotherInstancesEventToItsPoll() {
		start(relay(Clock.systemUTC(), MessagingProperties.Wake.COMMIT, LONG_POLL));
		Outbox otherInstance = outbox(relay(Clock.systemUTC(), MessagingProperties.Wake.COMMIT, LONG_POLL),
				Clock.systemUTC());

		appendVacancy(otherInstance);

		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> unsent() == 1);
	}

	@Test
	void theListenerConnectsAgainWhenItsConnectionDropsAndStillWakesTheRelay() {
		OutboxRelay relaying = start(relay(Clock.systemUTC(), MessagingProperties.Wake.NOTIFY, LONG_POLL));
		OutboxListener listener = relaying.listener();
		await().atMost(Duration.ofSeconds(10)).until(() -> listener.sessions() == 1);

		int terminated = this.jdbc.sql("""
				select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity
				                      where datname = current_database() and pid <> pg_backend_pid()
				                        and query ilike 'listen%') terminated
				""").query(Integer.class).single();

		assertThat(terminated).isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> listener.sessions() == 2);
		long heard = listener.notifications();
		appendVacancy(outbox(relay(Clock.systemUTC(), MessagingProperties.Wake.NOTIFY, LONG_POLL), Clock.systemUTC()));
		await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
			assertThat(unsent()).isZero();
			assertThat(listener.notifications()).isGreaterThan(heard);
		});
	}

	private void appendVacancy(Outbox outbox) {
		UUID apartment = UUID.randomUUID();
		this.transactions.executeWithoutResult((status) -> outbox.append(HousingEvents.APARTMENT_VACATED, apartment,
				new ApartmentVacated(apartment, "NOTIFY", LocalDate.of(2027, 1, 1))));
	}

	private OutboxRelay start(OutboxRelay relay) {
		this.started.add(relay);
		relay.start();
		return relay;
	}

	private void drain(OutboxRelay relay) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (unsent() > 0) {
			assertThat(System.nanoTime()).as("relay finished in time").isLessThan(deadline);
			relay.publishPending();
		}
	}

	private OutboxRelay relay(Clock clock) {
		return relay(clock, MessagingProperties.Wake.COMMIT, Duration.ofMillis(50));
	}

	private OutboxRelay relay(Clock clock, MessagingProperties.Wake wake, Duration pollInterval) {
		MessagingProperties properties = new MessagingProperties(
				new MessagingProperties.Relay(true, pollInterval, 20, Duration.ofSeconds(10), Duration.ofMillis(100),
						Duration.ofSeconds(1), Duration.ofDays(7), Duration.ofHours(1), wake),
				new MessagingProperties.Consumer(2, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofDays(30)),
				new MessagingProperties.Topics(1, (short) 1));
		KafkaAdmin admin = new KafkaAdmin(Map.of("bootstrap.servers", kafka.getBrokersAsString()));
		// A started relay declares the topics of its context's beans first: none here.
		GenericApplicationContext context = new GenericApplicationContext();
		context.refresh();
		admin.setApplicationContext(context);
		return new OutboxRelay(this.jdbc, this.transactions, this.template, admin, properties, clock,
				new SimpleMeterRegistry(), this.dataSource::getConnection);
	}

	private Outbox outbox(OutboxRelay relay, Clock clock) {
		return new Outbox(this.jdbc, JsonMapper.builder().build(), clock, PublishedEvents.of(HousingEvents.ALL), relay);
	}

	private long unsent() {
		return this.jdbc.sql("select count(*) from outbox_event where sent_at is null").query(Long.class).single();
	}

	private void markSent(long id, Instant at) {
		this.jdbc.sql("update outbox_event set sent_at = :at where id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

}
