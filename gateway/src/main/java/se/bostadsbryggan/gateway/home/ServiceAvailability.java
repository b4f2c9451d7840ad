package se.bostadsbryggan.gateway.home;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import se.bostadsbryggan.gateway.backend.Backend;
import se.bostadsbryggan.gateway.backend.GatewayProperties;

/**
 * Asks every service at once whether it is ready ({@code /actuator/health/readiness}), so
 * staff see on the start page if one is down. A service that does not answer within the
 * timeout counts as unavailable.
 */
class ServiceAvailability implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ServiceAvailability.class);

	private static final String READINESS = "/actuator/health/readiness";

	private final GatewayProperties properties;

	private final Duration timeout;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final HttpClient client;

	ServiceAvailability(GatewayProperties properties) {
		this.properties = properties;
		this.timeout = properties.availabilityTimeout();
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(this.timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.executor(this.executor)
			.build();
	}

	/**
	 * @return for each service, whether it is ready to serve requests
	 */
	Map<Backend, Boolean> check() {
		Map<Backend, CompletableFuture<Boolean>> pending = new EnumMap<>(Backend.class);
		for (Backend backend : Backend.values()) {
			pending.put(backend, ready(backend));
		}
		Map<Backend, Boolean> result = new EnumMap<>(Backend.class);
		pending.forEach((backend, ready) -> result.put(backend, ready.join()));
		return result;
	}

	private CompletableFuture<Boolean> ready(Backend backend) {
		URI uri = this.properties.uri(backend).resolve(READINESS);
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(this.timeout).GET().build();
		return this.client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
			.orTimeout(this.timeout.toMillis() + 250, TimeUnit.MILLISECONDS)
			.thenApply((response) -> response.statusCode() == 200)
			.exceptionally((failure) -> {
				log.debug("Service {} is not ready at {}: {}", backend.id(), uri, failure.toString());
				return false;
			});
	}

	@Override
	public void close() {
		this.client.close();
		this.executor.close();
	}

}
