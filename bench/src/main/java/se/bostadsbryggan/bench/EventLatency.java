package se.bostadsbryggan.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Event latency: the time from the commit of a change in housing-service to its effect
 * committed in allocation-service, at a fixed rate of changes, for each way of waking the
 * outbox relay ({@code bb.messaging.relay.wake}), and the highest rate the event path
 * sustains.
 * <p>
 * The change is the registration of an apartment through housing's API
 * ({@code POST /api/housing/apartments}, repeatable without end): housing commits the
 * apartment and its {@code ApartmentRegistered} event, and allocation's
 * {@code allocation.available-apartments} consumer commits the apartment and the event's
 * id. Besides the local run's housing-service, a second housing instance on the same
 * database writes too, with its relay switched off, as a second replica that does not
 * hold the relay's lock would.
 */
final class EventLatency implements Part {

	static final double TARGET_P99_MILLIS = 250;

	/** The rate of the latency figures, in events per second. */
	static final int RATE = 50;

	/** The rate steps of the sustained-rate search. */
	static final List<Integer> STEPS = List.of(50, 100, 200, 400, 800, 1600);

	/** A step holds when its p99 stays within this and its backlog drains. */
	static final double SUSTAINED_P99_MILLIS = 1000;

	/** How long after a step's last request its events may take to arrive. */
	static final Duration DRAIN = Duration.ofSeconds(5);

	/** Port offset of the second housing instance. */
	static final int SECOND_HOUSING = 21;

	static final String CONSUMER = "allocation.available-apartments";

	static final String EVENT_TYPE = "ApartmentRegistered";

	/** The wake-up of the relay the services run with by default. */
	static final Mode NOTIFY = new Mode("notify", "NOTIFY and commit hook, 500 ms poll (default)",
			Map.of("BB_MESSAGING_RELAY_WAKE", "notify"));

	static final Mode COMMIT = new Mode("commit", "commit hook only, 500 ms poll (before this change)",
			Map.of("BB_MESSAGING_RELAY_WAKE", "commit"));

	static final Mode POLL = new Mode("poll50", "50 ms poll, no wake-up",
			Map.of("BB_MESSAGING_RELAY_WAKE", "poll", "BB_MESSAGING_RELAY_POLLINTERVAL", "50ms"));

	private final AtomicInteger tags = new AtomicInteger();

	@Override
	public String name() {
		return "events";
	}

	@Override
	public String title() {
		return "Event latency: housing commit to allocation effect";
	}

	/** How long each measured phase at the fixed rate lasts. */
	private static Duration length(BenchContext context) {
		return context.smoke() ? Duration.ofSeconds(4) : Duration.ofSeconds(20);
	}

	@Override
	public PartResult run(BenchContext context) throws Exception {
		List<Mode> modes = context.smoke() ? List.of(NOTIFY) : List.of(NOTIFY, COMMIT, POLL);
		Duration length = length(context);
		int rate = context.smoke() ? 20 : RATE;
		Map<String, List<Double>> samples = new LinkedHashMap<>();
		List<Double> sustained = new ArrayList<>();
		List<String> phases = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		try (BenchTokens tokens = new BenchTokens()) {
			String token = tokens.token("bench-events", "HOUSING", List.of("HOUSING_STAFF"));
			for (int run = 1; run <= context.runs(); run++) {
				for (Mode mode : modes) {
					context.progress("events: run %d, relay woken by %s", run, mode.label());
					try (LocalStack stack = startStack(context, tokens, mode.environment());
							SecondInstance second = SecondInstance.start(context, stack)) {
						stack.awaitIdle(Duration.ofSeconds(5), 0.15, Duration.ofMinutes(5));
						Driver driver = new Driver(token);
						URI relaying = stack.baseUri("housing");
						URI other = second.baseUri();
						// Warm-up: creates the stairwell and warms both instances' code
						// paths.
						driver.warmUp(relaying, tag("W"));
						driver.warmUp(other, tag("W"));
						Duration warmUp = Duration.ofSeconds(context.smoke() ? 2 : 5);
						measure(context, stack, second, driver, rate, warmUp, other, "warm-up, other instance");
						measure(context, stack, second, driver, rate, warmUp, relaying, "warm-up, relaying instance");
						Phase fromOther = measure(context, stack, second, driver, rate, length, other,
								"run %d, %s, written on the other instance".formatted(run, mode.key()));
						Phase fromRelaying = measure(context, stack, second, driver, rate, length, relaying,
								"run %d, %s, written on the relaying instance".formatted(run, mode.key()));
						phases.add(fromOther.row());
						phases.add(fromRelaying.row());
						add(samples, mode.key() + ".other.p50", fromOther.p(50));
						add(samples, mode.key() + ".other.p99", fromOther.p(99));
						add(samples, mode.key() + ".same.p50", fromRelaying.p(50));
						add(samples, mode.key() + ".same.p99", fromRelaying.p(99));
						if (mode == NOTIFY && !context.smoke()) {
							sustained.add((double) stepUp(context, stack, second, driver, run, phases, notes));
						}
					}
				}
			}
		}
		return result(context, modes, samples, sustained, phases, notes);
	}

