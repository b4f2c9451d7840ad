package se.bostadsbryggan.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as RFC 9457 problem details in Swedish, with {@code WWW-Authenticate:
 * Bearer} as RFC 6750 asks. They come before any controller runs, so they are written
 * here rather than by web-support's problem details advice.
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| exception instanceof InvalidBearerTokenException;
		write(response, HttpStatus.UNAUTHORIZED, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer",
				"Inte inloggad", "Begäran saknar en giltig identitetstoken från gatewayen. Logga in via gatewayen.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Bearer error=\"insufficient_scope\"", "Åtkomst nekad",
				"Din roll ger inte tillgång till den här sidan eller tjänsten.");
	}

	private static void write(HttpServletResponse response, HttpStatus status, String challenge, String title,
			String detail) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, "sv");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\"}");
	}

}
