package se.bostadsbryggan.gateway.routing;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.RenderingResponse;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import se.bostadsbryggan.gateway.backend.Backend;
import se.bostadsbryggan.web.CorrelationIdFilter;

/**
 * Answers a request for a service that is down or does not answer in time: an RFC 9457
 * problem detail for the JSON API ({@code /api/**}), a readable page for everything else,
 * both in the caller's language and with the correlation id to quote to support.
 */
class ServiceUnavailableController {

	private static final Logger log = LoggerFactory.getLogger(ServiceUnavailableController.class);

	static final String PROBLEM_CODE = "service-unavailable";

	private static final URI PROBLEM_TYPE = URI.create("https://bostadsbryggan.se/problem/" + PROBLEM_CODE);

	private final MessageSource messages;

	ServiceUnavailableController(MessageSource messages) {
		this.messages = messages;
	}

	ServerResponse unavailable(Backend backend, Throwable failure, ServerRequest request) {
		String correlationId = (String) request.attribute(CorrelationIdFilter.MDC_KEY).orElse(null);
		log.warn("{} {}: service {} unavailable: {}", request.method(), request.path(), backend.id(),
				NestedExceptionUtils.getMostSpecificCause(failure).toString());
		String serviceName = message(backend.nameKey());
		if (request.path().startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
			problem.setType(PROBLEM_TYPE);
			problem.setTitle(message("problem." + PROBLEM_CODE + ".title"));
			problem.setDetail(message("problem." + PROBLEM_CODE + ".detail", serviceName));
			problem.setInstance(URI.create(request.path()));
			if (correlationId != null) {
				problem.setProperty("correlationId", correlationId);
			}
			return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return RenderingResponse.create("unavailable")
			.status(HttpStatus.SERVICE_UNAVAILABLE)
			.modelAttribute("serviceName", serviceName)
			.build();
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
