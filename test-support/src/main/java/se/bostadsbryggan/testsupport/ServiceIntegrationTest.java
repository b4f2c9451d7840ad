package se.bostadsbryggan.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test of one service against real infrastructure: the whole application
 * on a random port, a fresh PostgreSQL database (see {@link TestDatabases}) and
 * spring-kafka-test's embedded KRaft broker. Every service's {@code *IT} looks the same.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bb.messaging.relay.poll-interval=100ms", "bb.messaging.consumer.initial-backoff=100ms",
				"bb.messaging.consumer.max-backoff=500ms", "bb.messaging.consumer.retries=2",
				"bb.messaging.topics.partitions=1", "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN",
				"logging.level.state.change.logger=WARN" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = { FreshDatabaseInitializer.class, ServiceClientsInitializer.class })
public @interface ServiceIntegrationTest {

}
