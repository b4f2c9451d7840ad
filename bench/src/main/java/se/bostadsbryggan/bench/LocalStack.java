package se.bostadsbryggan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One local run of the whole system for the benchmarks: {@code ./run.sh} (jars already
 * built) on ports and databases of its own ({@code bench_housing}, …), so that it never
 * touches a developer's run or data. Each start drops the bench databases and the
 * broker's data first, so every run loads the same demo data.
 */
public final class LocalStack implements AutoCloseable {

	/** Offsets of the local run's ports from {@link BenchContext#portBase()}. */
	public static final int GATEWAY = 0;

	public static final int HOUSING = 1;

	public static final int SOCIAL = 2;

	public static final int ALLOCATION = 3;

	public static final int MANAGEMENT = 10;

	public static final int KAFKA = 1012;

	/** The processes, in report order; the launcher hosts the Kafka broker. */
	public static final List<String> PROCESSES = List.of("launcher + Kafka", "housing-service",
			"social-services-service", "allocation-service", "gateway");

	private static final List<String> DATABASES = List.of("housing", "social", "allocation", "gateway");

	private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

	private final BenchContext context;

	private final Process launcher;

	private final long startedNanos;

	private final Duration readyAfter;

	private final BenchTokens tokens;

	private final Thread stopOnExit;

	private LocalStack(BenchContext context, Process launcher, long startedNanos, Duration readyAfter,
			BenchTokens tokens, Thread stopOnExit) {
		this.context = context;
		this.launcher = launcher;
		this.startedNanos = startedNanos;
		this.readyAfter = readyAfter;
		this.tokens = tokens;
		this.stopOnExit = stopOnExit;
	}

	/**
	 * Drops the bench databases and broker data, runs {@code ./run.sh} and waits until
	 * every health check is up.
	 * @param context the suite's context
	 * @param tokens whose key the gateway signs with
	 * @param environment more variables for {@code run.sh}, e.g. {@code BB_JAVA_OPTS}
	 * @return the running stack
	 * @throws IOException when {@code run.sh} cannot start
	 */
	public static LocalStack start(BenchContext context, BenchTokens tokens, Map<String, String> environment)
			throws IOException {
		return start(context, tokens, environment, true);
	}

