package se.bostadsbryggan.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at a fresh database from {@link TestDatabases}, and
 * drops it when the context closes. Its connection pool keeps one idle connection (the
 * rest close after 10 s idle, the pool may still grow to its usual size under load), so
 * the contexts Spring caches between test classes do not hold PostgreSQL's connections.
 */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String purpose = context.getEnvironment().getProperty("spring.application.name", "app");
		TestDatabases.Database database = TestDatabases.create(purpose);
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("bb-test-database",
					Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.user(),
							"spring.datasource.password", database.password(), "bb.test.database-name", database.name(),
							"spring.datasource.hikari.minimum-idle", "1", "spring.datasource.hikari.idle-timeout",
							"10000")));
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				TestDatabases.drop(database);
			}
		});
	}

}
