package se.bostadsbryggan.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a loopback port standing in for one of the services behind the
 * gateway. It records every request it gets (except readiness checks) and answers:
 * <ul>
 * <li>{@code /actuator/health/readiness}: 200 {@code {"status":"UP"}};</li>
 * <li>a path ending in {@code /redirect}: 302 to the relative
 * {@code /<name>/apartments/42};</li>
 * <li>a path ending in {@code /slow}: 200 after three seconds;</li>
 * <li>a path ending in {@code /own-headers}: 200 with security and cache headers of its
 * own, as a Spring Boot service sends them;</li>
 * <li>anything else: 200 with the text {@code <name> <path>}, echoing the correlation id
 * as the real services do.</li>
 * </ul>
 */
final class StubService implements AutoCloseable {

	private final String name;

	private final int port;

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private HttpServer server;

	private StubService(String name) {
		this.name = name;
		this.server = bind(0);
		this.port = this.server.getAddress().getPort();
	}

	static StubService start(String name) {
		return new StubService(name);
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + this.port);
	}

	/** Stops the server: connections to its port are refused. */
	synchronized void stop() {
		this.server.stop(0);
	}

	/** Starts the server again on the same port. */
	synchronized void restart() {
		this.server = bind(this.port);
	}

	void clear() {
		this.received.clear();
	}

	/**
	 * @return the next request the service got, waiting up to five seconds
	 */
	Received takeRequest() {
		try {
			Received request = this.received.poll(5, TimeUnit.SECONDS);
			if (request == null) {
				throw new AssertionError(this.name + " got no request");
			}
			return request;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * @return whether the service got no request
	 */
	boolean gotNothing() {
		return this.received.isEmpty();
	}

	@Override
	public synchronized void close() {
		this.server.stop(0);
		this.executor.close();
	}

	private HttpServer bind(int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
			server.setExecutor(this.executor);
			server.createContext("/", this::handle);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try {
			String path = exchange.getRequestURI().getRawPath();
			if (path.equals("/actuator/health/readiness")) {
				respond(exchange, 200, "application/json", "{\"status\":\"UP\"}");
				return;
			}
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			exchange.getRequestHeaders().forEach((header, values) -> headers.put(header, List.copyOf(values)));
			this.received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
					headers, new String(body, StandardCharsets.UTF_8)));
			String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
			if (correlationId != null) {
				exchange.getResponseHeaders().set("X-Correlation-Id", correlationId);
			}
			if (path.endsWith("/redirect")) {
				exchange.getResponseHeaders().set("Location", "/" + this.name + "/apartments/42");
				exchange.sendResponseHeaders(302, -1);
				return;
			}
			if (path.endsWith("/own-headers")) {
				exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'");
				exchange.getResponseHeaders().set("X-Frame-Options", "SAMEORIGIN");
				exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
				exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
				exchange.getResponseHeaders().set("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
				exchange.getResponseHeaders().set("Pragma", "no-cache");
				exchange.getResponseHeaders().set("Expires", "0");
			}
			if (path.endsWith("/slow")) {
				Thread.sleep(3000);
			}
			respond(exchange, 200, "text/plain; charset=utf-8", this.name + " " + path);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			exchange.close();
		}
	}

	private static void respond(HttpExchange exchange, int status, String contentType, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/**
	 * A request the service got.
	 *
	 * @param method the HTTP method
	 * @param path the raw path
	 * @param query the raw query, or {@code null}
	 * @param headers the headers, by case-insensitive name
	 * @param body the body as UTF-8 text
	 */
	record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

		String header(String name) {
			List<String> values = this.headers.get(name);
			return (values != null && !values.isEmpty()) ? values.get(0) : null;
		}

	}

}