	/**
	 * Runs {@code ./run.sh} and waits until every health check is up.
	 * @param context the suite's context
	 * @param tokens whose key the gateway signs with
	 * @param environment more variables for {@code run.sh}, e.g. {@code BB_JAVA_OPTS}
	 * @param fresh {@code true} to drop the bench databases and broker data first (the
	 * demo data is loaded during start-up), {@code false} to keep those of the last run
	 * @return the running stack
	 * @throws IOException when {@code run.sh} cannot start
	 */
	public static LocalStack start(BenchContext context, BenchTokens tokens, Map<String, String> environment,
			boolean fresh) throws IOException {
		Path runDir = context.work("run");
		if (fresh) {
			dropDatabases(context);
			deleteTree(runDir.resolve("kafka"));
		}
		Files.createDirectories(runDir);
		Path log = runDir.resolve("run.sh.log");
		ProcessBuilder builder = new ProcessBuilder(context.repo().resolve("run.sh").toString())
			.directory(context.repo().toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		Map<String, String> env = builder.environment();
		env.put("BB_KAFKA_PORT", String.valueOf(context.port(KAFKA)));
		env.put("BB_GATEWAY_PORT", String.valueOf(context.port(GATEWAY)));
		env.put("BB_HOUSING_PORT", String.valueOf(context.port(HOUSING)));
		env.put("BB_SOCIAL_PORT", String.valueOf(context.port(SOCIAL)));
		env.put("BB_ALLOCATION_PORT", String.valueOf(context.port(ALLOCATION)));
		env.put("BB_MANAGEMENT_PORT", String.valueOf(context.port(MANAGEMENT)));
		env.put("BB_DB_PREFIX", context.databasePrefix());
		env.put("BB_RUN_DIR", runDir.toString());
		env.put("BB_PG_URL", context.pgAdminUrl());
		env.put("BB_PG_USER", context.pgAdminUser());
		env.put("BB_GATEWAY_SIGNING_KEY", tokens.privateKeyPem());
		env.putAll(environment);
		long started = System.nanoTime();
		Process process = builder.start();
		process.getOutputStream().close();
		// Ctrl-C on the suite stops the run too.
		Thread stopOnExit = new Thread(() -> stop(process), "bench-stop-local-run");
		Runtime.getRuntime().addShutdownHook(stopOnExit);
		try {
			awaitHealthy(context, process, started, log);
		}
		catch (RuntimeException | IOException ex) {
			stop(process);
			Runtime.getRuntime().removeShutdownHook(stopOnExit);
			throw ex;
		}
		Duration ready = Duration.ofNanos(System.nanoTime() - started);
		return new LocalStack(context, process, started, ready, tokens, stopOnExit);
	}

	private static void awaitHealthy(BenchContext context, Process process, long started, Path log) throws IOException {
		List<URI> health = List.of(context.port(HOUSING), context.port(SOCIAL), context.port(ALLOCATION))
			.stream()
			.map((port) -> URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
			.collect(Collectors.toCollection(ArrayList::new));
		health.add(URI.create("http://127.0.0.1:" + context.port(GATEWAY) + "/readyz"));
		long deadline = started + START_TIMEOUT.toNanos();
		try (HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofMillis(500))
			.build()) {
			int next = 0;
			while (true) {
				if (!process.isAlive()) {
					throw new IllegalStateException("run.sh exited with code " + process.exitValue()
							+ " before the system was ready; see " + log);
				}
				if (System.nanoTime() - deadline > 0) {
					throw new IllegalStateException(
							"The system was not ready within " + START_TIMEOUT + "; see " + log);
				}
				if (next < health.size() && answers200(client, health.get(next))) {
					next++;
					continue;
				}
				if (next == health.size() && acceptsConnections(context.port(KAFKA))) {
					return;
				}
				Thread.sleep(50);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the system", ex);
		}
	}

	private static boolean answers200(HttpClient client, URI uri) throws InterruptedException {
		try {
			HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
			return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static boolean acceptsConnections(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * @return the time from starting {@code run.sh} until every health check answered
	 */
	public Duration readyAfter() {
		return this.readyAfter;
	}

	/**
	 * @return the tokens whose key the gateway signs with
	 */
	public BenchTokens tokens() {
		return this.tokens;
	}

	/**
	 * @param service {@code housing}, {@code social}, {@code allocation} or
	 * {@code gateway}
	 * @return the JDBC URL of that service's bench database (the role and password are
	 * its name, as the launcher creates them)
	 */
	public String databaseUrl(String service) {
		return this.context.pgAdminUrl().replaceFirst("/[^/?]*(\\?.*)?$", "/" + databaseName(this.context, service));
	}

	/**
	 * @param service a service's short name
	 * @return the base URL of its HTTP port on loopback, e.g.
	 * {@code http://127.0.0.1:18081}
	 */
	public URI baseUri(String service) {
		int offset = switch (service) {
			case "gateway" -> GATEWAY;
			case "housing" -> HOUSING;
			case "social" -> SOCIAL;
			case "allocation" -> ALLOCATION;
			default -> throw new IllegalArgumentException("No service '" + service + "'");
		};
		return URI.create("http://127.0.0.1:" + this.context.port(offset));
	}

	/**
	 * @param service {@code housing}, {@code social}, {@code allocation} or
	 * {@code gateway}
	 * @param context the suite's context
	 * @return its bench database's name, also its role's name and password
	 */
	public static String databaseName(BenchContext context, String service) {
		return context.databasePrefix() + service;
	}

	/**
	 * @param service {@code housing}, {@code social}, {@code allocation} or
	 * {@code gateway}
	 * @return a connection to its bench database
	 * @throws SQLException when it cannot connect
	 */
	public Connection connect(String service) throws SQLException {
		String name = databaseName(this.context, service);
		return DriverManager.getConnection(databaseUrl(service), name, name);
	}

	/**
	 * @return the process ids by {@link #PROCESSES} name
	 */
	public Map<String, Long> pids() {
		Map<String, Long> pids = new LinkedHashMap<>();
		pids.put(PROCESSES.get(0), this.launcher.pid());
		List<ProcessHandle> children = this.launcher.children().toList();
		for (String name : PROCESSES.subList(1, PROCESSES.size())) {
			children.stream()
				.filter((child) -> child.info()
					.commandLine()
					.filter((line) -> line.contains("/" + name + "/target/" + name + "-")
							|| line.contains("/" + name + ".jar") || line.contains("/" + name + "/"))
					.isPresent())
				.findFirst()
				.ifPresent((child) -> pids.put(name, child.pid()));
		}
		return pids;
	}

	/**
	 * @return resident memory in MiB by process name, read from {@code /proc}
	 */
	public Map<String, Long> residentMebibytes() {
		Map<String, Long> rss = new LinkedHashMap<>();
		pids().forEach((name, pid) -> rss.put(name, ProcStat.residentMebibytes(pid)));
		return rss;
	}

	/**
	 * Waits until the processes together use less than {@code cpuShare} of one core over
	 * {@code window}: the demo data has flowed through Kafka and the system is idle.
	 * @param window the quiet window
	 * @param cpuShare the highest share of one core that counts as idle, e.g. 0.1
	 * @param timeout how long to wait at most
	 * @return how long it took
	 * @throws InterruptedException when interrupted
	 */
	public Duration awaitIdle(Duration window, double cpuShare, Duration timeout) throws InterruptedException {
		long started = System.nanoTime();
		long deadline = started + timeout.toNanos();
		while (System.nanoTime() - deadline < 0) {
			List<Long> pids = List.copyOf(pids().values());
			long before = ProcStat.cpuMillis(pids);
			Thread.sleep(window.toMillis());
			long used = ProcStat.cpuMillis(pids) - before;
			if (used <= window.toMillis() * cpuShare) {
				return Duration.ofNanos(System.nanoTime() - started);
			}
		}
		throw new IllegalStateException("The system did not become idle within " + timeout);
	}

	/**
	 * @return nanoTime when {@code run.sh} was started
	 */
	public long startedNanos() {
		return this.startedNanos;
	}

	/**
	 * Stops the run like Ctrl-C (SIGTERM to the launcher, which stops the apps).
	 */
	@Override
	public void close() {
		stop(this.launcher);
		try {
			Runtime.getRuntime().removeShutdownHook(this.stopOnExit);
		}
		catch (IllegalStateException ex) {
			// The JVM is exiting: the hook runs anyway.
		}
	}

	private static void stop(Process launcher) {
		List<ProcessHandle> descendants = launcher.descendants().toList();
		launcher.destroy();
		try {
			if (!launcher.waitFor(60, TimeUnit.SECONDS)) {
				launcher.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			launcher.destroyForcibly();
		}
		descendants.forEach(ProcessHandle::destroyForcibly);
	}

	/**
	 * Drops the bench databases (never a developer's: they all start with
	 * {@link BenchContext#databasePrefix()}).
	 * @param context the suite's context
	 */
	static void dropDatabases(BenchContext context) {
		try (Connection admin = DriverManager.getConnection(context.pgAdminUrl(), context.pgAdminUser(), "");
				Statement statement = admin.createStatement()) {
			for (String database : DATABASES) {
				statement.execute("drop database if exists " + databaseName(context, database) + " with (force)");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot drop the bench databases: " + ex.getMessage(), ex);
		}
	}

	static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete " + root, ex);
		}
	}

	/**
	 * @param name a process name from {@link #PROCESSES}
	 * @return its pid, if it runs
	 */
	public Optional<Long> pid(String name) {
		return Optional.ofNullable(pids().get(name));
	}

}
