package se.bostadsbryggan.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the load tool {@code wrk} against one URL and reads its result. wrk has no rate
 * option: a paced run gives each connection a pause before each request (its Lua
 * {@code delay()}), so that {@code connections} connections together send about the
 * wanted rate; wrk waits for a response before the pause, so the pause is the interval
 * minus the measured time per request (see {@link #pauseFor}). A Lua {@code done()}
 * prints latency percentiles and counts as one JSON line.
 */
final class GatewayOverheadWrk {

	private static final String RESULT_PREFIX = "WRK_JSON ";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Prints wrk's summary as JSON: times in µs. */
	private static final String REPORT_LUA = """
			function done(summary, latency, requests)
			  local errors = summary.errors
			  io.write(string.format('%s{"requests":%.0f,"durationMicros":%.0f,"bytes":%.0f,' ..
			    '"errorsConnect":%.0f,"errorsRead":%.0f,"errorsWrite":%.0f,"errorsStatus":%.0f,"errorsTimeout":%.0f,' ..
			    '"p50Micros":%.0f,"p90Micros":%.0f,"p99Micros":%.0f,"maxMicros":%.0f,"meanMicros":%.1f}\\n',
			    'RESULT_PREFIX', summary.requests, summary.duration, summary.bytes,
			    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
			    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
			end
			""".replace("RESULT_PREFIX", RESULT_PREFIX);

	/** Adds a pause in ms (the script's first argument) before every request. */
	private static final String PACED_LUA = """
			local pause = 0
			function init(args)
			  pause = tonumber(args[1]) or 0
			end
			function delay()
			  return pause
			end
			""" + REPORT_LUA;

	private final Path paced;

	private final Path unpaced;

	GatewayOverheadWrk(Path directory) throws IOException {
		Files.createDirectories(directory);
		this.paced = Files.writeString(directory.resolve("paced.lua"), PACED_LUA, StandardCharsets.UTF_8);
		this.unpaced = Files.writeString(directory.resolve("unpaced.lua"), REPORT_LUA, StandardCharsets.UTF_8);
	}

	/**
	 * A paced run: one thread, {@code connections} connections, each pausing
	 * {@code pauseMillis} before each request.
	 * @param url the URL
	 * @param headers request headers
	 * @param connections the connections
	 * @param pauseMillis the pause before each request
	 * @param duration how long
	 * @return the result
	 * @throws IOException when wrk cannot run
	 * @throws InterruptedException when interrupted
	 */
	Result paced(String url, Map<String, String> headers, int connections, int pauseMillis, Duration duration)
			throws IOException, InterruptedException {
		return run(url, headers, 1, connections, duration, this.paced, List.of(String.valueOf(pauseMillis)));
	}

	/**
	 * As many requests as the target answers: no pauses.
	 * @param url the URL
	 * @param headers request headers
	 * @param threads wrk's threads
	 * @param connections the connections
	 * @param duration how long
	 * @return the result
	 * @throws IOException when wrk cannot run
	 * @throws InterruptedException when interrupted
	 */
	Result unpaced(String url, Map<String, String> headers, int threads, int connections, Duration duration)
			throws IOException, InterruptedException {
		return run(url, headers, threads, connections, duration, this.unpaced, List.of());
	}

	private static Result run(String url, Map<String, String> headers, int threads, int connections, Duration duration,
			Path script, List<String> scriptArgs) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections,
				"-d" + duration.toSeconds() + "s", "--timeout", "5s", "-s", script.toString()));
		headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
		command.add(url);
		if (!scriptArgs.isEmpty()) {
			command.add("--");
			command.addAll(scriptArgs);
		}
		Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
		wrk.getOutputStream().close();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = wrk.waitFor();
		String json = output.lines()
			.filter((line) -> line.startsWith(RESULT_PREFIX))
			.map((line) -> line.substring(RESULT_PREFIX.length()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("wrk (exit " + exit + ") printed no result:\n" + output));
		Result result = JSON.readValue(json, Result.class);
		String shown = output.lines()
			.filter((line) -> !line.startsWith(RESULT_PREFIX))
			.map((line) -> line.replaceAll("(Bearer|BBSESSION=)\\S+", "$1…"))
			.reduce((a, b) -> a + "\n" + b)
			.orElse("");
		return result
			.withOutput(String.join(" ", command).replaceAll("(Bearer |BBSESSION=)[^ ]+", "$1…") + "\n" + shown);
	}

	/**
	 * The pause that makes {@code connections} connections send {@code rate} requests per
	 * second, given that a calibration run with {@code pauseMillis} achieved
	 * {@code achievedRate}: each connection's cycle is its pause plus the time it waits
	 * for a response and for wrk's timer.
	 * @param rate the wanted requests per second
	 * @param connections the connections
	 * @param pauseMillis the calibration run's pause
	 * @param achievedRate the calibration run's rate
	 * @return the pause in ms, at least half the interval (a load so slow to answer that
	 * it needs a shorter pause is measured at the rate it reaches, not made up for)
	 */
	static int pauseFor(double rate, int connections, int pauseMillis, double achievedRate) {
		double interval = connections * 1000.0 / rate;
		double overhead = Math.max(0, connections * 1000.0 / achievedRate - pauseMillis);
		return (int) Math.round(Math.max(interval / 2, interval - overhead));
	}

	/**
	 * What wrk measured (times in µs).
	 *
	 * @param requests completed requests
	 * @param durationMicros the run's length
	 * @param bytes bytes read
	 * @param errorsConnect connect errors
	 * @param errorsRead read errors
	 * @param errorsWrite write errors
	 * @param errorsStatus responses with a status of 400 or more
	 * @param errorsTimeout timeouts
	 * @param p50Micros median latency
	 * @param p90Micros 90th percentile
	 * @param p99Micros 99th percentile
	 * @param maxMicros highest latency
	 * @param meanMicros mean latency
	 * @param output the command and wrk's own output, for the report
	 */
	record Result(long requests, long durationMicros, long bytes, long errorsConnect, long errorsRead, long errorsWrite,
			long errorsStatus, long errorsTimeout, double p50Micros, double p90Micros, double p99Micros,
			double maxMicros, double meanMicros, String output) {

		Result withOutput(String output) {
			return new Result(this.requests, this.durationMicros, this.bytes, this.errorsConnect, this.errorsRead,
					this.errorsWrite, this.errorsStatus, this.errorsTimeout, this.p50Micros, this.p90Micros,
					this.p99Micros, this.maxMicros, this.meanMicros, output);
		}

		double rate() {
			return this.requests * 1_000_000.0 / this.durationMicros;
		}

		long errors() {
			return this.errorsConnect + this.errorsRead + this.errorsWrite + this.errorsStatus + this.errorsTimeout;
		}

		double p50Millis() {
			return this.p50Micros / 1000;
		}

		double p99Millis() {
			return this.p99Micros / 1000;
		}

		String summary() {
			return String.format(java.util.Locale.ROOT,
					"%.1f req/s, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms, %d errors", rate(), p50Millis(),
					this.p90Micros / 1000, p99Millis(), this.maxMicros / 1000, errors());
		}

	}

}
