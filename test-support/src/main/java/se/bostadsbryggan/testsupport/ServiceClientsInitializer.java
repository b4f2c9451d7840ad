package se.bostadsbryggan.testsupport;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Offers an integration test the clients it talks to the application with, as lazy beans
 * made once the server and the broker are up: an {@link ApiClient} on the application's
 * random port and a {@link KafkaProbe} on its broker. A test just autowires them.
 * <p>
 * The application checks tokens against {@link TestTokens}' JWKS, and the
 * {@link ApiClient} sends a token with every staff role (no admin), so it reaches every
 * service; a test that needs another identity makes its own client with
 * {@link ApiClient#withBearerToken}.
 */
public class ServiceClientsInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!(context instanceof GenericApplicationContext generic)) {
			return;
		}
		TestTokens tokens = TestTokens.shared();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("bbTestTokens", Map.of("bb.security.jwk-set-uri", tokens.jwksUri())));
		Environment environment = context.getEnvironment();
		generic.registerBean(ApiClient.class,
				() -> new ApiClient("http://localhost:" + environment.getRequiredProperty("local.server.port"))
					.withBearerToken(tokens.allStaff()),
				(definition) -> definition.setLazyInit(true));
		generic.registerBean(KafkaProbe.class,
				() -> new KafkaProbe(environment.getRequiredProperty("spring.kafka.bootstrap-servers")),
				(definition) -> definition.setLazyInit(true));
	}

}
