package se.bostadsbryggan.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up and footprint of the local run: the time from {@code ./run.sh} (jars built)
 * until every health check answers, and each process's resident memory once the demo data
 * has flowed through and the system is idle. The reference is the same run with the JVM's
 * defaults (no AOT cache, default heap, collector and compilers), started alternately
 * with the lean settings in the same suite run.
 */
final class StartupFootprint implements Part {

	/** 1.2 GiB. */
	static final double TOTAL_RSS_TARGET_MIB = 1.2 * 1024;

	static final double READY_TARGET_SECONDS = 20;

	/**
	 * What the reference runs get instead of the lean defaults: plain {@code java} with
	 * only UTF-8 set, and no AOT cache.
	 */
	static final Map<String, String> JVM_DEFAULTS = Map.of("BB_JAVA_OPTS", "-Dfile.encoding=UTF-8",
			"BB_LAUNCHER_JAVA_OPTS", "--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED",
			"BB_AOT_CACHE", "off");

	@Override
	public String name() {
		return "startup";
	}

	@Override
	public String title() {
		return "Footprint and start-up";
	}

	@Override
	public PartResult run(BenchContext context) throws Exception {
		Samples lean = new Samples();
		Samples defaults = new Samples();
		try (BenchTokens tokens = new BenchTokens()) {
			// One unmeasured start first: it makes the AOT caches when the jars are new.
			context.progress("startup: warm-up run (makes the AOT caches if the jars changed)");
			try (LocalStack warmUp = LocalStack.start(context, tokens, Map.of())) {
				context.progress("startup: warm-up ready after %d ms", warmUp.readyAfter().toMillis());
			}
			for (int run = 1; run <= context.runs(); run++) {
				measure(context, tokens, Map.of(), run, "lean", lean);
				measure(context, tokens, JVM_DEFAULTS, run, "JVM defaults", defaults);
			}
		}
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure("startup.restartSeconds", "Start-up: run.sh until every health check is up (data kept)",
				"s", lean.restart, "JVM defaults", defaults.restart, Target.atMost(READY_TARGET_SECONDS)));
		figures.add(new Figure("startup.firstStartSeconds",
				"First start: run.sh until every health check is up (empty databases, demo data loaded)", "s",
				lean.fresh, "JVM defaults", defaults.fresh, Target.atMost(READY_TARGET_SECONDS)));
		figures.add(new Figure("footprint.totalMebibytes", "Footprint: RSS of the whole stack, idle after demo data",
				"MiB", lean.total, "JVM defaults", defaults.total, Target.atMost(TOTAL_RSS_TARGET_MIB)));
		for (String process : LocalStack.PROCESSES) {
			figures.add(new Figure("footprint.rss." + process.replaceAll("[^a-z]+", "-").replaceAll("-$", ""),
					"RSS of " + process, "MiB", lean.rss.get(process), "JVM defaults", defaults.rss.get(process),
					null));
		}
		figures.add(new Figure("startup.settleSeconds", "Demo data through Kafka: ready until idle", "s", lean.settle,
				"JVM defaults", defaults.settle, null));
		String method = """
				Each run starts `./run.sh` (jars already built) on ports and databases of its own twice: first \
				on empty databases and broker data (*first start*: the demo data is loaded while the apps \
				start), then again on the data of the first (*start-up*: a developer's usual restart). It polls \
				the three services' `/actuator/health/readiness`, the gateway's `/readyz` and the broker's port \
				every 50 ms; the figure is the time from starting `run.sh` until all of them answer. After the \
				first start it waits until all five processes together use less than 10 %% of one core for 5 s \
				(the demo data has flowed through Kafka) and reads each process's resident memory (`VmRSS` in \
				`/proc/<pid>/status`; the launcher process hosts the Kafka broker). The reference runs \
				alternate with the measured ones and start the same jars with the JVM's defaults: no AOT \
				cache, the default collector, heap and compilers (`BB_JAVA_OPTS=%s`, `BB_AOT_CACHE=off`). One \
				unmeasured warm-up run comes first (it makes the AOT caches after a build).
				""".formatted(JVM_DEFAULTS.get("BB_JAVA_OPTS"));
		return new PartResult(name(), title(), method, figures, List.of(), List.of(), null);
	}

	private static void measure(BenchContext context, BenchTokens tokens, Map<String, String> environment, int run,
			String label, Samples samples) throws Exception {
		try (LocalStack stack = LocalStack.start(context, tokens, environment, true)) {
			double seconds = stack.readyAfter().toMillis() / 1000.0;
			Duration idle = stack.awaitIdle(Duration.ofSeconds(5), 0.10, Duration.ofMinutes(5));
			Map<String, Long> resident = stack.residentMebibytes();
			long sum = resident.values().stream().mapToLong(Long::longValue).sum();
			context.progress("startup: run %d (%s): first start ready after %.1f s, idle %.1f s later, RSS %s = %d MiB",
					run, label, seconds, idle.toMillis() / 1000.0, resident, sum);
			samples.fresh.add(seconds);
			samples.total.add((double) sum);
			samples.settle.add(idle.toMillis() / 1000.0);
			resident.forEach((process, mebibytes) -> samples.rss.computeIfAbsent(process, (key) -> new ArrayList<>())
				.add(mebibytes.doubleValue()));
		}
		try (LocalStack stack = LocalStack.start(context, tokens, environment, false)) {
			double seconds = stack.readyAfter().toMillis() / 1000.0;
			context.progress("startup: run %d (%s): restart ready after %.1f s", run, label, seconds);
			samples.restart.add(seconds);
		}
	}

	/** The samples of one configuration. */
	private static final class Samples {

		final List<Double> fresh = new ArrayList<>();

		final List<Double> restart = new ArrayList<>();

		final List<Double> total = new ArrayList<>();

		final List<Double> settle = new ArrayList<>();

		final Map<String, List<Double>> rss = new LinkedHashMap<>();

	}

}
