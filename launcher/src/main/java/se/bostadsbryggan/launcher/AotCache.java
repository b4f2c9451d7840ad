package se.bostadsbryggan.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The JDK's ahead-of-time cache (JEP 483, 514, 515) of one app for the local run: the
 * classes the app loads and links while it starts, parsed, linked and profiled once in a
 * training run, so that later starts map them instead of loading them again.
 * <p>
 * The cache only works with the app in extracted form (Spring Boot's
 * {@code -Djarmode=tools extract}: a thin jar and its {@code lib/}), so the app is
 * extracted into {@code <runDir>/aot/<module>/} next to its cache. The training run
 * starts the extracted app with {@code -XX:AOTCacheOutput} and
 * {@code -Dspring.context.exit=onRefresh}: Spring creates every bean (the database is
 * migrated; topics are left to the running app) and exits before anything starts
 * listening or consuming, and the JVM writes the cache as it exits. A stamp file records
 * the jar (path, size, time), the JDK and the JVM options it was made for; any change
 * makes a new one. A cache the JVM finds unusable is ignored with a warning, never fatal.
 */
final class AotCache {

	/** Environment variable that turns the cache off ({@code BB_AOT_CACHE=off}). */
	static final String VARIABLE = "BB_AOT_CACHE";

	private static final String STAMP = "stamp.txt";

	private static final String CACHE = "app.aot";

	private final Path directory;

	private final Path bootJar;

	private final List<String> jvmOptions;

	/**
	 * @param root {@code <runDir>/aot}
	 * @param module the app's module name
	 * @param bootJar the app's executable jar
	 * @param jvmOptions the JVM options the app runs with (a cache fits only them)
	 */
	AotCache(Path root, String module, Path bootJar, List<String> jvmOptions) {
		this.directory = root.resolve(module);
		this.bootJar = bootJar.toAbsolutePath();
		this.jvmOptions = List.copyOf(jvmOptions);
	}

	/**
	 * @param environment the launcher's environment
	 * @return whether the local run uses AOT caches (unless {@code BB_AOT_CACHE=off})
	 */
	static boolean enabled(Map<String, String> environment) {
		return !"off".equalsIgnoreCase(environment.getOrDefault(VARIABLE, "").strip());
	}

	/**
	 * @return whether a cache made for this jar, JDK and these options exists
	 */
	boolean isCurrent() {
		try {
			return hasCacheFile() && Files.isRegularFile(extractedJar())
					&& stamp().equals(Files.readString(this.directory.resolve(STAMP), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Extracts the jar afresh (removing an old extraction and cache) and returns the
	 * training run to start.
	 * @param logDir where the training run's log goes
	 * @return the training run's builder; add the app's environment and start it
	 */
	ServiceProcess.Builder prepareTraining(Path logDir) {
		deleteTree(this.directory);
		try {
			Files.createDirectories(this.directory);
			Process extract = new ProcessBuilder(ServiceProcess.javaExecutable().toString(), "-Djarmode=tools", "-jar",
					this.bootJar.toString(), "extract", "--destination", extractedDirectory().toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve(trainingName() + ".log").toFile()))
				.start();
			if (extract.waitFor() != 0 || !Files.isRegularFile(extractedJar())) {
				throw new IllegalStateException("Could not extract " + this.bootJar + " for its AOT cache; see "
						+ logDir.resolve(trainingName() + ".log"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not extract " + this.bootJar, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while extracting " + this.bootJar, ex);
		}
		List<String> options = new ArrayList<>(this.jvmOptions);
		options.add("-XX:AOTCacheOutput=" + cacheFile());
		options.add("-Dspring.context.exit=onRefresh");
		// Topics are the running app's business: a broker slow to answer would only make
		// the training wait (and its timeout can interrupt the JVM writing the cache).
		options.add("-Dspring.kafka.admin.auto-create=false");
		return ServiceProcess.builder(trainingName(), logDir).jar(extractedJar()).jvmOptions(options);
	}

	/**
	 * Records that the training run made the cache for this jar, JDK and options.
	 * @return whether the cache file exists
	 */
	boolean finishTraining() {
		if (!hasCacheFile()) {
			return false;
		}
		try {
			Files.writeString(this.directory.resolve(STAMP), stamp(), StandardCharsets.UTF_8);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the extracted jar to run with the cache
	 */
	Path extractedJar() {
		return extractedDirectory().resolve(this.bootJar.getFileName());
	}

	/**
	 * @return the JVM options to run the extracted jar with the cache
	 */
	List<String> runOptions() {
		List<String> options = new ArrayList<>(this.jvmOptions);
		options.add("-XX:AOTCache=" + cacheFile());
		return options;
	}

	private boolean hasCacheFile() {
		try {
			// A JVM that fails to write the cache may leave an empty file.
			return Files.isRegularFile(cacheFile()) && Files.size(cacheFile()) > 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	String trainingName() {
		return this.directory.getFileName() + "-aot-training";
	}

	Path cacheFile() {
		return this.directory.resolve(CACHE);
	}

	private Path extractedDirectory() {
		return this.directory.resolve("app");
	}

	String stamp() throws IOException {
		return String.join(System.lineSeparator(), "jar=" + this.bootJar, "size=" + Files.size(this.bootJar),
				"content=" + contentDigest(this.bootJar), "java=" + System.getProperty("java.runtime.version"),
				"options=" + String.join(" ", this.jvmOptions));
	}

	/**
	 * A digest of every entry's name, size and CRC, read from the jar's central directory
	 * only (milliseconds for a 60 MB jar). The jar's time cannot tell builds apart: a
	 * reproducible build gives every jar the same fixed time.
	 */
	static String contentDigest(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			zip.stream()
				.forEach((entry) -> digest
					.update((entry.getName() + '\0' + entry.getSize() + '\0' + entry.getCrc() + '\n')
						.getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteTree(Path root) {
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

}
