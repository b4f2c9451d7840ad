package se.bostadsbryggan.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Java child process (an app jar, or a main class), started on the JDK that runs this
 * JVM, with its output appended to {@code <logDir>/<name>.log}.
 * <p>
 * The child inherits this process's environment plus the given variables. Unless
 * {@link Builder#jvmOptions(List)} says otherwise it runs with
 * {@link #defaultJvmOptions()}.
 *
 * <pre>{@code
 * try (ServiceProcess housing = ServiceProcess.builder("housing-service", logDir)
 *     .jar(jar)
 *     .environment(Map.of("SERVER_PORT", "8081"))
 *     .start()) {
 *     housing.awaitHealthy(URI.create("http://127.0.0.1:8081/actuator/health/readiness"), Duration.ofSeconds(120));
 * }
 * }</pre>
 */
public final class ServiceProcess implements AutoCloseable {

	/**
	 * JVM options for the apps when {@code BB_JAVA_OPTS} is not set: lean settings for
	 * several Spring Boot apps on a small machine. Serial GC (no GC threads), a 256 MiB
	 * heap, {@code MaxRAM=1g} so that other ergonomics (initial heap, code cache, direct
	 * memory) size for a small box, compact object headers (JDK 25: 8-byte instead of
	 * 12-byte headers, a smaller heap), 512 KiB thread stacks, C1 only (starts faster and
	 * uses less memory than C2; fine for local use) and UTF-8. The benchmarks
	 * ({@code bench/}) measure them against the JVM's defaults.
	 */
	public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xss512k", "-XX:MaxRAM=1g",
			"-Xmx256m", "-XX:+UseCompactObjectHeaders", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8");

	/**
	 * JVM options for the gateway when {@code BB_JAVA_OPTS} is not set: the
	 * {@link #DEFAULT_JVM_OPTIONS} with the C2 compiler too. Every request passes through
	 * the gateway (session, security filters, identity token, proxying), so its code runs
	 * hot and C2's optimised code pays for the compiler's memory; the benchmarks' gateway
	 * overhead part measures it.
	 */
	public static final List<String> GATEWAY_JVM_OPTIONS = DEFAULT_JVM_OPTIONS.stream()
		.filter((option) -> !option.startsWith("-XX:TieredStopAtLevel="))
		.toList();

	/**
	 * Environment variable that replaces {@link #DEFAULT_JVM_OPTIONS} (split on blanks).
	 */
	public static final String JAVA_OPTS_VARIABLE = "BB_JAVA_OPTS";

	static final int LOG_TAIL_LINES = 40;

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

	private static final Logger logger = LoggerFactory.getLogger(ServiceProcess.class);

	private final String name;

	private final Process process;

	private final Path logFile;

	private ServiceProcess(String name, Process process, Path logFile) {
		this.name = name;
		this.process = process;
		this.logFile = logFile;
	}

	/**
	 * Returns a builder for a process whose log is {@code <logDir>/<name>.log}.
	 * @param name a short name, used for the log file and in messages
	 * @param logDir the log directory, created if needed
	 * @return a builder
	 */
	public static Builder builder(String name, Path logDir) {
		return new Builder(name, logDir);
	}

	/**
	 * Returns the JVM options for app processes: {@code BB_JAVA_OPTS} split on blanks
	 * when set and not blank, else {@link #DEFAULT_JVM_OPTIONS}.
	 * @return the options
	 */
	public static List<String> defaultJvmOptions() {
		return jvmOptions(System.getenv());
	}

	static List<String> jvmOptions(Map<String, String> environment) {
		return jvmOptions(environment, DEFAULT_JVM_OPTIONS);
	}

	/**
	 * Returns the JVM options for the gateway: {@code BB_JAVA_OPTS} split on blanks when
	 * set and not blank, else {@link #GATEWAY_JVM_OPTIONS}.
	 * @return the options
	 */
	public static List<String> gatewayJvmOptions() {
		return jvmOptions(System.getenv(), GATEWAY_JVM_OPTIONS);
	}

	static List<String> jvmOptions(Map<String, String> environment, List<String> defaults) {
		String configured = environment.get(JAVA_OPTS_VARIABLE);
		if (configured == null || configured.isBlank()) {
			return defaults;
		}
		return List.of(configured.strip().split("\\s+"));
	}

	/**
	 * Returns the {@code java} executable of the JDK running this JVM.
	 * @return the path of {@code java}
	 */
	public static Path javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java");
	}

	/**
	 * Returns the name given at start.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns the operating system process id.
	 * @return the pid
	 */
	public long pid() {
		return this.process.pid();
	}

	/**
	 * Tells whether the process is still running.
	 * @return {@code true} while it runs
	 */
	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Returns the process's resident memory, read from {@code /proc/<pid>/status}.
	 * @return the RSS in MiB, or empty where it cannot be read
	 */
	public OptionalLong residentMemoryMebibytes() {
		return ProcessMemory.residentMebibytes(pid());
	}

	/**
	 * Returns the log file that receives the process's standard output and error.
	 * @return the log file
	 */
	public Path logFile() {
		return this.logFile;
	}

	/**
	 * Returns the last lines of the log file.
	 * @param lines how many lines at most
	 * @return the lines, oldest first; empty if there is no log yet
	 */
	public List<String> logTail(int lines) {
		return tail(this.logFile, lines);
	}

	/**
	 * Polls a health URL until it answers HTTP 200.
	 * @param healthUrl the URL to poll, e.g. {@code /actuator/health/readiness}
	 * @param timeout how long to wait in total
	 * @throws ServiceNotHealthyException if the process exits or the timeout passes
	 * first; its message holds the last 40 lines of the log
	 */
	public void awaitHealthy(URI healthUrl, Duration timeout) {
		long started = System.nanoTime();
		long deadline = started + timeout.toNanos();
		HttpRequest request = HttpRequest.newBuilder(healthUrl).timeout(Duration.ofSeconds(2)).GET().build();
		String lastOutcome = "no answer yet";
		try (HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(1))
			.build()) {
			while (true) {
				if (!this.process.isAlive()) {
					throw notHealthy(
							"exited with code " + this.process.exitValue() + " before " + healthUrl + " answered 200");
				}
				try {
					HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
					if (response.statusCode() == 200) {
						logger.info("{} is healthy after {} ms (pid {})", this.name,
								Duration.ofNanos(System.nanoTime() - started).toMillis(), pid());
						return;
					}
					lastOutcome = "HTTP " + response.statusCode();
				}
				catch (IOException ex) {
					lastOutcome = ex.getClass().getSimpleName();
				}
				if (System.nanoTime() - deadline > 0) {
					throw notHealthy("not healthy at " + healthUrl + " within " + timeout.toSeconds() + " s (last: "
							+ lastOutcome + ")");
				}
				sleep(POLL_INTERVAL);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw notHealthy("interrupted while waiting for " + healthUrl);
		}
	}

	/**
	 * Waits until the process exits on its own.
	 * @param timeout how long to wait at most
	 * @return its exit code
	 * @throws ServiceNotHealthyException if it still runs after the timeout (it is then
	 * killed); its message holds the last 40 lines of the log
	 */
	public int awaitExit(Duration timeout) {
		try {
			if (this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				return this.process.exitValue();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			kill();
			throw notHealthy("interrupted while waiting for it to exit");
		}
		kill();
		throw notHealthy("still running after " + timeout.toSeconds() + " s");
	}

	/**
	 * Stops the process like an operator would: SIGTERM, up to 20 s for a graceful
	 * shutdown, then a forced kill of it and its descendants. Returns once it has exited.
	 */
	public void stop() {
		if (!this.process.isAlive()) {
			return;
		}
		List<ProcessHandle> descendants = this.process.descendants().toList();
		this.process.destroy();
		try {
			if (!this.process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				logger.warn("{} (pid {}) did not stop within {} s; killing it", this.name, pid(),
						STOP_TIMEOUT.toSeconds());
				kill();
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			kill();
			return;
		}
		killAll(descendants);
		logger.info("{} (pid {}) stopped", this.name, pid());
	}

	/**
	 * Kills the process and its descendants at once (SIGKILL), like a crash. Returns once
	 * it has exited.
	 */
	public void kill() {
		List<ProcessHandle> handles = new ArrayList<>(this.process.descendants().toList());
		handles.add(this.process.toHandle());
		killAll(handles);
	}

	/** Same as {@link #stop()}. */
	@Override
	public void close() {
		stop();
	}

	@Override
	public String toString() {
		return this.name + " (pid " + pid() + ")";
	}

	private ServiceNotHealthyException notHealthy(String problem) {
		return new ServiceNotHealthyException(this.name, problem, this.logFile, logTail(LOG_TAIL_LINES));
	}

	private static void killAll(List<ProcessHandle> handles) {
		handles.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle handle : handles) {
			handle.onExit().join();
		}
	}

	private static void sleep(Duration duration) throws InterruptedException {
		Thread.sleep(duration.toMillis());
	}

	static List<String> tail(Path file, int lines) {
		if (!Files.isRegularFile(file)) {
			return List.of();
		}
		Deque<String> tail = new ArrayDeque<>(lines);
		try (Stream<String> all = Files.lines(file, StandardCharsets.UTF_8)) {
			all.forEach((line) -> {
				if (tail.size() == lines) {
					tail.removeFirst();
				}
				tail.addLast(line);
			});
		}
		catch (IOException | UncheckedIOException ex) {
			return List.of("(cannot read " + file + ": " + ex.getMessage() + ")");
		}
		return List.copyOf(tail);
	}

	/**
	 * What to start. Give either {@link #jar(Path)} or
	 * {@link #mainClass(String, String)}.
	 */
	public static final class Builder {

		private final String name;

		private final Path logDir;

		private final Map<String, String> environment = new LinkedHashMap<>();

		private List<String> jvmOptions = defaultJvmOptions();

		private List<String> target = List.of();

		private List<String> arguments = List.of();

		private Path workingDirectory;

		private Builder(String name, Path logDir) {
			if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
				throw new IllegalArgumentException("Invalid process name '" + name + "'");
			}
			this.name = name;
			this.logDir = Objects.requireNonNull(logDir, "logDir");
		}

		/**
		 * Runs {@code java -jar <jar>}.
		 * @param jar an executable jar
		 * @return this builder
		 */
		public Builder jar(Path jar) {
			if (!Files.isRegularFile(jar)) {
				throw new IllegalArgumentException("No such jar: " + jar);
			}
			this.target = List.of("-jar", jar.toAbsolutePath().toString());
			return this;
		}

		/**
		 * Runs {@code java -cp <classPath> <mainClass>}.
		 * @param classPath the class path
		 * @param mainClass the fully qualified main class
		 * @return this builder
		 */
		public Builder mainClass(String classPath, String mainClass) {
			this.target = List.of("-cp", classPath, mainClass);
			return this;
		}

		/**
		 * Adds environment variables on top of the inherited environment.
		 * @param environment the variables
		 * @return this builder
		 */
		public Builder environment(Map<String, String> environment) {
			this.environment.putAll(environment);
			return this;
		}

		/**
		 * Replaces the JVM options (default {@link ServiceProcess#defaultJvmOptions()}).
		 * @param jvmOptions the options, e.g. {@code -Xmx256m}
		 * @return this builder
		 */
		public Builder jvmOptions(List<String> jvmOptions) {
			this.jvmOptions = List.copyOf(jvmOptions);
			return this;
		}

		/**
		 * Sets program arguments after the jar or main class.
		 * @param arguments the arguments
		 * @return this builder
		 */
		public Builder arguments(String... arguments) {
			this.arguments = Arrays.asList(arguments);
			return this;
		}

		/**
		 * Sets the working directory (default: this process's).
		 * @param workingDirectory the directory
		 * @return this builder
		 */
		public Builder workingDirectory(Path workingDirectory) {
			this.workingDirectory = workingDirectory;
			return this;
		}

		List<String> command() {
			if (this.target.isEmpty()) {
				throw new IllegalStateException("Give a jar or a main class for " + this.name);
			}
			List<String> command = new ArrayList<>();
			command.add(javaExecutable().toString());
			command.addAll(this.jvmOptions);
			command.addAll(this.target);
			command.addAll(this.arguments);
			return command;
		}

		/**
		 * Starts the process.
		 * @return the running process
		 */
		public ServiceProcess start() {
			List<String> command = command();
			Path logFile = this.logDir.resolve(this.name + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
			builder.environment().putAll(this.environment);
			if (this.workingDirectory != null) {
				builder.directory(this.workingDirectory.toFile());
			}
			try {
				Files.createDirectories(this.logDir);
				Files.writeString(logFile,
						"===== " + this.name + " starting at " + Instant.now() + " =====" + System.lineSeparator(),
						StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
				Process process = builder.start();
				process.getOutputStream().close();
				logger.info("Started {} (pid {}), log in {}", this.name, process.pid(), logFile);
				logger.debug("Command of {}: {}", this.name, command);
				return new ServiceProcess(this.name, process, logFile);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot start " + this.name + ": " + command, ex);
			}
		}

	}

}
