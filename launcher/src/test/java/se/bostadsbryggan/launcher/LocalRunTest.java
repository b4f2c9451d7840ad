package se.bostadsbryggan.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.bostadsbryggan.launcher.LocalRunSettings.App;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LocalRunTest {

	@TempDir
	Path repo;

	@Test
	void givesEachServiceItsPortBrokerAndDatabase() {
		LocalRun run = run(
				Map.of("BB_KAFKA_PORT", "19092", "BB_PG_URL", "jdbc:postgresql://db:5433/postgres?ssl=false"));
		App housing = new App("housing-service", "housing", 8081, false);

		assertThat(run.environment(housing)).containsExactlyInAnyOrderEntriesOf(
				Map.of("SERVER_PORT", "8081", "SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092", "BB_DEMO_ENABLED",
						"true", "SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5433/housing?ssl=false",
						"SPRING_DATASOURCE_USERNAME", "housing", "SPRING_DATASOURCE_PASSWORD", "housing",
						"BB_GATEWAY_JWKS_URI", "http://127.0.0.1:8080/.well-known/jwks.json", "MALLOC_ARENA_MAX", "2"));
	}

	@Test
	void givesTheGatewayTheAddressesOfTheServicesAndItsManagementPort() {
		LocalRun run = run(Map.of("BB_HOUSING_PORT", "18081", "BB_SOCIAL_PORT", "18082", "BB_ALLOCATION_PORT", "18083",
				"BB_MANAGEMENT_PORT", "18090"));
		App gateway = new App("gateway", "gateway", 8080, true);

		assertThat(run.environment(gateway)).containsEntry("SERVER_PORT", "8080")
			.containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/gateway")
			.containsEntry("BB_GATEWAY_HOUSING_URI", "http://127.0.0.1:18081")
			.containsEntry("BB_GATEWAY_SOCIAL_URI", "http://127.0.0.1:18082")
			.containsEntry("BB_GATEWAY_ALLOCATION_URI", "http://127.0.0.1:18083")
			.containsEntry("BB_MANAGEMENT_PORT", "18090");
	}

	@Test
	void waitsForTheReadinessProbe() {
		assertThat(LocalRun.healthUrl(new App("housing-service", "housing", 8081, false)))
			.hasToString("http://127.0.0.1:8081/actuator/health/readiness");
		assertThat(LocalRun.healthUrl(new App("gateway", "gateway", 8080, true)))
			.hasToString("http://127.0.0.1:8080/readyz");
	}

	@Test
	void picksTheNewestRunnableJarOfAModule() throws Exception {
		Path target = Files.createDirectories(this.repo.resolve("housing-service/target"));
		Path older = touch(target.resolve("housing-service-0.0.9.jar"), 1);
		Path newest = touch(target.resolve("housing-service-0.1.0-SNAPSHOT.jar"), 2);
		touch(target.resolve("housing-service-0.1.0-SNAPSHOT.jar.original"), 3);
		touch(target.resolve("housing-service-0.1.0-SNAPSHOT-plain.jar"), 3);
		touch(target.resolve("housing-service-0.1.0-SNAPSHOT-sources.jar"), 3);
		touch(target.resolve("housing-service-client-0.1.0-SNAPSHOT-tests.jar"), 3);

		assertThat(LocalRun.findJar(this.repo, "housing-service")).contains(newest).isNotEqualTo(older);
		assertThat(LocalRun.findJar(this.repo, "gateway")).isEmpty();
	}

	@Test
	void tellsHowToBuildWhenJarsAreMissing() throws Exception {
		Path target = Files.createDirectories(this.repo.resolve("gateway/target"));
		touch(target.resolve("gateway-0.1.0-SNAPSHOT.jar"), 1);

		assertThatIllegalStateException().isThrownBy(() -> run(Map.of()).findJars())
			.withMessageContaining("housing-service, social-services-service, allocation-service")
			.withMessageContaining("./mvnw -DskipTests package");
	}

	@Test
	void refusesPortsThatAreConfiguredTwice() {
		assertThatIllegalStateException().isThrownBy(() -> run(Map.of("BB_SOCIAL_PORT", "8081")).checkPortsFree())
			.withMessage("Port 8081 is configured twice");
		assertThatIllegalStateException().isThrownBy(() -> run(Map.of("BB_MANAGEMENT_PORT", "8080")).checkPortsFree())
			.withMessage("Port 8080 is configured twice");
	}

	@Test
	void bannerShowsTheUrlLogsTimeMemoryAndDemoUsers() {
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		LocalRun run = new LocalRun(LocalRunSettings.from(Map.of(), this.repo),
				new PrintStream(output, true, StandardCharsets.UTF_8), Instant.now(), List.of("anna / demo"));

		String banner = run.readyBanner(List.of(), Duration.ofMillis(41_250), 312);

		assertThat(banner).contains("http://localhost:8080/")
			.contains("Ready in 41.3 s. Logs: " + this.repo.resolve(".run/logs"))
			.containsPattern("launcher \\+ Kafka :9092 +" + ProcessHandle.current().pid() + " +312")
			.contains("Demo users:", "    anna / demo")
			.contains("Ctrl-C");
	}

	private LocalRun run(Map<String, String> env) {
		return new LocalRun(LocalRunSettings.from(env, this.repo), System.out, Instant.now(), List.of());
	}

	private static Path touch(Path file, int minutesAfterEpoch) throws Exception {
		Files.writeString(file, "jar");
		Files.setLastModifiedTime(file, FileTime.from(Instant.EPOCH.plus(Duration.ofMinutes(minutesAfterEpoch))));
		return file;
	}

}
