package se.bostadsbryggan.messaging;

import java.sql.DriverManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The messaging foundation of every service: the outbox and its relay, idempotent
 * consumers with retries and dead-letter topics, topic declarations and a Kafka health
 * indicator. Each service creates the {@code outbox_event} and {@code processed_event}
 * tables in its own migrations.
 */
@AutoConfiguration(after = { KafkaAutoConfiguration.class, DataSourceAutoConfiguration.class,
		JdbcClientAutoConfiguration.class, JacksonAutoConfiguration.class, TransactionAutoConfiguration.class })
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MessagingAutoConfiguration.class);

	/** Suffix of the dead-letter topic of each consumed topic. */
	public static final String DEAD_LETTER_SUFFIX = ".dlt";

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	@ConditionalOnMissingBean
	PublishedEvents publishedEvents() {
		return PublishedEvents.none();
	}

	@Bean
	OutboxRelay outboxRelay(JdbcClient jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
			KafkaAdmin admin, MessagingProperties properties, Clock clock, MeterRegistry meters, DataSource dataSource,
			ObjectProvider<DataSourceProperties> dataSourceProperties) {
		return new OutboxRelay(jdbc, transactions, kafka, admin, properties, clock, meters,
				listenerConnections(dataSource, dataSourceProperties.getIfAvailable()));
	}

	/**
	 * The relay's listener keeps its connection open for as long as the service runs, so
	 * it opens one of its own with the data source's settings instead of holding one of
	 * the pool's.
	 */
	private static OutboxListener.Connections listenerConnections(DataSource dataSource,
			DataSourceProperties properties) {
		if (properties == null || properties.getUrl() == null) {
			return dataSource::getConnection;
		}
		return () -> DriverManager.getConnection(properties.determineUrl(), properties.determineUsername(),
				properties.determinePassword());
	}

	@Bean
	Outbox outbox(JdbcClient jdbc, JsonMapper json, Clock clock, PublishedEvents published, OutboxRelay relay) {
		return new Outbox(jdbc, json, clock, published, relay);
	}

	@Bean
	InboxDispatcher inboxDispatcher(JdbcClient jdbc, TransactionTemplate transactions, JsonMapper json, Clock clock,
			MeterRegistry meters) {
		return new InboxDispatcher(jdbc, transactions, json, clock, meters);
	}

	@Bean
	@ConditionalOnMissingBean(CommonErrorHandler.class)
	DefaultErrorHandler eventErrorHandler(KafkaTemplate<String, String> kafka, MessagingProperties properties,
			MeterRegistry meters) {
		// Partition -1: Kafka places the record by its key, whatever the dead-letter
		// topic's
		// partition count.
		DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafka,
				(record, ex) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, -1));
		ConsumerRecordRecoverer recoverer = (record, ex) -> {
			log.warn("Dead-lettering {}-{}@{} (key {}) to {}{}: {}", record.topic(), record.partition(),
					record.offset(), record.key(), record.topic(), DEAD_LETTER_SUFFIX,
					(ex.getCause() != null) ? ex.getCause().toString() : ex.toString());
			Counter.builder("bb.events.dead-lettered").tag("topic", record.topic()).register(meters).increment();
			publisher.accept(record, ex);
		};
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(
				properties.consumer().retries());
		backOff.setInitialInterval(properties.consumer().initialBackoff().toMillis());
		backOff.setMultiplier(2.0);
		backOff.setMaxInterval(properties.consumer().maxBackoff().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(InvalidEventException.class);
		return handler;
	}

	@Bean
	EventConsumerContainers eventConsumerContainers(ObjectProvider<EventConsumer> consumers,
			ConcurrentKafkaListenerContainerFactory<String, String> factory, InboxDispatcher dispatcher) {
		return new EventConsumerContainers(consumers.orderedStream().toList(), factory, dispatcher);
	}

	@Bean
	KafkaAdmin.NewTopics declaredTopics(PublishedEvents published, ObjectProvider<EventConsumer> consumers,
			MessagingProperties properties) {
		Set<String> consumed = new LinkedHashSet<>();
		consumers.orderedStream().forEach((consumer) -> consumed.addAll(consumer.topics()));
		Set<String> names = new LinkedHashSet<>(published.topics());
		names.addAll(consumed);
		consumed.forEach((topic) -> names.add(topic + DEAD_LETTER_SUFFIX));
		List<NewTopic> topics = new ArrayList<>();
		for (String name : names) {
			topics.add(TopicBuilder.name(name)
				.partitions(properties.topics().partitions())
				.replicas(properties.topics().replicas())
				.build());
		}
		return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
	}

	@Bean(name = "kafkaHealthIndicator")
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
		return new KafkaHealthIndicator(admin);
	}

}
