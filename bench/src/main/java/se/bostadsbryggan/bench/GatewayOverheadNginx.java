package se.bostadsbryggan.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * nginx as a plain reverse proxy in front of one service, the reference for the gateway's
 * overhead: one worker, no access log, HTTP/1.1 with kept-alive connections to the
 * service, every request header (the {@code Authorization} header too) passed on. Its
 * configuration, pid file, logs and temporary files stay in a directory of the suite's
 * work space.
 */
final class GatewayOverheadNginx implements AutoCloseable {

	private final Process master;

	private final String configuration;

	private GatewayOverheadNginx(Process master, String configuration) {
		this.master = master;
		this.configuration = configuration;
	}

	/**
	 * Writes the configuration and starts nginx in the foreground.
	 * @param directory its prefix directory
	 * @param listenPort the loopback port it listens on
	 * @param servicePort the loopback port of the service behind it
	 * @return the running nginx
	 * @throws IOException when it cannot start
	 * @throws InterruptedException when interrupted
	 */
	static GatewayOverheadNginx start(Path directory, int listenPort, int servicePort)
			throws IOException, InterruptedException {
		Path prefix = directory.toAbsolutePath();
		Files.createDirectories(prefix.resolve("temp"));
		String configuration = """
				worker_processes 1;
				pid %1$s/nginx.pid;
				error_log %1$s/error.log warn;
				events {
				    worker_connections 1024;
				}
				http {
				    access_log off;
				    client_body_temp_path %1$s/temp/client_body;
				    proxy_temp_path %1$s/temp/proxy;
				    fastcgi_temp_path %1$s/temp/fastcgi;
				    uwsgi_temp_path %1$s/temp/uwsgi;
				    scgi_temp_path %1$s/temp/scgi;
				    upstream service {
				        server 127.0.0.1:%3$d;
				        keepalive 32;
				    }
				    server {
				        listen 127.0.0.1:%2$d;
				        location / {
				            proxy_pass http://service;
				            proxy_http_version 1.1;
				            proxy_set_header Connection "";
				            proxy_set_header Host $http_host;
				            proxy_set_header X-Forwarded-For $remote_addr;
				            proxy_set_header X-Forwarded-Proto $scheme;
				        }
				    }
				}
				""".formatted(prefix, listenPort, servicePort);
		Path conf = Files.writeString(prefix.resolve("nginx.conf"), configuration, StandardCharsets.UTF_8);
		List<String> command = new ArrayList<>(
				List.of(nginx(), "-p", prefix.toString(), "-c", conf.toString(), "-g", "daemon off;"));
		Process master = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(prefix.resolve("nginx.out").toFile()))
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!accepts(listenPort)) {
			if (!master.isAlive() || System.nanoTime() - deadline > 0) {
				master.destroyForcibly();
				throw new IllegalStateException("nginx did not start; see " + prefix.resolve("error.log") + " and "
						+ prefix.resolve("nginx.out"));
			}
			Thread.sleep(50);
		}
		return new GatewayOverheadNginx(master, configuration);
	}

	private static String nginx() {
		return Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * @return the master's and its worker's process ids
	 */
	List<Long> pids() {
		List<Long> pids = new ArrayList<>();
		pids.add(this.master.pid());
		this.master.children().forEach((child) -> pids.add(child.pid()));
		return pids;
	}

	/**
	 * @return the configuration it runs with
	 */
	String configuration() {
		return this.configuration;
	}

	/**
	 * Stops nginx (SIGTERM: a fast shutdown) and waits for it.
	 */
	@Override
	public void close() {
		List<ProcessHandle> workers = this.master.descendants().toList();
		this.master.destroy();
		try {
			if (!this.master.waitFor(10, TimeUnit.SECONDS)) {
				this.master.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.master.destroyForcibly();
		}
		workers.forEach(ProcessHandle::destroyForcibly);
	}

}
