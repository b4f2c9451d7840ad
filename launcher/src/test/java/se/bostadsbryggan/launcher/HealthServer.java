package se.bostadsbryggan.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in app for tests, started as a child process: prints the launcher's environment
 * contract variables, then answers 200 on every path of {@code 127.0.0.1:<port>} until
 * stopped. The port is the first argument, else {@code SERVER_PORT}. With the argument
 * {@code spawn-child} it also starts a {@code sleep} child, to test that kills reach
 * descendants. Uses lambdas only, so this one class file is the whole app.
 */
public final class HealthServer {

	private HealthServer() {
	}

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt((args.length > 0) ? args[0] : System.getenv("SERVER_PORT"));
		Map<String, String> contract = new TreeMap<>();
		System.getenv().forEach((name, value) -> {
			if (name.equals("SERVER_PORT") || name.startsWith("SPRING_") || name.startsWith("BB_")) {
				contract.put(name, value);
			}
		});
		contract.forEach((name, value) -> System.out.println("env " + name + "=" + value));
		if (List.of(args).contains("spawn-child")) {
			Process child = new ProcessBuilder("sleep", "600").start();
			System.out.println("child-pid=" + child.pid());
		}
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		server.createContext("/", HealthServer::up);
		server.start();
		System.out.println("serving on " + port);
		System.out.flush();
		Thread.currentThread().join();
	}

	private static void up(HttpExchange exchange) throws IOException {
		byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
