package se.bostadsbryggan.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's overhead: one authenticated API read that hits the database and answers a
 * small JSON (allocation-service's quota of the current year, {@code GET
 * /api/allocation/quota/<year>}), called three ways under the same fixed request rate
 * from {@code wrk} on loopback: straight to the service with a bearer token, through
 * nginx as a plain reverse proxy, and through the gateway with the session cookie of a
 * real login (the gateway then signs its own identity token for the service). Then the
 * highest rate each path serves, without pauses.
 */
final class GatewayOverhead implements Part {

	static final double ADDED_P50_TARGET_MILLIS = 1;

	static final double ADDED_P99_TARGET_MILLIS = 3;

	/** Connections of a paced run; each sends every {@code CONNECTIONS / rate} s. */
	private static final int CONNECTIONS = 10;

	private static final int NGINX_PORT = 20;

	private static final String USERNAME = "bovard";

	private static final String PASSWORD = "demo";

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private enum Route {

		DIRECT("direct"), NGINX("nginx"), GATEWAY("gateway");

		private final String label;

		Route(String label) {
			this.label = label;
		}

	}

	@Override
	public String name() {
		return "gateway";
	}

	@Override
	public String title() {
		return "Gateway overhead";
	}

	@Override
	public PartResult run(BenchContext context) throws Exception {
		boolean smoke = context.smoke();
		// Well below what this machine serves on any path (about 300 req/s of this read
		// on 2 cores), so that latency shows each request's own cost, not queueing.
		double rate = smoke ? 20 : 50;
		Duration warmUp = smoke ? Duration.ofSeconds(2) : Duration.ofSeconds(5);
		// Unpaced load first, so that the JIT compilers have compiled the hot paths (the
		// gateway's C2 needs thousands of calls of a method) before anything is measured.
		Duration jitWarmUp = smoke ? Duration.ofSeconds(2) : Duration.ofSeconds(20);
		Duration step = smoke ? Duration.ofSeconds(2) : Duration.ofSeconds(20);
		Duration maxStep = smoke ? Duration.ofSeconds(2) : Duration.ofSeconds(10);
		String apiPath = "/api/allocation/quota/" + Year.now().getValue();
		Map<Route, List<GatewayOverheadWrk.Result>> paced = new LinkedHashMap<>();
		Map<Route, List<GatewayOverheadWrk.Result>> unpaced = new LinkedHashMap<>();
		Map<Route, List<Double>> cpuPerRequest = new LinkedHashMap<>();
		List<Detail> details = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		int answerBytes = 0;
		try (BenchTokens tokens = new BenchTokens(); LocalStack stack = LocalStack.start(context, tokens, Map.of())) {
			context.progress("gateway: stack ready after %d ms; waiting until idle", stack.readyAfter().toMillis());
			stack.awaitIdle(Duration.ofSeconds(5), 0.10, Duration.ofMinutes(5));
			int servicePort = context.port(LocalStack.ALLOCATION);
			Map<Route, String> urls = Map.of(Route.DIRECT, "http://127.0.0.1:" + servicePort + apiPath, Route.NGINX,
					"http://127.0.0.1:" + context.port(NGINX_PORT) + apiPath, Route.GATEWAY,
					stack.baseUri("gateway") + apiPath);
			String bearer = "Bearer " + tokens.token(USERNAME, "HOUSING", List.of("HOUSING_STAFF"));
			String session = logIn(stack.baseUri("gateway"));
			Map<Route, Map<String, String>> headers = Map.of(Route.DIRECT, Map.of("Authorization", bearer), Route.NGINX,
					Map.of("Authorization", bearer), Route.GATEWAY, Map.of("Cookie", "BBSESSION=" + session));
			try (GatewayOverheadNginx nginx = GatewayOverheadNginx.start(context.work("nginx"),
					context.port(NGINX_PORT), servicePort)) {
				details.add(Detail.preformatted("nginx configuration", nginx.configuration()));
				String answer = checkSameAnswer(urls, headers);
				answerBytes = answer.getBytes(StandardCharsets.UTF_8).length;
				details.add(Detail.preformatted("The read's answer (the same on every path)", answer));
				Map<Route, List<Long>> pids = Map.of(Route.DIRECT,
						List.of(stack.pid("allocation-service").orElseThrow()), Route.NGINX, nginx.pids(),
						Route.GATEWAY, List.of(stack.pid("gateway").orElseThrow()));
				GatewayOverheadWrk wrk = new GatewayOverheadWrk(context.work("wrk"));
				Map<Route, Integer> pauses = new LinkedHashMap<>();
				int nominalPause = (int) Math.round(CONNECTIONS * 1000 / rate);
				for (Route path : Route.values()) {
					GatewayOverheadWrk.Result jit = wrk.unpaced(urls.get(path), headers.get(path), 2, 16, jitWarmUp);
					requireNoErrors(path, jit);
					context.progress("gateway: JIT warm-up %s: %s", path.label, jit.summary());
				}
				for (Route path : Route.values()) {
					GatewayOverheadWrk.Result calibration = wrk.paced(urls.get(path), headers.get(path), CONNECTIONS,
							nominalPause, warmUp);
					requireNoErrors(path, calibration);
					int pause = GatewayOverheadWrk.pauseFor(rate, CONNECTIONS, nominalPause, calibration.rate());
					pauses.put(path, pause);
					context.progress("gateway: warm-up %s: %s; pause %d ms", path.label, calibration.summary(), pause);
				}
				for (int run = 1; run <= context.runs(); run++) {
					for (int i = 0; i < Route.values().length; i++) {
						Route path = Route.values()[(run - 1 + i) % Route.values().length];
						long cpuBefore = ProcStat.cpuMillis(pids.get(path));
						GatewayOverheadWrk.Result result = wrk.paced(urls.get(path), headers.get(path), CONNECTIONS,
								pauses.get(path), step);
						long cpu = ProcStat.cpuMillis(pids.get(path)) - cpuBefore;
						requireNoErrors(path, result);
						paced.computeIfAbsent(path, (key) -> new ArrayList<>()).add(result);
						pauses.put(path,
								GatewayOverheadWrk.pauseFor(rate, CONNECTIONS, pauses.get(path), result.rate()));
						cpuPerRequest.computeIfAbsent(path, (key) -> new ArrayList<>())
							.add(cpu * 1000.0 / Math.max(1, result.requests()));
						context.progress("gateway: run %d %s at %.0f req/s: %s", run, path.label, rate,
								result.summary());
					}
					for (int i = 0; i < Route.values().length; i++) {
						Route path = Route.values()[(run - 1 + i) % Route.values().length];
						GatewayOverheadWrk.Result result = wrk.unpaced(urls.get(path), headers.get(path), 2, 16,
								maxStep);
						requireNoErrors(path, result);
						unpaced.computeIfAbsent(path, (key) -> new ArrayList<>()).add(result);
						context.progress("gateway: run %d %s unpaced: %s", run, path.label, result.summary());
					}
				}
			}
		}
		List<Figure> figures = figures(paced, unpaced, cpuPerRequest);
		for (Route path : Route.values()) {
			details.add(Detail.preformatted("wrk, " + path.label + ", last paced run", last(paced.get(path)).output()));
			details.add(
					Detail.preformatted("wrk, " + path.label + ", last unpaced run", last(unpaced.get(path)).output()));
		}
		details.add(Detail.markdown("Every run", runsTable(paced, unpaced, cpuPerRequest)));
		notes.addAll(rateNotes(paced, rate));
		double gatewayCpu = Stats.median(cpuPerRequest.get(Route.GATEWAY));
		double serviceCpu = Stats.median(cpuPerRequest.get(Route.DIRECT));
		notes.add(String.format(Locale.ROOT,
				"Highest rate: a request through the gateway costs the gateway's CPU (%.0f µs in the paced runs) on "
						+ "top of the service's (%.0f µs). When the CPU is the limit and both share it, the gateway "
						+ "path reaches roughly service ÷ (service + gateway) = %.2f of the direct rate, somewhat "
						+ "more since PostgreSQL's and wrk's CPU per request is paid on both paths; reaching 1.0 "
						+ "needs the gateway on cores of its own (or its CPU per request near nginx's, which a JVM "
						+ "proxy with session, security filters and an HTTP client does not get to).",
				gatewayCpu, serviceCpu, serviceCpu / (serviceCpu + gatewayCpu)));
		notes.add("The gateway reuses an identity token for the same identity during the first half of its 60 s "
				+ "lifetime (see IdentityTokens) instead of signing a new RS256 token for every proxied request: "
				+ "while this part was developed, that signature (no C2, so no intrinsics for the RSA arithmetic) "
				+ "was most of the gateway's CPU per request. Every token still expires 60 s after signing.");
		notes.add("The machine's cores are shared: wrk, nginx, the gateway, the service and PostgreSQL all run on "
				+ "them. Through the gateway, each request costs the CPU of two JVMs (gateway and service), so the "
				+ "gateway path can hardly serve as many requests per second as the service alone on the same cores; "
				+ "the ratio says how much of the machine the gateway's work takes, not what a gateway on its own "
				+ "cores would sustain.");
		notes.add("The apps run with the lean defaults of the local run (C1 only, `-XX:TieredStopAtLevel=1`, serial "
				+ "collector, 256 MiB heap): code that C2 would optimise, such as the RSA arithmetic of token "
				+ "signatures, runs slower than on a server JVM's defaults.");
		String method = """
				One local run (`./run.sh`, lean defaults, demo data loaded, idle). The read is \
				`GET %s` (allocation-service's quota of the year: a few database queries, %d bytes of \
				JSON), called by wrk on loopback three ways, after %d s of unpaced load on each path (so the JIT \
				compilers have done their work): **direct** to the service with \
				`Authorization: Bearer` and a token signed with the gateway's key; **nginx** (one worker, \
				no access log, upstream keep-alive) in front of the service with the same header; \
				**gateway** with the session cookie of a form login as `%s` (the gateway checks the \
				session and the role, signs an identity token and proxies). *Fixed rate:* wrk, one thread, \
				%d connections, each pausing before each request so that together they send %.0f req/s \
				(pause calibrated in a %d s warm-up per path and corrected after each run from the rate it reached; achieved rates are in the table), %d s per \
				path, the three paths in rotating order, %d runs; p50 and p99 are wrk's, the figures \
				medians over the runs. *Added latency* = gateway − direct per run, with nginx − direct \
				as the reference. *Highest rate:* wrk with 2 threads and 16 connections, no pauses, %d s \
				per path per run. CPU per request: user + system CPU of the proxy's processes (the \
				service's for direct) during the paced run, divided by its requests.
				"""
			.formatted(apiPath, answerBytes, jitWarmUp.toSeconds(), USERNAME, CONNECTIONS, rate, warmUp.toSeconds(),
					step.toSeconds(), context.runs(), maxStep.toSeconds());
		return new PartResult(name(), title(), method, figures, details, notes, null);
	}

