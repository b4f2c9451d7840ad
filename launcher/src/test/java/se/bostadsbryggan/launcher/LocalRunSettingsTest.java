package se.bostadsbryggan.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.launcher.LocalRunSettings.App;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalRunSettingsTest {

	private final Path repo = Path.of("/srv/bostadsbryggan");

	@Test
	void defaultsSuitADeveloperMachine() {
		LocalRunSettings settings = LocalRunSettings.from(Map.of(), this.repo);

		assertThat(settings.pgUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
		assertThat(settings.pgUser()).isEqualTo("postgres");
		assertThat(settings.pgPassword()).isEmpty();
		assertThat(settings.kafkaPort()).isEqualTo(9092);
		assertThat(settings.runDir()).isEqualTo(Path.of("/srv/bostadsbryggan/.run"));
		assertThat(settings.logDir()).isEqualTo(Path.of("/srv/bostadsbryggan/.run/logs"));
		assertThat(settings.kafkaDir()).isEqualTo(Path.of("/srv/bostadsbryggan/.run/kafka"));
		assertThat(settings.aotDir()).isEqualTo(Path.of("/srv/bostadsbryggan/.run/aot"));
		assertThat(settings.aotCache()).isTrue();
		assertThat(settings.apps()).containsExactly(new App("housing-service", "housing", 8081, false),
				new App("social-services-service", "social", 8082, false),
				new App("allocation-service", "allocation", 8083, false), new App("gateway", "gateway", 8080, true));
	}

	@Test
	void readsEveryVariable() {
		Map<String, String> env = new HashMap<>(Map.of("BB_PG_URL", "jdbc:postgresql://db:5433/admin", "BB_PG_USER",
				"admin", "BB_PG_PASSWORD", "pw", "BB_KAFKA_PORT", "19092", "BB_GATEWAY_PORT", "18080",
				"BB_HOUSING_PORT", "18081", "BB_SOCIAL_PORT", "18082", "BB_ALLOCATION_PORT", "18083",
				"BB_MANAGEMENT_PORT", "18090", "BB_RUN_DIR", "/tmp/bb-run"));
		env.put("BB_HEALTH_TIMEOUT_SECONDS", "600");
		env.put("BB_DB_PREFIX", "bench_");
		env.put("BB_AOT_CACHE", "off");
		LocalRunSettings settings = LocalRunSettings.from(env, this.repo);

		assertThat(settings)
			.isEqualTo(new LocalRunSettings(this.repo, Path.of("/tmp/bb-run"), "jdbc:postgresql://db:5433/admin",
					"admin", "pw", 19092, 18080, 18081, 18082, 18083, 18090, Duration.ofSeconds(600), "bench_", false));
		assertThat(settings.apps()).extracting(App::database)
			.containsExactly("bench_housing", "bench_social", "bench_allocation", "bench_gateway");
	}

	@Test
	void rejectsADatabasePrefixThatIsNoPlainName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalRunSettings.from(Map.of("BB_DB_PREFIX", "bench; drop"), this.repo))
			.withMessageContaining("BB_DB_PREFIX");
	}

	@Test
	void resolvesARelativeRunDirectoryAgainstTheRepository() {
		assertThat(LocalRunSettings.from(Map.of("BB_RUN_DIR", "tmp/run"), this.repo).runDir())
			.isEqualTo(Path.of("/srv/bostadsbryggan/tmp/run"));
	}

	@Test
	void rejectsAPortThatIsNotANumber() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalRunSettings.from(Map.of("BB_GATEWAY_PORT", "eighty"), this.repo))
			.withMessage("BB_GATEWAY_PORT must be a port number, not 'eighty'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalRunSettings.from(Map.of("BB_KAFKA_PORT", "70000"), this.repo))
			.withMessageContaining("BB_KAFKA_PORT");
	}

}
