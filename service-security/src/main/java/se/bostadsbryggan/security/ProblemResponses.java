package se.bostadsbryggan.security;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

import se.bostadsbryggan.web.CorrelationIdFilter;

/**
 * 401 and 403 with {@code WWW-Authenticate: Bearer} as RFC 6750 asks: an RFC 9457 problem
 * detail, or a short readable page when a browser asks for a page (it prefers
 * {@code text/html} to JSON, outside {@code /api/}). Texts come from the message keys
 * {@code problem.unauthenticated.*} and {@code problem.forbidden.*} of web-support's
 * {@code problems} bundle, in the language the {@link LocaleResolver} picks: Swedish,
 * English with {@code Accept-Language: en}. They come before any controller runs, so they
 * are written here rather than by web-support's problem details advice.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final String TYPE_BASE = "https://bostadsbryggan.se/problem/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<MediaType> JSON_TYPES = List.of(MediaType.APPLICATION_JSON,
			MediaType.APPLICATION_PROBLEM_JSON);

	private final MessageSource messages;

	private final LocaleResolver locales;

	ProblemResponses(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| exception instanceof InvalidBearerTokenException;
		write(request, response, HttpStatus.UNAUTHORIZED, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer",
				"unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "Bearer error=\"insufficient_scope\"", "forbidden");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String challenge,
			String code) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		Locale locale = this.locales.resolveLocale(request);
		String title = message("problem." + code + ".title", locale);
		String detail = message("problem." + code + ".detail", locale);
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
		if (wantsPage(request)) {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(page(locale, title, detail, message("problem.page.home", locale)));
			return;
		}
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", URI.create(TYPE_BASE + code).toString());
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		if (request.getAttribute(CorrelationIdFilter.MDC_KEY) instanceof String correlationId) {
			problem.put("correlationId", correlationId);
		}
		// JSON is UTF-8 by definition: no charset parameter.
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

	/**
	 * @param request a refused request
	 * @return whether it asks for a page: outside {@code /api/}, preferring
	 * {@code text/html} to JSON, as a browser's navigation does
	 */
	static boolean wantsPage(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return false;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
		double html = quality(accepted, List.of(MediaType.TEXT_HTML));
		return html > 0 && html > quality(accepted, JSON_TYPES);
	}

	/**
	 * The highest quality the caller gives any of the types, not counting a bare
	 * {@code *}/{@code *}.
	 */
	private static double quality(List<MediaType> accepted, List<MediaType> types) {
		double best = 0;
		for (MediaType candidate : accepted) {
			if (candidate.isWildcardType()) {
				continue;
			}
			for (MediaType type : types) {
				if (candidate.includes(type)) {
					best = Math.max(best, candidate.getQualityValue());
				}
			}
		}
		return best;
	}

	private static String page(Locale locale, String title, String detail, String home) {
		return """
				<!DOCTYPE html>
				<html lang="%s">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s – Bostadsbryggan</title>
				</head>
				<body>
				<main id="main">
				<h1>%s</h1>
				<p>%s</p>
				<p><a href="/">%s</a></p>
				</main>
				</body>
				</html>
				""".formatted(locale.getLanguage(), escape(title), escape(title), escape(detail), escape(home));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