	/**
	 * Starts the local run, again when one of its ports was taken: the ports lie in
	 * Linux's ephemeral range, where a client connection (of this machine's other runs,
	 * or a socket still in TIME_WAIT) may hold one for a minute.
	 */
	private static LocalStack startStack(BenchContext context, BenchTokens tokens, Map<String, String> environment)
			throws Exception {
		for (int attempt = 1;; attempt++) {
			try {
				return LocalStack.start(context, tokens, environment);
			}
			catch (IllegalStateException ex) {
				Path log = context.work("run").resolve("run.sh.log");
				String tail = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
				tail = tail.substring(Math.max(0, tail.length() - 3000));
				if (attempt >= 5 || !(tail.contains("is in use") || tail.contains("already in use"))) {
					throw ex;
				}
				context.progress("events: a port of the local run was taken (attempt %d), trying again in 20 s",
						attempt);
				Thread.sleep(20_000);
			}
		}
	}

	private int stepUp(BenchContext context, LocalStack stack, SecondInstance second, Driver driver, int run,
			List<String> phases, List<String> notes) throws Exception {
		int held = 0;
		for (int step : STEPS) {
			Phase phase = measure(context, stack, second, driver, step, Duration.ofSeconds(15),
					stack.baseUri("housing"), "run %d, step %d/s".formatted(run, step));
			phases.add(phase.row());
			String broken = phase.brokenBecause(step);
			if (broken != null) {
				notes.add("Run %d: %d events/s did not hold: %s. %s".formatted(run, step, broken, phase.cpuSummary()));
				return held;
			}
			held = step;
			// Let the system settle before the next step.
			stack.awaitIdle(Duration.ofSeconds(2), 0.3, Duration.ofMinutes(1));
		}
		notes.add("Run %d: every step up to %d events/s held.".formatted(run, held));
		return held;
	}

	private Phase measure(BenchContext context, LocalStack stack, SecondInstance second, Driver driver, int rate,
			Duration length, URI housing, String label) throws Exception {
		String tag = tag("E");
		Map<String, Long> pids = new LinkedHashMap<>(stack.pids());
		pids.put("housing-service (second)", second.pid());
		pids.put("bench driver", ProcessHandle.current().pid());
		Map<String, Long> cpuBefore = new LinkedHashMap<>();
		pids.forEach((name, pid) -> cpuBefore.put(name, ProcStat.cpuMillis(pid)));
		Driver.Result sent = driver.drive(housing, tag, rate, length);
		Map<String, Double> cpu = new LinkedHashMap<>();
		pids.forEach((name, pid) -> cpu.put(name,
				(ProcStat.cpuMillis(pid) - cpuBefore.get(name)) * 100.0 / sent.elapsed().toMillis()));
		long drainStarted = System.nanoTime();
		Map<UUID, Timestamp[]> committed = committed(stack, tag);
		Map<UUID, Timestamp> processed = Map.of();
		long deadline = System.nanoTime() + DRAIN.toNanos();
		while (true) {
			processed = processed(stack, committed.keySet());
			boolean sentAll = committed.values().stream().allMatch((times) -> times[1] != null);
			if ((processed.size() == committed.size() && sentAll) || System.nanoTime() - deadline > 0) {
				break;
			}
			Thread.sleep(100);
			committed = committed(stack, tag);
		}
		double drained = (System.nanoTime() - drainStarted) / 1e9;
		Phase phase = Phase.of(label, rate, length, sent, committed, processed, drained, cpu);
		context.progress("events: %s", phase.row());
		return phase;
	}

