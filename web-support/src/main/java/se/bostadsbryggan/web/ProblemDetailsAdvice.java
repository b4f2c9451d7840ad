package se.bostadsbryggan.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of a JSON API as an RFC 9457 problem detail, with title and detail in the
 * caller's language (Swedish unless {@code Accept-Language} asks for English), each
 * invalid field listed under {@code errors}, and the correlation id to quote to support.
 */
@RestControllerAdvice(annotations = RestController.class)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private static final String TYPE_BASE = "https://bostadsbryggan.se/problem/";

	private final MessageSource messages;

	public ProblemDetailsAdvice(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<Object> handleProblem(ProblemException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(ex.status());
		problem.setType(URI.create(TYPE_BASE + ex.code()));
		problem.setTitle(message("problem." + ex.code() + ".title", null, ex.code()));
		problem.setDetail(message("problem." + ex.code() + ".detail", ex.arguments(), null));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), ex.status(), request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error", ex);
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
		problem.setTitle(message("problem.internal.title", null, "Internal error"));
		problem.setDetail(message("problem.internal.detail", null, null));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = validationProblem();
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", localized(error)));
		}
		for (ObjectError error : ex.getBindingResult().getGlobalErrors()) {
			errors.add(Map.of("field", error.getObjectName(), "message", localized(error)));
		}
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = validationProblem();
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> errors.add(Map.of("field", result.getMethodParameter().getParameterName(),
						"message", this.messages.getMessage(error, LocaleContextHolder.getLocale())))));
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body == null && ex instanceof ErrorResponse response) {
			// Spring's own exceptions (404, 405, 415...) come without a body: make it
			// here,
			// so its title is localized below like every other.
			body = response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
		}
		if (body instanceof ProblemDetail problem) {
			String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
			if (correlationId != null) {
				problem.setProperty("correlationId", correlationId);
			}
			if (problem.getTitle() == null
					|| problem.getTitle().equals(HttpStatus.valueOf(statusCode.value()).getReasonPhrase())) {
				problem.setTitle(message("problem.status." + statusCode.value() + ".title", null, problem.getTitle()));
			}
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	private ProblemDetail validationProblem() {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
		problem.setType(URI.create(TYPE_BASE + "validation"));
		problem.setTitle(message("problem.validation.title", null, "Invalid request"));
		problem.setDetail(message("problem.validation.detail", null, null));
		return problem;
	}

	private String localized(ObjectError error) {
		return this.messages.getMessage(error, LocaleContextHolder.getLocale());
	}

	private String message(String code, Object[] arguments, String fallback) {
		return this.messages.getMessage(code, arguments, fallback, LocaleContextHolder.getLocale());
	}

}
