package se.bostadsbryggan.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

class KafkaBrokerIT {

	private static final String TOPIC = "housing.apartment.v1";

	@TempDir
	Path dataDir;

	private final List<KafkaBroker> started = new ArrayList<>();

	@AfterEach
	void closeBrokers() {
		this.started.forEach(KafkaBroker::close);
	}

	@Test
	void keepsRecordsAcrossARestartOnTheSameDirectoryAndPort() throws Exception {
		int port = KafkaBroker.freeLoopbackPort();
		KafkaBroker broker = start(KafkaBroker.builder(port, this.dataDir).partitions(3));
		assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
		assertThat(KafkaBroker.isFormatted(this.dataDir)).isTrue();
		String value = "{\"apartmentId\":\"" + UUID.randomUUID() + "\"}";

		try (KafkaProducer<String, String> producer = producer(broker)) {
			producer.send(new ProducerRecord<>(TOPIC, "apartment-1", value)).get();
		}
		assertThat(readAll(broker)).extracting(ConsumerRecord::value).containsExactly(value);
		broker.close();

		KafkaBroker restarted = start(KafkaBroker.builder(port, this.dataDir));

		assertThat(restarted.bootstrapServers()).isEqualTo(broker.bootstrapServers());
		assertThat(readAll(restarted)).singleElement().satisfies((record) -> {
			assertThat(record.key()).isEqualTo("apartment-1");
			assertThat(record.value()).isEqualTo(value);
		});
	}

	@Test
	void refusesToStartOnAPortThatIsTaken() {
		int port = KafkaBroker.freeLoopbackPort();
		start(KafkaBroker.builder(port, this.dataDir.resolve("first")));

		assertThatIllegalStateException()
			.isThrownBy(() -> start(KafkaBroker.builder(port, this.dataDir.resolve("second"))))
			.withMessageContaining("127.0.0.1:" + port);
	}

	private KafkaBroker start(KafkaBroker.Builder builder) {
		KafkaBroker broker = builder.start();
		this.started.add(broker);
		return broker;
	}

	private static KafkaProducer<String, String> producer(KafkaBroker broker) {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
				ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
	}

	/**
	 * Reads the topic from the start with a new consumer group, until one record is seen.
	 */
	private static List<ConsumerRecord<String, String>> readAll(KafkaBroker broker) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(TOPIC));
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
				assertThat(records).isNotEmpty();
			});
		}
		return records;
	}

}
