package se.bostadsbryggan.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import se.bostadsbryggan.launcher.ServiceProcess;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.TestDatabases;

/**
 * The whole system as ops run it: the four apps started from their packaged jars as
 * separate processes, each with its own fresh PostgreSQL database, one real Kafka broker
 * (the embedded KRaft broker of spring-kafka-test), all on loopback. Started once for all
 * system tests.
 */
final class RunningSystem implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	/** The services load their demo data before they report ready. */
	private static final Duration DEMO_START_TIMEOUT = Duration.ofSeconds(360);

	private final Path repo = Path.of(System.getProperty("bb.repo", "..")).toAbsolutePath().normalize();

	private final String version = System.getProperty("bb.version", "0.1.0-SNAPSHOT");

	private final Path logs;

	private final EmbeddedKafkaKraftBroker kafka;

	private final Map<String, App> apps = new LinkedHashMap<>();

	/**
	 * Whether the services load the local run's demo data (the gateway's users always).
	 */
	private final boolean demo;

	private RunningSystem(boolean demo) {
		this.demo = demo;
		Path logs = Path.of(System.getProperty("bb.logs", "target/system-logs"));
		this.logs = demo ? logs.resolve("demo") : logs;
		this.kafka = new EmbeddedKafkaKraftBroker(1, 1);
		this.kafka.afterPropertiesSet();
		try {
			Files.createDirectories(this.logs);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static RunningSystem start() {
		return start(false);
	}

	/**
	 * @return a second system whose services load the demo data of the local run
	 * ({@code bb.demo.enabled}), as {@code ./run.sh} does
	 */
	static RunningSystem startWithDemoData() {
		return start(true);
	}

	private static RunningSystem start(boolean demo) {
		RunningSystem system = new RunningSystem(demo);
		String prefix = demo ? "demo_" : "sys_";
		try {
			system.add("housing-service", TestDatabases.create(prefix + "housing"));
			system.add("social-services-service", TestDatabases.create(prefix + "social"));
			system.add("allocation-service", TestDatabases.create(prefix + "allocation"));
			system.add("gateway", TestDatabases.create(prefix + "gateway"));
			List<CompletableFuture<Void>> starting = new ArrayList<>();
			for (String name : List.of("housing-service", "social-services-service", "allocation-service")) {
				starting.add(CompletableFuture.runAsync(() -> system.startApp(name)));
			}
			starting.forEach(CompletableFuture::join);
			system.startApp("gateway");
			return system;
		}
		catch (RuntimeException ex) {
			system.close();
			throw ex;
		}
	}

	String gatewayUrl() {
		return url("gateway");
	}

	/**
	 * @param username a demo user (password {@code demo})
	 * @return a client logged in at the gateway as that user
	 */
	ApiClient loggedIn(String username) {
		return ApiClient.loggedIn(gatewayUrl(), username, "demo");
	}

	String url(String app) {
		return "http://127.0.0.1:" + this.apps.get(app).port();
	}

	String bootstrapServers() {
		return this.kafka.getBrokersAsString();
	}

	TestDatabases.Database database(String app) {
		return this.apps.get(app).database();
	}

	Path logFile(String app) {
		return this.logs.resolve(app + ".log");
	}

	/** Ends an app at once, as a crash or {@code kill -9} would. */
	void kill(String app) {
		App running = this.apps.get(app);
		running.process().kill();
	}

	/** Starts an app again on the same port and database. */
	void restart(String app) {
		startApp(app);
	}

	private void add(String name, TestDatabases.Database database) {
		this.apps.put(name, new App(name, freePort(), database, null));
	}

	private void startApp(String name) {
		App app = this.apps.get(name);
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SERVER_PORT", Integer.toString(app.port()));
		environment.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", bootstrapServers());
		// Demo users exist at the gateway; the services' demo data only in the demo
		// system.
		environment.put("BB_DEMO_ENABLED", Boolean.toString(this.demo || name.equals("gateway")));
		environment.put("BB_MESSAGING_TOPICS_PARTITIONS", "1");
		if (app.database() != null) {
			environment.put("SPRING_DATASOURCE_URL", app.database().url());
			environment.put("SPRING_DATASOURCE_USERNAME", app.database().user());
			environment.put("SPRING_DATASOURCE_PASSWORD", app.database().password());
		}
		if (name.equals("gateway")) {
			environment.put("BB_GATEWAY_HOUSING_URI", url("housing-service"));
			environment.put("BB_GATEWAY_SOCIAL_URI", url("social-services-service"));
			environment.put("BB_GATEWAY_ALLOCATION_URI", url("allocation-service"));
			// The gateway's Actuator has a port of its own (loopback, never published).
			environment.put("BB_MANAGEMENT_PORT", Integer.toString(freePort()));
		}
		else {
			// The gateway's port is chosen before anything starts; the services fetch its
			// keys on their first request, so they may start before it.
			environment.put("BB_GATEWAY_JWKS_URI", gatewayUrl() + "/.well-known/jwks.json");
		}
		Path jar = this.repo.resolve(name).resolve("target").resolve(name + "-" + this.version + ".jar");
		ServiceProcess process = ServiceProcess.builder(name, this.logs).jar(jar).environment(environment).start();
		App started = new App(name, app.port(), app.database(), process);
		synchronized (this.apps) {
			this.apps.put(name, started);
		}
		process.awaitHealthy(URI.create(url(name) + readinessPath(name)),
				this.demo ? DEMO_START_TIMEOUT : START_TIMEOUT);
	}

	/**
	 * @param app an app
	 * @return its readiness probe on its main port: a service's Actuator, or the
	 * gateway's {@code /readyz} (its Actuator is on the management port)
	 */
	static String readinessPath(String app) {
		return app.equals("gateway") ? "/readyz" : "/actuator/health/readiness";
	}

	@Override
	public void close() {
		List<String> names = new ArrayList<>(this.apps.keySet());
		java.util.Collections.reverse(names);
		for (String name : names) {
			App app = this.apps.get(name);
			if (app.process() != null) {
				app.process().stop();
			}
		}
		this.kafka.destroy();
		for (App app : this.apps.values()) {
			if (app.database() != null) {
				TestDatabases.drop(app.database());
			}
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record App(String name, int port, TestDatabases.Database database, ServiceProcess process) {
	}

}