	private String tag(String prefix) {
		return prefix + this.tags.incrementAndGet() + "-";
	}

	/**
	 * @return housing's outbox rows of this phase: occurred and sent times by event id
	 */
	private static Map<UUID, Timestamp[]> committed(LocalStack stack, String tag) throws SQLException {
		Map<UUID, Timestamp[]> rows = new HashMap<>();
		try (Connection housing = stack.connect("housing"); PreparedStatement select = housing.prepareStatement("""
				select event_id, occurred_at, sent_at from outbox_event
				where event_type = ? and payload like ?
				""")) {
			select.setString(1, EVENT_TYPE);
			select.setString(2, "%\"objectNumber\":\"" + tag + "%");
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					rows.put(result.getObject(1, UUID.class),
							new Timestamp[] { result.getTimestamp(2), result.getTimestamp(3) });
				}
			}
		}
		return rows;
	}

	/**
	 * @return allocation's processed times of these events, by event id
	 */
	private static Map<UUID, Timestamp> processed(LocalStack stack, Set<UUID> events) throws SQLException {
		Map<UUID, Timestamp> rows = new HashMap<>();
		try (Connection allocation = stack.connect("allocation");
				PreparedStatement select = allocation.prepareStatement(
						"select event_id, processed_at from processed_event where consumer = ? and event_id = any(?)")) {
			Array ids = allocation.createArrayOf("uuid", events.toArray());
			select.setString(1, CONSUMER);
			select.setArray(2, ids);
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					rows.put(result.getObject(1, UUID.class), result.getTimestamp(2));
				}
			}
		}
		return rows;
	}

	private static void add(Map<String, List<Double>> samples, String key, double value) {
		samples.computeIfAbsent(key, (k) -> new ArrayList<>()).add(value);
	}

	private PartResult result(BenchContext context, List<Mode> modes, Map<String, List<Double>> samples,
			List<Double> sustained, List<String> phases, List<String> notes) {
		List<Figure> figures = new ArrayList<>();
		int rate = context.smoke() ? 20 : RATE;
		boolean withReference = modes.contains(COMMIT);
		for (String writer : List.of("other", "same")) {
			String where = writer.equals("other") ? "written on a housing instance that does not relay"
					: "written on the relaying housing instance";
			for (String percentile : List.of("p99", "p50")) {
				String key = NOTIFY.key() + "." + writer + "." + percentile;
				figures.add(
						new Figure("events." + writer + "." + percentile + "Millis",
								"%s at %d events/s, %s; relay woken by NOTIFY (default)".formatted(percentile, rate,
										where),
								"ms", samples.get(key), withReference ? COMMIT.label() : null,
								withReference ? samples.get(COMMIT.key() + "." + writer + "." + percentile) : List.of(),
								percentile.equals("p99") ? Target.atMost(TARGET_P99_MILLIS) : null));
			}
			if (modes.contains(POLL)) {
				figures.add(new Figure("events.poll50." + writer + ".p99Millis",
						"p99 at %d events/s, %s; relay polling every 50 ms".formatted(rate, where), "ms",
						samples.get(POLL.key() + "." + writer + ".p99"), NOTIFY.label(),
						samples.get(NOTIFY.key() + "." + writer + ".p99"), Target.atMost(TARGET_P99_MILLIS)));
			}
		}
		if (!sustained.isEmpty()) {
			figures.add(Figure.of("events.sustainedPerSecond",
					"Highest sustained rate (steps %s, 15 s each)".formatted(STEPS), "events/s", sustained, null));
		}
		String method = """
				Each run starts the local run (`./run.sh`, fresh bench databases) once per relay setting \
				(`BB_MESSAGING_RELAY_WAKE=notify|commit|poll`, and `BB_MESSAGING_RELAY_POLLINTERVAL=50ms` for \
				polling), waits until it is idle, and starts a second housing-service on the same database with \
				its relay switched off (`BB_MESSAGING_RELAY_ENABLED=false`): a second replica that does not hold \
				the relay's lock. A fixed-rate, open-loop driver (requests scheduled by the wall clock, sent \
				without waiting for earlier answers) registers apartments through housing's API \
				(`POST /api/housing/apartments` with a staff token) for %d s at %d/s, first on the other \
				instance, then on the relaying one, after an unmeasured warm-up. Each registration commits an \
				`ApartmentRegistered` outbox row; allocation's `%s` consumer commits the apartment and the \
				event's `processed_event` row. The latency of an event is allocation's \
				`processed_event.processed_at` minus housing's `outbox_event.occurred_at` for the same \
				`event_id`: both are read from the machine's one clock inside the committing transactions, \
				shortly before each commit, so the figure leaves out a few milliseconds of each transaction and \
				includes relay wake-up, Kafka and the consumer. *relay* = `sent_at − occurred_at` (outbox to \
				Kafka acknowledged), *consumer* = `processed_at − sent_at`. The sustained rate steps the \
				default setting's rate up (%s, 15 s each, on the relaying instance) until a step fails: fewer \
				than 99 %% of the requests succeed or reach 90 %% of the rate, p99 above %.0f ms, or events \
				still unprocessed %d s after the last request. CPU is each process's user + system time over \
				the step, in %% of one core.
				""".formatted(length(context).toSeconds(), rate, CONSUMER, STEPS, SUSTAINED_P99_MILLIS,
				DRAIN.toSeconds());
		List<String> allNotes = new ArrayList<>(notes);
		allNotes.add("""
				With one housing instance the commit hook already wakes the relay at once, so NOTIFY and the \
				hook give the same latency there; they differ for changes written on an instance that does not \
				hold the relay's lock, which waited for the 500 ms poll before (the \"other instance\" figures).""");
		StringBuilder table = new StringBuilder(
				"| phase | rate/s | sent ok | failed | events | processed | p50 ms | p99 ms | max ms | relay p99 ms | consumer p99 ms | HTTP p99 ms | drained s |\n"
						+ "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
		phases.forEach((row) -> table.append(row).append('\n'));
		return new PartResult(name(), title(), method, figures, List.of(Detail.markdown("Phases", table.toString())),
				allNotes, null);
	}

	/**
	 * A relay setting.
	 *
	 * @param key a short key
	 * @param label what it is
	 * @param environment the variables that select it
	 */
	record Mode(String key, String label, Map<String, String> environment) {
	}

	/**
	 * What one phase of fixed-rate load gave.
	 *
	 * @param label the phase
	 * @param rate the rate asked for, per second
	 * @param length how long requests were sent
	 * @param sent the driver's result
	 * @param latencies commit-to-effect latencies of the processed events, in ms
	 * @param relay outbox-to-Kafka times, in ms
	 * @param consumer Kafka-to-effect times, in ms
	 * @param events outbox rows written
	 * @param processed events processed by allocation
	 * @param drained seconds from the last request until every event was processed (or
	 * the drain timeout)
	 * @param cpu share of one core used by each process, in %
	 */
	record Phase(String label, int rate, Duration length, Driver.Result sent, List<Double> latencies,
			List<Double> relay, List<Double> consumer, int events, int processed, double drained,
			Map<String, Double> cpu) {

		static Phase of(String label, int rate, Duration length, Driver.Result sent, Map<UUID, Timestamp[]> committed,
				Map<UUID, Timestamp> processed, double drained, Map<String, Double> cpu) {
			List<Double> latencies = new ArrayList<>();
			List<Double> relay = new ArrayList<>();
			List<Double> consumer = new ArrayList<>();
			committed.forEach((event, times) -> {
				Timestamp done = processed.get(event);
				if (done != null) {
					latencies.add(millisBetween(times[0], done));
				}
				if (times[1] != null) {
					relay.add(millisBetween(times[0], times[1]));
					if (done != null) {
						consumer.add(millisBetween(times[1], done));
					}
				}
			});
			return new Phase(label, rate, length, sent, latencies, relay, consumer, committed.size(), processed.size(),
					drained, cpu);
		}

		private static double millisBetween(Timestamp from, Timestamp to) {
			return (to.toInstant().toEpochMilli() - from.toInstant().toEpochMilli())
					+ (to.getNanos() % 1_000_000 - from.getNanos() % 1_000_000) / 1e6;
		}

		double p(double percent) {
			if (this.latencies.isEmpty()) {
				throw new IllegalStateException(this.label + ": no event reached allocation");
			}
			return Stats.percentile(this.latencies, percent);
		}

		/**
		 * @param step the rate asked for
		 * @return why this step did not hold, or {@code null} when it did
		 */
		String brokenBecause(int step) {
			int asked = this.sent.requested();
			if (this.sent.ok() < 0.99 * asked) {
				return "housing's API answered only %d of %d requests with success".formatted(this.sent.ok(), asked);
			}
			if (this.sent.requested() < 0.9 * step * this.length.toSeconds()) {
				return "the driver sent only %d of %d requests".formatted(asked, step * this.length.toSeconds());
			}
			if (this.processed < this.events) {
				return "%d of %d events were still unprocessed %d s after the last request (%s)"
					.formatted(this.events - this.processed, this.events, DRAIN.toSeconds(), slowerStage());
			}
			if (p(99) > SUSTAINED_P99_MILLIS) {
				return "p99 %.0f ms > %.0f ms (%s)".formatted(p(99), SUSTAINED_P99_MILLIS, slowerStage());
			}
			return null;
		}

		private String slowerStage() {
			if (this.relay.isEmpty() || this.consumer.isEmpty()) {
				return "the relay had not published them";
			}
			double relayP99 = Stats.percentile(this.relay, 99);
			double consumerP99 = Stats.percentile(this.consumer, 99);
			return (relayP99 > consumerP99)
					? "the relay lags: outbox to Kafka p99 %.0f ms, Kafka to effect %.0f ms".formatted(relayP99,
							consumerP99)
					: "the consumer lags: Kafka to effect p99 %.0f ms, outbox to Kafka %.0f ms".formatted(consumerP99,
							relayP99);
		}

		String cpuSummary() {
			StringBuilder summary = new StringBuilder("CPU in % of one core: ");
			this.cpu.forEach((name, share) -> summary.append(name)
				.append(' ')
				.append(String.format(Locale.ROOT, "%.0f", share))
				.append(", "));
			return summary.substring(0, summary.length() - 2);
		}

		String row() {
			return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %s | %s | %s | %s | %s | %s | %.1f |",
					this.label, this.rate, this.sent.ok(), this.sent.requested() - this.sent.ok(), this.events,
					this.processed, percentile(this.latencies, 50), percentile(this.latencies, 99),
					percentile(this.latencies, 100), percentile(this.relay, 99), percentile(this.consumer, 99),
					percentile(this.sent.millis(), 99), this.drained);
		}

		private static String percentile(List<Double> values, double percent) {
			return values.isEmpty() ? "–" : String.format(Locale.ROOT, "%.1f", Stats.percentile(values, percent));
		}

	}

	/**
	 * A fixed-rate, open-loop load of apartment registrations: each request is sent at
	 * its scheduled time whether or not earlier ones have been answered.
	 */
	static final class Driver {

		private final String token;

		private final HttpClient client;

		Driver(String token) {
			this.token = token;
			this.client = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(2))
				.executor(Executors.newVirtualThreadPerTaskExecutor())
				.build();
		}

		void warmUp(URI housing, String tag) throws Exception {
			HttpResponse<String> response = this.client.send(request(housing, tag + "0"),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201) {
				throw new IllegalStateException("Registering an apartment at " + housing + " answered "
						+ response.statusCode() + ": " + response.body());
			}
		}

		Result drive(URI housing, String tag, int rate, Duration length) throws InterruptedException {
			int count = (int) (rate * length.toMillis() / 1000);
			long period = 1_000_000_000L / rate;
			ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
			AtomicInteger ok = new AtomicInteger();
			List<CompletableFuture<?>> pending = new ArrayList<>(count);
			long start = System.nanoTime();
			for (int i = 0; i < count; i++) {
				long due = start + i * period;
				long wait = due - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				long sentAt = System.nanoTime();
				pending.add(
						this.client
							.sendAsync(request(housing, tag + String.format(Locale.ROOT, "%06d", i)),
									HttpResponse.BodyHandlers.discarding())
							.handle((response, failure) -> {
								millis.add((System.nanoTime() - sentAt) / 1e6);
								if (failure == null && response.statusCode() == 201) {
									ok.incrementAndGet();
								}
								return null;
							}));
			}
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			try {
				CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
			}
			catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
				// Counted as failures below.
			}
			return new Result(count, ok.get(), List.copyOf(millis), elapsed);
		}

		private HttpRequest request(URI housing, String objectNumber) {
			String body = """
					{"objectNumber":"%s","address":"Mätvägen 1","stairwell":"MÄT-1","rooms":2,\
					"areaSquareMetres":54.5,"monthlyRent":6400}""".formatted(objectNumber);
			return HttpRequest.newBuilder(housing.resolve("/api/housing/apartments"))
				.timeout(Duration.ofSeconds(30))
				.header("Authorization", "Bearer " + this.token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build();
		}

		/**
		 * @param requested requests sent
		 * @param ok requests answered 201
		 * @param millis response times, in ms
		 * @param elapsed how long sending took
		 */
		record Result(int requested, int ok, List<Double> millis, Duration elapsed) {
		}

	}

	/**
	 * A second housing-service on the local run's database: the same command line and
	 * environment as the launcher's, on port {@code base + 21}, without demo data and
	 * with its relay switched off.
	 */
	static final class SecondInstance implements AutoCloseable {

		private final Process process;

		private final URI baseUri;

		private SecondInstance(Process process, URI baseUri) {
			this.process = process;
			this.baseUri = baseUri;
		}

		static SecondInstance start(BenchContext context, LocalStack stack) throws IOException, InterruptedException {
			long pid = stack.pid("housing-service")
				.orElseThrow(() -> new IllegalStateException("housing-service is not running"));
			List<String> command = List
				.of(Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"), StandardCharsets.UTF_8)
					.split("\0"));
			Map<String, String> environment = new LinkedHashMap<>();
			for (String variable : Files
				.readString(Path.of("/proc", String.valueOf(pid), "environ"), StandardCharsets.UTF_8)
				.split("\0")) {
				int equals = variable.indexOf('=');
				if (equals > 0) {
					environment.put(variable.substring(0, equals), variable.substring(equals + 1));
				}
			}
			int port = context.port(SECOND_HOUSING);
			environment.put("SERVER_PORT", String.valueOf(port));
			environment.put("BB_DEMO_ENABLED", "false");
			environment.put("BB_MESSAGING_RELAY_ENABLED", "false");
			Path log = context.work("run").resolve("housing-service-second.log");
			ProcessBuilder builder = new ProcessBuilder(command).directory(context.repo().toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().clear();
			builder.environment().putAll(environment);
			Process process = builder.start();
			process.getOutputStream().close();
			URI baseUri = URI.create("http://127.0.0.1:" + port);
			SecondInstance second = new SecondInstance(process, baseUri);
			try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
				long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
				while (true) {
					if (!process.isAlive()) {
						throw new IllegalStateException("The second housing-service exited; see " + log);
					}
					if (System.nanoTime() - deadline > 0) {
						second.close();
						throw new IllegalStateException("The second housing-service was not ready in time; see " + log);
					}
					try {
						HttpResponse<Void> response = client
							.send(HttpRequest.newBuilder(baseUri.resolve("/actuator/health/readiness"))
								.timeout(Duration.ofSeconds(2))
								.build(), HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() == 200) {
							return second;
						}
					}
					catch (IOException ex) {
						// Not listening yet.
					}
					Thread.sleep(200);
				}
			}
		}

		URI baseUri() {
			return this.baseUri;
		}

		long pid() {
			return this.process.pid();
		}

		@Override
		public void close() {
			this.process.destroy();
			try {
				if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
					this.process.destroyForcibly().waitFor();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.process.destroyForcibly();
			}
		}

	}

}
