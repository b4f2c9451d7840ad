package se.bostadsbryggan.messaging;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Kafka client defaults that the outbox and the consumers rely on, added with the lowest
 * precedence so any service or deployment can override them.
 */
class MessagingEnvironmentDefaults implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("spring.kafka.producer.key-serializer", "org.apache.kafka.common.serialization.StringSerializer");
		defaults.put("spring.kafka.producer.value-serializer",
				"org.apache.kafka.common.serialization.StringSerializer");
		defaults.put("spring.kafka.producer.acks", "all");
		// Fail fast while the broker is down: the outbox keeps the events and retries.
		defaults.put("spring.kafka.producer.properties[max.block.ms]", "5000");
		defaults.put("spring.kafka.producer.properties[request.timeout.ms]", "5000");
		defaults.put("spring.kafka.producer.properties[delivery.timeout.ms]", "9000");
		defaults.put("spring.kafka.producer.properties[enable.idempotence]", "true");
		defaults.put("spring.kafka.consumer.key-deserializer",
				"org.apache.kafka.common.serialization.StringDeserializer");
		defaults.put("spring.kafka.consumer.value-deserializer",
				"org.apache.kafka.common.serialization.StringDeserializer");
		defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
		defaults.put("spring.kafka.consumer.enable-auto-commit", "false");
		defaults.put("spring.kafka.consumer.isolation-level", "read-committed");
		// Topics are declared by the services with their partitions, never created by a
		// consumer's metadata request.
		defaults.put("spring.kafka.consumer.properties[allow.auto.create.topics]", "false");
		defaults.put("spring.kafka.admin.operation-timeout", "5s");
		defaults.put("spring.kafka.admin.close-timeout", "5s");
		defaults.put("spring.kafka.admin.properties[default.api.timeout.ms]", "5000");
		defaults.put("spring.kafka.admin.properties[request.timeout.ms]", "4000");
		environment.getPropertySources().addLast(new MapPropertySource("bostadsbryggan-messaging-defaults", defaults));
	}

}
