package se.bostadsbryggan.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the correlation id of a request from the {@value #HEADER} header (set by the
 * gateway) when it is a UUID, or makes one, puts it in the logging context for every line
 * the request logs, and echoes it in the response. The outbox copies it into the Kafka
 * headers of the events the request causes, and consumers restore it.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

	/** The HTTP header that carries the correlation id. */
	public static final String HEADER = "X-Correlation-Id";

	/** The logging context (MDC) key. */
	public static final String MDC_KEY = "correlationId";

	/**
	 * Only a UUID is taken from a caller: the id travels into logs and Kafka headers, so
	 * free text (a personal identity number, say) must never pass as one.
	 */
	private static final Pattern VALID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String correlationId = (incoming != null && VALID.matcher(incoming).matches()) ? incoming
				: UUID.randomUUID().toString();
		MDC.put(MDC_KEY, correlationId);
		request.setAttribute(MDC_KEY, correlationId);
		response.setHeader(HEADER, correlationId);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

}
