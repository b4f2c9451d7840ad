package se.bostadsbryggan.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path or method under {@code /api/} that no controller maps is an RFC 9457 problem
 * detail too (404 or 405, in the caller's language), not Spring Boot's error JSON: no
 * controller ran, so {@link ProblemDetailsAdvice}, which speaks for the REST controllers,
 * is not asked. Other paths (pages) keep the default handling: the handler rethrows, and
 * Spring MVC goes on as if it had not matched.
 */
@RestControllerAdvice
class UnmappedApiPathAdvice {

	private final ProblemDetailsAdvice problems;

	UnmappedApiPathAdvice(ProblemDetailsAdvice problems) {
		this.problems = problems;
	}

	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class,
			HttpRequestMethodNotSupportedException.class })
	ResponseEntity<Object> handleUnmapped(Exception ex, HttpServletRequest request, WebRequest webRequest)
			throws Exception {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw ex;
		}
		return this.problems.handleException(ex, webRequest);
	}

}
