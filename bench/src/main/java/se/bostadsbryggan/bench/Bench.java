package se.bostadsbryggan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark suite's command ({@code bench/run.sh}):
 *
 * <pre>
 * bench/run.sh [--parts=startup,gateway,events,national] [--runs=3] [--smoke]
 * </pre>
 *
 * Runs the chosen parts (all by default) one after the other on this machine and writes
 * the report to {@code bench/results/}.
 */
public final class Bench {

	private Bench() {
	}

	/**
	 * Every part, in the order they run.
	 * @return the parts
	 */
	static List<Part> parts() {
		return List.of(new StartupFootprint(), new GatewayOverhead(), new EventLatency(), new NationalScale());
	}

	public static void main(String[] args) throws IOException {
		Map<String, String> options = options(args);
		boolean smoke = options.containsKey("smoke");
		int runs = Integer.parseInt(options.getOrDefault("runs", smoke ? "1" : "3"));
		Path repo = Path.of(System.getProperty("bb.repo", "")).toAbsolutePath().normalize();
		List<Part> chosen = choose(options.get("parts"));
		BenchContext context = new BenchContext(repo, repo.resolve("bench/target/scratch"), runs, smoke,
				envOrDefault("BB_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
				envOrDefault("BB_PG_USER", "postgres"), Integer.parseInt(envOrDefault("BENCH_PORT_BASE", "18080")),
				databasePrefix(envOrDefault("BENCH_DB_PREFIX", "bench_")), System.out);
		Instant started = Instant.now();
		Machine machine = Machine.read(context);
		List<PartResult> results = new ArrayList<>();
		String command = "bench/run.sh " + String.join(" ", args);
		Path written = null;
		for (Part part : chosen) {
			context.progress("%s: %s", part.name(), part.title());
			PartResult result;
			try {
				result = part.run(context);
			}
			catch (Exception ex) {
				context.progress("%s failed: %s", part.name(), ex);
				ex.printStackTrace(System.out);
				result = PartResult.failed(part, ex);
			}
			results.add(result);
			// Written after every part, so a long suite that is stopped keeps what it
			// measured.
			Report report = new Report(started, Duration.between(started, Instant.now()), commit(repo), command, runs,
					smoke, machine, results);
			written = report.write(repo.resolve("bench/results"));
		}
		context.progress("report: %s", written);
		boolean failed = results.stream().anyMatch((result) -> result.error() != null);
		System.exit(failed ? 1 : 0);
	}

	static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				throw new IllegalArgumentException("Unknown argument '" + arg + "'; see bench/run.sh --help");
			}
			String[] pair = arg.substring(2).split("=", 2);
			options.put(pair[0], (pair.length > 1) ? pair[1] : "");
		}
		List<String> known = List.of("parts", "runs", "smoke");
		options.keySet().stream().filter((key) -> !known.contains(key)).findFirst().ifPresent((key) -> {
			throw new IllegalArgumentException("Unknown option --" + key + "; known: " + known);
		});
		return options;
	}

	static List<Part> choose(String names) {
		if (names == null || names.isBlank()) {
			return parts();
		}
		List<Part> chosen = new ArrayList<>();
		for (String name : names.split(",")) {
			chosen.add(parts().stream()
				.filter((part) -> part.name().equals(name.strip()))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(
						"No part '" + name + "'; parts: " + parts().stream().map(Part::name).toList())));
		}
		return chosen;
	}

	static String databasePrefix(String prefix) {
		if (!prefix.matches("[a-z][a-z0-9_]{0,20}_")) {
			throw new IllegalArgumentException(
					"BENCH_DB_PREFIX must be lower-case letters, digits and underscores ending in '_', not '" + prefix
							+ "'");
		}
		return prefix;
	}

	private static String envOrDefault(String name, String defaultValue) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : defaultValue;
	}

	private static String commit(Path repo) {
		try {
			Process git = new ProcessBuilder("git", "-C", repo.toString(), "describe", "--always", "--dirty")
				.redirectErrorStream(true)
				.start();
			String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			return (git.waitFor() == 0) ? out : "unknown";
		}
		catch (IOException ex) {
			return "unknown";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

}
