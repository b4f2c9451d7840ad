package se.bostadsbryggan.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test's application context at a fresh database from {@link TestDatabases}, and
 * drops it when the context closes.
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
							"spring.datasource.password", database.password(), "bb.test.database-name",
							database.name())));
		context.addApplicationListener((event) -> {
			if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
				TestDatabases.drop(database);
			}
		});
	}

}
