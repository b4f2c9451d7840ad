package se.bostadsbryggan.gateway.routing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;

import se.bostadsbryggan.web.CorrelationIdFilter;

/**
 * The headers of a proxied exchange. A service gets the client's headers, less those that
 * only the gateway may set, plus the request's correlation id.
 * <ul>
 * <li>{@code X-BB-*} (e.g. {@code X-BB-Csrf-Token}) are set by the gateway only; a client
 * never sets them.</li>
 * <li>{@code Authorization} from the client is dropped: the gateway sends its own
 * identity token ({@code Bearer}) for a logged-in user.</li>
 * <li>{@code Forwarded} and {@code X-Forwarded-*} from the client are dropped: the
 * gateway is the edge of the system and writes them afresh from the connection it
 * got.</li>
 * <li>{@code X-Correlation-Id} is the id the gateway's correlation id filter took or
 * made, so the service logs and publishes under the id the client gets back.</li>
 * </ul>
 * {@code Content-Type} goes on as the client sent it (the servlet container would add a
 * charset), cookies pass through unchanged.
 */
final class ProxiedHeaders {

	/** The prefix of headers only the gateway may set. */
	static final String GATEWAY_ONLY_PREFIX = "x-bb-";

	private ProxiedHeaders() {
	}

	/**
	 * @param incoming the client's request headers
	 * @param correlationId the request's correlation id, or {@code null} if there is none
	 * @param contentType the {@code Content-Type} header as the client sent it, or
	 * {@code null}
	 * @param fromGateway headers the gateway sets (identity token, CSRF token)
	 * @return the headers to send to the service
	 */
	static HttpHeaders toService(HttpHeaders incoming, String correlationId, String contentType,
			Map<String, String> fromGateway) {
		HttpHeaders outgoing = new HttpHeaders();
		incoming.forEach((name, values) -> {
			if (!fromClientDropped(name)) {
				outgoing.addAll(name, values);
			}
		});
		if (correlationId != null) {
			outgoing.set(CorrelationIdFilter.HEADER, correlationId);
		}
		if (contentType != null) {
			outgoing.set(HttpHeaders.CONTENT_TYPE, contentType);
		}
		fromGateway.forEach(outgoing::set);
		return outgoing;
	}

	/**
	 * The security headers the gateway sets on every response, proxied ones included.
	 */
	static final Set<String> SET_BY_GATEWAY = Set.of("content-security-policy", "x-frame-options",
			"x-content-type-options", "referrer-policy");

	/**
	 * @param serviceHeaders the service's response headers
	 * @return them without the correlation id, which the gateway has already set on its
	 * response, and without the security headers the gateway sets itself (so each appears
	 * once, with the gateway's value). Cache headers stay: the gateway adds its own only
	 * to a response that has none.
	 */
	static HttpHeaders toClient(HttpHeaders serviceHeaders) {
		HttpHeaders outgoing = new HttpHeaders();
		serviceHeaders.forEach((name, values) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (!CorrelationIdFilter.HEADER.equalsIgnoreCase(name) && !SET_BY_GATEWAY.contains(lower)) {
				outgoing.addAll(name, List.copyOf(values));
			}
		});
		return outgoing;
	}

	private static boolean fromClientDropped(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.startsWith(GATEWAY_ONLY_PREFIX) || lower.equals("authorization") || lower.equals("forwarded")
				|| lower.startsWith("x-forwarded-");
	}

}
