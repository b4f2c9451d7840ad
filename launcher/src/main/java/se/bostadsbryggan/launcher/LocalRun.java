package se.bostadsbryggan.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.bostadsbryggan.launcher.LocalRunSettings.App;

/**
 * The local run of the whole system without Docker, started by {@code ./run.sh}: creates
 * the databases, starts a Kafka broker in this JVM and the four apps as child processes,
 * waits until they are ready and prints where to go. Ctrl-C stops everything it started.
 * <p>
 * Settings come from environment variables ({@code BB_PG_URL}, {@code BB_PG_USER},
 * {@code BB_PG_PASSWORD}, {@code BB_KAFKA_PORT}, {@code BB_GATEWAY_PORT},
 * {@code BB_HOUSING_PORT}, {@code BB_SOCIAL_PORT}, {@code BB_ALLOCATION_PORT},
 * {@code BB_MANAGEMENT_PORT}, {@code BB_RUN_DIR}, {@code BB_JAVA_OPTS}); the repository
 * root is the working directory or {@code -Dbb.repo}.
 */
public final class LocalRun {

	static {
		// Before the first logger: the launcher's own Logback file, not named logback.xml
		// so
		// that it never takes over the logging of apps whose tests use this jar.
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "bostadsbryggan-launcher-logback.xml");
		}
	}

	private static final Logger logger = LoggerFactory.getLogger(LocalRun.class);

	private final LocalRunSettings settings;

	private final PrintStream out;

	private final Instant launcherStarted;

	private final List<String> demoUsers;

	/**
	 * The gateway's demo users (created because the local run loads demo data), printed
	 * when the system is ready.
	 */
	static final List<String> DEMO_USERS = List.of("bovard / demo (bostadsbolaget, uthyrare)",
			"fastighetschef / demo (bostadsbolaget, fastighetschef)",
			"handlaggare / demo (socialtjänsten, handläggare)", "handlaggare2 / demo (socialtjänsten, handläggare)",
			"enhetschef / demo (socialtjänsten, enhetschef)", "admin / demo (användaradministration)");

	LocalRun(LocalRunSettings settings, PrintStream out, Instant launcherStarted, List<String> demoUsers) {
		this.settings = settings;
		this.out = out;
		this.launcherStarted = launcherStarted;
		this.demoUsers = List.copyOf(demoUsers);
	}

	/**
	 * Runs the system until Ctrl-C or SIGTERM.
	 * @param args ignored
	 */
	public static void main(String[] args) {
		Instant started = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
		LocalRunSettings settings;
		try {
			settings = LocalRunSettings.from(System.getenv(), Path.of(System.getProperty("bb.repo", "")));
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		LocalRun run = new LocalRun(settings, System.out, started, DEMO_USERS);
		RunningSystem system = new RunningSystem();
		AtomicBoolean stopRequested = new AtomicBoolean();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stopRequested.set(true);
			system.close();
		}, "launcher-shutdown"));
		try {
			run.start(system);
		}
		catch (RuntimeException ex) {
			if (stopRequested.get()) {
				// Ctrl-C during start-up: the shutdown hook stops what was started.
				return;
			}
			System.err.println();
			System.err.println("Local run failed: " + ex.getMessage());
			logger.debug("Local run failed", ex);
			system.close();
			System.exit(1);
			return;
		}
		system.watch(run.out);
	}

	/**
	 * Starts everything, registering each part with the given system as soon as it runs
	 * so that closing the system (on failure or from a shutdown hook) stops what was
	 * started.
	 */
	void start(RunningSystem system) {
		Map<App, Path> jars = findJars();
		checkPortsFree();
		prepareDatabases();
		system.add(KafkaBroker.start(this.settings.kafkaPort(), this.settings.kafkaDir()));
		Map<App, Launch> launches = this.settings.aotCache() ? launchesFromAotCaches(system, jars)
				: plainLaunches(jars);
		startAndAwait(system, this.settings.apps(), launches);
		this.out.println(readyBanner(system.processes(), Duration.between(this.launcherStarted, Instant.now()),
				ProcessMemory.residentMebibytes(ProcessHandle.current().pid()).orElse(-1)));
	}

	/**
	 * How to start an app: which jar, with which JVM options.
	 */
	record Launch(Path jar, List<String> jvmOptions) {

	}

	private void noCache(App app, String why) {
		this.out.println("No AOT cache for " + app.module() + " (" + why + "); it starts without one.");
	}

	/**
	 * @param app an app
	 * @return its JVM options: {@code BB_JAVA_OPTS}, else the lean defaults (the gateway
	 * keeps the C2 compiler)
	 */
	static List<String> jvmOptions(App app) {
		return app.gateway() ? ServiceProcess.gatewayJvmOptions() : ServiceProcess.defaultJvmOptions();
	}

	private static Map<App, Launch> plainLaunches(Map<App, Path> jars) {
		Map<App, Launch> launches = new LinkedHashMap<>();
		jars.forEach((app, jar) -> launches.put(app, new Launch(jar, jvmOptions(app))));
		return launches;
	}

	/**
	 * Starts every app from its AOT cache, first making the caches that are missing or
	 * stale (after a build) in training runs, all at once. An app whose training fails
	 * starts from its jar as before.
	 */
	Map<App, Launch> launchesFromAotCaches(RunningSystem system, Map<App, Path> jars) {
		Map<App, AotCache> caches = new LinkedHashMap<>();
		jars.forEach((app, jar) -> caches.put(app,
				new AotCache(this.settings.aotDir(), app.module(), jar, jvmOptions(app))));
		Map<App, ServiceProcess> trainings = new LinkedHashMap<>();
		caches.forEach((app, cache) -> {
			if (!cache.isCurrent()) {
				trainings.put(app, null);
			}
		});
		if (!trainings.isEmpty()) {
			this.out.println("Making the JDK AOT caches of " + trainings.keySet().stream().map(App::module).toList()
					+ " (once after each build; BB_AOT_CACHE=off skips them) ...");
			for (App app : List.copyOf(trainings.keySet())) {
				try {
					ServiceProcess training = caches.get(app)
						.prepareTraining(this.settings.logDir())
						.environment(environment(app))
						.workingDirectory(this.settings.repo())
						.start();
					system.add(training);
					trainings.put(app, training);
				}
				catch (RuntimeException ex) {
					noCache(app, ex.getMessage());
					trainings.remove(app);
					caches.remove(app);
				}
			}
			trainings.forEach((app, training) -> {
				int exit = training.awaitExit(this.settings.healthTimeout());
				system.remove(training);
				if (exit != 0 || !caches.get(app).finishTraining()) {
					noCache(app, "its training run exited with " + exit + "; see " + training.logFile());
					caches.remove(app);
				}
			});
		}
		Map<App, Launch> launches = new LinkedHashMap<>();
		jars.forEach((app, jar) -> {
			AotCache cache = caches.get(app);
			launches.put(app, (cache != null) ? new Launch(cache.extractedJar(), cache.runOptions())
					: new Launch(jar, jvmOptions(app)));
		});
		return launches;
	}

	Map<App, Path> findJars() {
		Map<App, Path> jars = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (App app : this.settings.apps()) {
			findJar(this.settings.repo(), app.module()).ifPresentOrElse((jar) -> jars.put(app, jar),
					() -> missing.add(app.module()));
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("No packaged jar for " + String.join(", ", missing) + " under "
					+ this.settings.repo() + ". Build first: ./mvnw -DskipTests package (./run.sh does it for you)");
		}
		return jars;
	}

	/**
	 * Finds {@code <repo>/<module>/target/<module>-*.jar}, newest first, skipping
	 * {@code *.original} and {@code -plain}, {@code -sources}, {@code -javadoc} and
	 * {@code -tests} jars.
	 */
	static Optional<Path> findJar(Path repo, String module) {
		Path target = repo.resolve(module).resolve("target");
		if (!Files.isDirectory(target)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.list(target)) {
			return files.filter((file) -> isAppJar(file.getFileName().toString(), module))
				.filter(Files::isRegularFile)
				.max(Comparator.comparing(LocalRun::lastModified));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + target, ex);
		}
	}

	static boolean isAppJar(String fileName, String module) {
		if (!fileName.startsWith(module + "-") || !fileName.endsWith(".jar")) {
			return false;
		}
		return Stream.of("-plain", "-sources", "-javadoc", "-tests").noneMatch(fileName::contains);
	}

	private static java.nio.file.attribute.FileTime lastModified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void checkPortsFree() {
		Map<String, Integer> ports = new LinkedHashMap<>();
		ports.put("BB_KAFKA_PORT", this.settings.kafkaPort());
		this.settings.apps().forEach((app) -> ports.put(app.module(), app.port()));
		ports.put("BB_MANAGEMENT_PORT", this.settings.managementPort());
		Set<Integer> seen = new HashSet<>();
		for (Map.Entry<String, Integer> port : ports.entrySet()) {
			if (!seen.add(port.getValue())) {
				throw new IllegalStateException("Port " + port.getValue() + " is configured twice");
			}
			if (!isFree(port.getValue())) {
				throw new IllegalStateException("Port " + port.getValue() + " (" + port.getKey()
						+ ") is in use: is another run still going? Stop it, or choose other ports "
						+ "with BB_KAFKA_PORT, BB_GATEWAY_PORT, BB_HOUSING_PORT, BB_SOCIAL_PORT, BB_ALLOCATION_PORT, "
						+ "BB_MANAGEMENT_PORT");
			}
		}
	}

	private static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	void prepareDatabases() {
		LocalDatabases databases = new LocalDatabases(this.settings.pgUrl(), this.settings.pgUser(),
				this.settings.pgPassword());
		try {
			databases.checkReachable();
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException(ex.getMessage() + System.lineSeparator()
					+ "Is PostgreSQL running? On Debian/Ubuntu: pg_ctlcluster --skip-systemctl-redirect 15 main start"
					+ System.lineSeparator() + "Other server or credentials: set BB_PG_URL, BB_PG_USER, BB_PG_PASSWORD",
					ex);
		}
		for (App app : this.settings.apps()) {
			databases.ensure(app.database(), app.database(), app.database());
		}
		logger.info("Databases ready: {}", this.settings.apps().stream().map(App::database).toList());
	}

	/**
	 * The environment contract between the launcher and each app.
	 */
	Map<String, String> environment(App app) {
		Map<String, String> env = new LinkedHashMap<>();
		env.put("SERVER_PORT", String.valueOf(app.port()));
		env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + this.settings.kafkaPort());
		env.put("BB_DEMO_ENABLED", "true");
		// glibc's malloc keeps up to 8 arenas per core for a JVM's many threads; two are
		// plenty for an app that mostly allocates on its Java heap, and use less memory.
		env.put("MALLOC_ARENA_MAX", "2");
		env.put("SPRING_DATASOURCE_URL", LocalDatabases.databaseUrl(this.settings.pgUrl(), app.database()));
		env.put("SPRING_DATASOURCE_USERNAME", app.database());
		env.put("SPRING_DATASOURCE_PASSWORD", app.database());
		if (app.gateway()) {
			env.put("BB_GATEWAY_HOUSING_URI", "http://127.0.0.1:" + this.settings.housingPort());
			env.put("BB_GATEWAY_SOCIAL_URI", "http://127.0.0.1:" + this.settings.socialPort());
			env.put("BB_GATEWAY_ALLOCATION_URI", "http://127.0.0.1:" + this.settings.allocationPort());
			env.put("BB_MANAGEMENT_PORT", String.valueOf(this.settings.managementPort()));
		}
		else {
			env.put("BB_GATEWAY_JWKS_URI",
					"http://127.0.0.1:" + this.settings.gatewayPort() + "/.well-known/jwks.json");
		}
		return env;
	}

	/**
	 * @param app an app
	 * @return its readiness probe: a service's Actuator, or the gateway's {@code /readyz}
	 * on its main port (its Actuator has a management port of its own)
	 */
	static URI healthUrl(App app) {
		String path = app.gateway() ? "/readyz" : "/actuator/health/readiness";
		return URI.create("http://127.0.0.1:" + app.port() + path);
	}

	private void startAndAwait(RunningSystem system, List<App> apps, Map<App, Launch> launches) {
		Map<App, ServiceProcess> started = new LinkedHashMap<>();
		for (App app : apps) {
			Launch launch = launches.get(app);
			ServiceProcess process = ServiceProcess.builder(app.module(), this.settings.logDir())
				.jar(launch.jar())
				.jvmOptions(launch.jvmOptions())
				.environment(environment(app))
				.workingDirectory(this.settings.repo())
				.start();
			system.add(process);
			started.put(app, process);
		}
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			ExecutorCompletionService<App> completion = new ExecutorCompletionService<>(executor);
			started.forEach((app, process) -> completion.submit(() -> {
				process.awaitHealthy(healthUrl(app), this.settings.healthTimeout());
				return app;
			}));
			for (int i = 0; i < started.size(); i++) {
				try {
					completion.take().get();
				}
				catch (ExecutionException ex) {
					// Stop the others now, so their waits end at once instead of at the
					// timeout.
					system.close();
					throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
							: new IllegalStateException(ex.getCause());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for the apps", ex);
				}
			}
		}
	}

	String readyBanner(List<ServiceProcess> processes, Duration elapsed, long launcherRss) {
		String line = "=".repeat(72);
		StringBuilder banner = new StringBuilder();
		banner.append(System.lineSeparator()).append(line).append(System.lineSeparator());
		banner.append("  Bostadsbryggan is running: http://localhost:")
			.append(this.settings.gatewayPort())
			.append('/')
			.append(System.lineSeparator());
		banner.append(
				String.format("  Ready in %.1f s. Logs: %s%n", elapsed.toMillis() / 1000.0, this.settings.logDir()));
		banner.append(String.format("  %-26s %8s %9s%n", "process", "pid", "RSS MiB"));
		banner.append(String.format("  %-26s %8d %9d%n", "launcher + Kafka :" + this.settings.kafkaPort(),
				ProcessHandle.current().pid(), launcherRss));
		for (ServiceProcess process : processes) {
			banner.append(String.format("  %-26s %8d %9d%n", process.name(), process.pid(),
					process.residentMemoryMebibytes().orElse(-1)));
		}
		if (!this.demoUsers.isEmpty()) {
			banner.append("  Demo users:").append(System.lineSeparator());
			this.demoUsers.forEach((user) -> banner.append("    ").append(user).append(System.lineSeparator()));
		}
		banner.append("  Press Ctrl-C to stop everything.").append(System.lineSeparator());
		banner.append(line);
		return banner.toString();
	}

}
