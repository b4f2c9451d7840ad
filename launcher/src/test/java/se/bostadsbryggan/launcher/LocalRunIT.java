package se.bostadsbryggan.launcher;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The whole local run with stand-in app jars (a tiny HTTP server printing its
 * environment) against the real PostgreSQL ({@code BB_TEST_PG_*}, default the local
 * server) and a real broker. Creates the same databases and roles as {@code ./run.sh}.
 */
class LocalRunIT {

	private static final List<String> MODULES = List.of("housing-service", "social-services-service",
			"allocation-service", "gateway");

	@TempDir
	Path repo;

	private final Map<String, String> env = new HashMap<>();

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private final RunningSystem system = new RunningSystem();

	@BeforeEach
	void environment() {
		copyIfSet("BB_TEST_PG_URL", "BB_PG_URL");
		copyIfSet("BB_TEST_PG_USER", "BB_PG_USER");
		copyIfSet("BB_TEST_PG_PASSWORD", "BB_PG_PASSWORD");
		this.env.put("BB_KAFKA_PORT", String.valueOf(KafkaBroker.freeLoopbackPort()));
		this.env.put("BB_GATEWAY_PORT", String.valueOf(KafkaBroker.freeLoopbackPort()));
		this.env.put("BB_HOUSING_PORT", String.valueOf(KafkaBroker.freeLoopbackPort()));
		this.env.put("BB_SOCIAL_PORT", String.valueOf(KafkaBroker.freeLoopbackPort()));
		this.env.put("BB_ALLOCATION_PORT", String.valueOf(KafkaBroker.freeLoopbackPort()));
		this.env.put("BB_MANAGEMENT_PORT", String.valueOf(KafkaBroker.freeLoopbackPort()));
		this.env.put("BB_RUN_DIR", "run");
	}

	@AfterEach
	void stopEverything() {
		this.system.close();
	}

	@Test
	void startsBrokerAndAppsWithTheirEnvironmentAndStopsThemAll() throws Exception {
		MODULES.forEach((module) -> appJar(module, HealthServer.class));
		decoys("housing-service");
		LocalRunSettings settings = LocalRunSettings.from(this.env, this.repo);
		LocalRun run = new LocalRun(settings, new PrintStream(this.output, true, StandardCharsets.UTF_8), Instant.now(),
				List.of("anna.handlaggare / demo"));

		run.start(this.system);

		String banner = this.output.toString(StandardCharsets.UTF_8);
		assertThat(banner).contains("Bostadsbryggan is running: http://localhost:" + settings.gatewayPort() + "/")
			.contains("Logs: " + this.repo.resolve("run/logs"))
			.contains("launcher + Kafka :" + settings.kafkaPort())
			.contains("anna.handlaggare / demo")
			// The stand-ins are no Spring Boot jars: they cannot be extracted for an AOT
			// cache, and start without one.
			.contains("No AOT cache for housing-service (Could not extract");
		List<ServiceProcess> processes = this.system.processes();
		assertThat(processes).extracting(ServiceProcess::name).containsExactlyElementsOf(MODULES);
		assertThat(processes).allSatisfy((process) -> {
			assertThat(process.isAlive()).isTrue();
			assertThat(banner).containsPattern(process.name() + " +" + process.pid() + " +\\d+");
		});
		String gatewayLog = Files.readString(settings.logDir().resolve("gateway.log"));
		assertThat(gatewayLog).contains("env SERVER_PORT=" + settings.gatewayPort())
			.contains("env BB_DEMO_ENABLED=true")
			.contains("env SPRING_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:" + settings.kafkaPort())
			.contains("env SPRING_DATASOURCE_URL=" + LocalDatabases.databaseUrl(settings.pgUrl(), "gateway"))
			.contains("env SPRING_DATASOURCE_USERNAME=gateway")
			.contains("env BB_GATEWAY_HOUSING_URI=http://127.0.0.1:" + settings.housingPort())
			.contains("env BB_GATEWAY_SOCIAL_URI=http://127.0.0.1:" + settings.socialPort())
			.contains("env BB_GATEWAY_ALLOCATION_URI=http://127.0.0.1:" + settings.allocationPort())
			.contains("env BB_MANAGEMENT_PORT=" + settings.managementPort());
		assertThat(Files.readString(settings.logDir().resolve("housing-service.log")))
			.contains("env SPRING_DATASOURCE_URL=" + LocalDatabases.databaseUrl(settings.pgUrl(), "housing"))
			.contains("env BB_GATEWAY_JWKS_URI=http://127.0.0.1:" + settings.gatewayPort() + "/.well-known/jwks.json")
			.doesNotContain("BB_GATEWAY_HOUSING_URI");
		try (Connection housing = DriverManager.getConnection(LocalDatabases.databaseUrl(settings.pgUrl(), "housing"),
				"housing", "housing")) {
			assertThat(housing.isValid(2)).isTrue();
		}
		assertThat(produceOneRecord(settings.kafkaPort()).offset()).isNotNegative();

		this.system.close();

		assertThat(processes).noneMatch(ServiceProcess::isAlive);
		try (KafkaBroker again = KafkaBroker.start(settings.kafkaPort(), settings.kafkaDir())) {
			assertThat(again.bootstrapServers()).isEqualTo("127.0.0.1:" + settings.kafkaPort());
		}
	}

	@Test
	void stopsEverythingAndReportsTheLogOfAnAppThatFailsToStart() {
		MODULES.forEach((module) -> appJar(module, HealthServer.class));
		appJar("allocation-service", FailingApp.class);
		LocalRun run = new LocalRun(LocalRunSettings.from(this.env, this.repo),
				new PrintStream(this.output, true, StandardCharsets.UTF_8), Instant.now(), List.of());

		assertThatExceptionOfType(ServiceNotHealthyException.class).isThrownBy(() -> run.start(this.system))
			.withMessageContaining("allocation-service exited with code 3")
			.withMessageContaining("boom: cannot connect to the database");

		assertThat(this.system.isClosed()).isTrue();
		// All four start together, so all four were started and are stopped.
		assertThat(this.system.processes()).hasSize(4).noneMatch(ServiceProcess::isAlive);
	}

	private void appJar(String module, Class<?> mainClass) {
		TestJavaApps.executableJar(this.repo.resolve(module + "/target/" + module + "-0.1.0-SNAPSHOT.jar"), mainClass);
	}

	/** Jars that a build leaves beside the app jar and that must not be started. */
	private void decoys(String module) {
		Path target = this.repo.resolve(module + "/target");
		TestJavaApps.executableJar(target.resolve(module + "-0.1.0-SNAPSHOT-plain.jar"), FailingApp.class);
		TestJavaApps.executableJar(target.resolve(module + "-0.1.0-SNAPSHOT.jar.original"), FailingApp.class);
		TestJavaApps.executableJar(target.resolve(module + "-0.1.0-SNAPSHOT-sources.jar"), FailingApp.class);
	}

	private void copyIfSet(String from, String to) {
		String value = System.getenv(from);
		if (value != null && !value.isBlank()) {
			this.env.put(to, value);
		}
	}

	private static RecordMetadata produceOneRecord(int kafkaPort) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort), new StringSerializer(),
				new StringSerializer())) {
			return producer.send(new ProducerRecord<>("launcher.smoke.v1", "key", "value")).get();
		}
	}

}