	private static List<Figure> figures(Map<Route, List<GatewayOverheadWrk.Result>> paced,
			Map<Route, List<GatewayOverheadWrk.Result>> unpaced, Map<Route, List<Double>> cpuPerRequest) {
		List<Double> directP50 = values(paced.get(Route.DIRECT), GatewayOverheadWrk.Result::p50Millis);
		List<Double> directP99 = values(paced.get(Route.DIRECT), GatewayOverheadWrk.Result::p99Millis);
		List<Double> nginxP50 = values(paced.get(Route.NGINX), GatewayOverheadWrk.Result::p50Millis);
		List<Double> nginxP99 = values(paced.get(Route.NGINX), GatewayOverheadWrk.Result::p99Millis);
		List<Double> gatewayP50 = values(paced.get(Route.GATEWAY), GatewayOverheadWrk.Result::p50Millis);
		List<Double> gatewayP99 = values(paced.get(Route.GATEWAY), GatewayOverheadWrk.Result::p99Millis);
		List<Double> directMax = values(unpaced.get(Route.DIRECT), GatewayOverheadWrk.Result::rate);
		List<Double> nginxMax = values(unpaced.get(Route.NGINX), GatewayOverheadWrk.Result::rate);
		List<Double> gatewayMax = values(unpaced.get(Route.GATEWAY), GatewayOverheadWrk.Result::rate);
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure("gateway.addedP50Millis", "Added latency at p50: gateway − direct", "ms",
				difference(gatewayP50, directP50), "nginx − direct", difference(nginxP50, directP50),
				Target.atMost(ADDED_P50_TARGET_MILLIS)));
		figures.add(new Figure("gateway.addedP99Millis", "Added latency at p99: gateway − direct", "ms",
				difference(gatewayP99, directP99), "nginx − direct", difference(nginxP99, directP99),
				Target.atMost(ADDED_P99_TARGET_MILLIS)));
		figures.add(new Figure("gateway.gatewayP50Millis", "p50 through the gateway", "ms", gatewayP50, "direct",
				directP50, null));
		figures
			.add(new Figure("gateway.nginxP50Millis", "p50 through nginx", "ms", nginxP50, "direct", directP50, null));
		figures.add(new Figure("gateway.gatewayP99Millis", "p99 through the gateway", "ms", gatewayP99, "direct",
				directP99, null));
		figures
			.add(new Figure("gateway.nginxP99Millis", "p99 through nginx", "ms", nginxP99, "direct", directP99, null));
		figures.add(new Figure("gateway.maxRpsRatio", "Highest rate: gateway ÷ direct", "×",
				ratio(gatewayMax, directMax), "nginx ÷ direct", ratio(nginxMax, directMax), Target.atLeast(1.0)));
		figures.add(new Figure("gateway.gatewayMaxRps", "Highest rate through the gateway", "req/s", gatewayMax,
				"direct", directMax, null));
		figures.add(new Figure("gateway.nginxMaxRps", "Highest rate through nginx", "req/s", nginxMax, "direct",
				directMax, null));
		figures.add(new Figure("gateway.gatewayCpuMicrosPerRequest",
				"CPU per request of the gateway process (paced runs)", "µs", cpuPerRequest.get(Route.GATEWAY),
				"the service's, direct", cpuPerRequest.get(Route.DIRECT), null));
		figures.add(new Figure("gateway.nginxCpuMicrosPerRequest", "CPU per request of nginx (paced runs)", "µs",
				cpuPerRequest.get(Route.NGINX), "the service's, direct", cpuPerRequest.get(Route.DIRECT), null));
		return figures;
	}

	private static List<Double> values(List<GatewayOverheadWrk.Result> results,
			Function<GatewayOverheadWrk.Result, Double> value) {
		return results.stream().map(value).toList();
	}

	private static List<Double> difference(List<Double> minuends, List<Double> subtrahends) {
		List<Double> differences = new ArrayList<>();
		for (int i = 0; i < minuends.size(); i++) {
			differences.add(minuends.get(i) - subtrahends.get(i));
		}
		return differences;
	}

	private static List<Double> ratio(List<Double> numerators, List<Double> denominators) {
		List<Double> ratios = new ArrayList<>();
		for (int i = 0; i < numerators.size(); i++) {
			ratios.add(numerators.get(i) / denominators.get(i));
		}
		return ratios;
	}

	private static GatewayOverheadWrk.Result last(List<GatewayOverheadWrk.Result> results) {
		return results.get(results.size() - 1);
	}

	private static void requireNoErrors(Route path, GatewayOverheadWrk.Result result) {
		if (result.requests() == 0 || result.errors() > 0) {
			throw new IllegalStateException("wrk got errors or no answers on the " + path.label + " path: "
					+ result.summary() + "\n" + result.output());
		}
	}

	private static List<String> rateNotes(Map<Route, List<GatewayOverheadWrk.Result>> paced, double rate) {
		List<String> notes = new ArrayList<>();
		for (Route path : Route.values()) {
			for (GatewayOverheadWrk.Result result : paced.get(path)) {
				if (Math.abs(result.rate() - rate) > rate * 0.05) {
					notes
						.add(String.format(Locale.ROOT,
								"A paced run on the %s path achieved %.1f req/s instead of %.0f (more than 5 %% off): "
										+ "its latencies were measured at that rate.",
								path.label, result.rate(), rate));
				}
			}
		}
		return notes;
	}

	private static String runsTable(Map<Route, List<GatewayOverheadWrk.Result>> paced,
			Map<Route, List<GatewayOverheadWrk.Result>> unpaced, Map<Route, List<Double>> cpuPerRequest) {
		StringBuilder table = new StringBuilder(
				"| Run | Route | Paced rate (req/s) | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | CPU/request (µs) | Highest rate (req/s) | Highest-rate p50 (ms) |\n"
						+ "|---|---|---|---|---|---|---|---|---|---|\n");
		int runs = paced.get(Route.DIRECT).size();
		for (int run = 0; run < runs; run++) {
			for (Route path : Route.values()) {
				GatewayOverheadWrk.Result fixed = paced.get(path).get(run);
				GatewayOverheadWrk.Result max = unpaced.get(path).get(run);
				table.append(String.format(Locale.ROOT,
						"| %d | %s | %.1f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f |%n", run + 1, path.label,
						fixed.rate(), fixed.p50Millis(), fixed.p90Micros() / 1000, fixed.p99Millis(),
						fixed.maxMicros() / 1000, cpuPerRequest.get(path).get(run), max.rate(), max.p50Millis()));
			}
		}
		return table.toString();
	}

	/**
	 * Logs in through the gateway's login form as a browser would: reads the form's CSRF
	 * token, posts the credentials and keeps the new session's cookie.
	 */
	private static String logIn(URI gateway) throws IOException, InterruptedException {
		CookieManager cookies = new CookieManager();
		try (HttpClient client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build()) {
			HttpResponse<String> form = client.send(HttpRequest.newBuilder(gateway.resolve("/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			Matcher csrf = CSRF_FIELD.matcher(form.body());
			if (form.statusCode() != 200 || !csrf.find()) {
				throw new IllegalStateException(
						"The gateway's login page (" + form.statusCode() + ") has no CSRF field: " + form.body());
			}
			String body = "username=" + USERNAME + "&password=" + PASSWORD + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			HttpResponse<String> login = client.send(HttpRequest.newBuilder(gateway.resolve("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			String location = login.headers().firstValue("Location").orElse("");
			if (login.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException(
						"Login as " + USERNAME + " failed: " + login.statusCode() + " to '" + location + "'");
			}
			return cookies.getCookieStore()
				.get(gateway)
				.stream()
				.filter((cookie) -> cookie.getName().equals("BBSESSION"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("The login set no BBSESSION cookie"));
		}
	}

	/**
	 * Calls the read once on each path and checks that all three answer 200 with the same
	 * body.
	 * @return the body
	 */
	private static String checkSameAnswer(Map<Route, String> urls, Map<Route, Map<String, String>> headers)
			throws IOException, InterruptedException {
		String first = null;
		try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
			for (Route path : Route.values()) {
				HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(urls.get(path)));
				headers.get(path).forEach(request::header);
				HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException(
							"The " + path.label + " path answered " + response.statusCode() + ": " + response.body());
				}
				if (first != null && !first.equals(response.body())) {
					throw new IllegalStateException("The " + path.label + " path answered differently: "
							+ response.body() + " instead of " + first);
				}
				first = (first != null) ? first : response.body();
			}
		}
		return first;
	}

}
