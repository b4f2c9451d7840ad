package se.bostadsbryggan.testsupport;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Offers an integration test the clients it talks to the application with, as lazy beans
 * made once the server and the broker are up: an {@link ApiClient} on the application's
 * random port and a {@link KafkaProbe} on its broker. A test just autowires them.
 */
public class ServiceClientsInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!(context instanceof GenericApplicationContext generic)) {
			return;
		}
		Environment environment = context.getEnvironment();
		generic.registerBean(ApiClient.class,
				() -> new ApiClient("http://localhost:" + environment.getRequiredProperty("local.server.port")),
				(definition) -> definition.setLazyInit(true));
		generic.registerBean(KafkaProbe.class,
				() -> new KafkaProbe(environment.getRequiredProperty("spring.kafka.bootstrap-servers")),
				(definition) -> definition.setLazyInit(true));
	}

}
