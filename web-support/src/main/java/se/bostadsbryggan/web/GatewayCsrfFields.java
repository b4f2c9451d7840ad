package se.bostadsbryggan.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.RequestDataValueProcessor;

/**
 * Puts the gateway's CSRF token into the services' forms. The gateway checks a CSRF token
 * on every state-changing request it proxies, and sends the session's token to the
 * service in {@value #HEADER}; every POST form a service renders with {@code th:action}
 * then gets a hidden {@code _csrf} field with it. Without the header (a direct call, a
 * test) forms get no extra field.
 */
public class GatewayCsrfFields implements RequestDataValueProcessor {

	/** The header in which the gateway sends the session's CSRF token. */
	public static final String HEADER = "X-BB-Csrf-Token";

	/** The form field the gateway reads the token from. */
	public static final String FIELD = "_csrf";

	private static final String NOT_A_POST = GatewayCsrfFields.class.getName() + ".NOT_A_POST";

	@Override
	public String processAction(HttpServletRequest request, String action, String httpMethod) {
		if (httpMethod == null || !"post".equals(httpMethod.toLowerCase(Locale.ROOT))) {
			request.setAttribute(NOT_A_POST, Boolean.TRUE);
		}
		else {
			request.removeAttribute(NOT_A_POST);
		}
		return action;
	}

	@Override
	public String processFormFieldValue(HttpServletRequest request, String name, String value, String type) {
		return value;
	}

	@Override
	public Map<String, String> getExtraHiddenFields(HttpServletRequest request) {
		if (Boolean.TRUE.equals(request.getAttribute(NOT_A_POST))) {
			request.removeAttribute(NOT_A_POST);
			return Map.of();
		}
		String token = request.getHeader(HEADER);
		return (token == null || token.isBlank()) ? Map.of() : Map.of(FIELD, token);
	}

	@Override
	public String processUrl(HttpServletRequest request, String url) {
		return url;
	}

}
