package se.bostadsbryggan.gateway.login;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import se.bostadsbryggan.gateway.account.Role;
import se.bostadsbryggan.gateway.oidc.OidcLoginConfig;
import se.bostadsbryggan.web.CorrelationIdFilter;

/**
 * Who may reach what through the gateway, and how staff log in.
 * <ul>
 * <li>Open: the start page, the login pages (local form and the OpenID Connect provider's
 * redirects), assets, the probes {@code /livez} and {@code /readyz}, and the JWKS; on the
 * management port, Actuator's health, info and metrics.</li>
 * <li>The housing company's pages and API: its staff and managers; social services' pages
 * and API: caseworkers and managers; the shared workflow: all four. {@code ADMIN} opens
 * only {@code /admin/**}.</li>
 * <li>Not logged in: pages redirect to {@code /login}, the API answers 401 with a problem
 * detail. Not allowed: a readable 403 page, or a 403 problem detail.</li>
 * <li>CSRF: a session-backed token on every state-changing request, proxied form posts
 * included: their {@code _csrf} field is read from the raw body the form body filter
 * kept, so the body is never parsed here.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

	private static final String[] HOUSING = { Role.HOUSING_STAFF.name(), Role.HOUSING_MANAGER.name() };

	private static final String[] SOCIAL = { Role.SOCIAL_CASEWORKER.name(), Role.SOCIAL_MANAGER.name() };

	private static final String[] BOTH = { Role.HOUSING_STAFF.name(), Role.HOUSING_MANAGER.name(),
			Role.SOCIAL_CASEWORKER.name(), Role.SOCIAL_MANAGER.name() };

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, MessageSource messages,
			ObjectProvider<OidcLoginConfig> oidcLogin) {
		LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
		http.authorizeHttpRequests((requests) -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers("/", "/login", "/oauth2/authorization/**", "/login/oauth2/code/**", "/assets/**", "/livez",
					"/readyz", "/.well-known/jwks.json", "/favicon.ico")
			.permitAll()
			// Served on the management port only (management.server.port).
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
			.permitAll()
			.requestMatchers("/housing/**", "/api/housing/**")
			.hasAnyRole(HOUSING)
			.requestMatchers("/social/**", "/api/social/**")
			.hasAnyRole(SOCIAL)
			.requestMatchers("/allocation/**", "/api/allocation/**")
			.hasAnyRole(BOTH)
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin((login) -> login.loginPage("/login").failureUrl("/login?error").defaultSuccessUrl("/", false))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("BBSESSION")
				.invalidateHttpSession(true))
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(new RawFormCsrfTokenConfig()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, failure) -> {
				if (isApi(request)) {
					problem(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", messages);
				}
				else {
					loginPage.commence(request, response, failure);
				}
			}).accessDeniedHandler((request, response, denied) -> {
				if (isApi(request)) {
					problem(request, response, HttpStatus.FORBIDDEN, "forbidden", messages);
				}
				else {
					response.sendError(HttpServletResponse.SC_FORBIDDEN);
				}
			}))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny()));
		oidcLogin.ifAvailable((oidc) -> oidc.applyTo(http));
		return http.build();
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/**
	 * Writes an RFC 9457 problem detail in Swedish, or English with
	 * {@code Accept-Language: en}.
	 */
	private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String code, MessageSource messages) throws IOException {
		boolean english = request.getHeader("Accept-Language") != null
				&& "en".equals(request.getLocale().getLanguage());
		Locale locale = english ? Locale.ENGLISH : Locale.of("sv");
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", URI.create("https://bostadsbryggan.se/problem/" + code).toString());
		problem.put("title", messages.getMessage("problem." + code + ".title", null, locale));
		problem.put("status", status.value());
		problem.put("detail", messages.getMessage("problem." + code + ".detail", null, locale));
		problem.put("instance", request.getRequestURI());
		Object correlationId = request.getAttribute(CorrelationIdFilter.MDC_KEY);
		if (correlationId != null) {
			problem.put("correlationId", correlationId);
		}
		response.setStatus(status.value());
		// JSON is UTF-8 by definition: no charset parameter (the services answer the
		// same).
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(JSON.writeValueAsBytes(problem));
	}

	/**
	 * Spring Security's BREACH-safe CSRF token handling, which also finds the
	 * {@code _csrf} field of a proxied form post in the raw body the form body filter
	 * kept (the container never parses that body, so it is no request parameter).
	 */
	static final class RawFormCsrfTokenConfig implements CsrfTokenRequestHandler {

		private static final Pattern BOUNDARY = Pattern.compile("boundary=(?:\"([^\"]+)\"|([^;\\s]+))",
				Pattern.CASE_INSENSITIVE);

		private static final Pattern FIELD_NAME = Pattern
			.compile("(?i)content-disposition:\\s*form-data;[^\r\n]*?\\bname=\"([^\"]*)\"");

		private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
			this.delegate.handle(request, response, csrfToken);
		}

		@Override
		public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
			if (request.getHeader(csrfToken.getHeaderName()) == null
					&& request.getAttribute(MvcUtils.CACHED_REQUEST_BODY_ATTR) instanceof ByteArrayInputStream body) {
				String fromBody = isMultipart(request)
						? multipartField(body, request.getContentType(), csrfToken.getParameterName())
						: formField(body, csrfToken.getParameterName());
				if (fromBody != null) {
					return this.delegate.resolveCsrfTokenValue(
							new CsrfFieldRequestConfig(request, csrfToken.getParameterName(), fromBody), csrfToken);
				}
			}
			return this.delegate.resolveCsrfTokenValue(request, csrfToken);
		}

		private static boolean isMultipart(HttpServletRequest request) {
			String contentType = request.getContentType();
			return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
		}

		/**
		 * The value of a text part of a {@code multipart/form-data} body, as RFC 7578
		 * lays it out: parts between {@code --boundary} lines, each with its headers, an
		 * empty line, and its content.
		 */
		static String multipartField(ByteArrayInputStream body, String contentType, String name) {
			byte[] bytes = body.readAllBytes();
			body.reset();
			Matcher boundary = BOUNDARY.matcher(contentType);
			if (!boundary.find()) {
				return null;
			}
			String delimiter = "--" + ((boundary.group(1) != null) ? boundary.group(1) : boundary.group(2));
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			for (String part : text.split(Pattern.quote(delimiter))) {
				int headersEnd = part.indexOf("\r\n\r\n");
				if (headersEnd < 0) {
					continue;
				}
				Matcher disposition = FIELD_NAME.matcher(part.substring(0, headersEnd));
				if (disposition.find() && disposition.group(1).equals(name)
						&& !part.substring(0, headersEnd).contains("filename=")) {
					String value = part.substring(headersEnd + 4);
					value = value.endsWith("\r\n") ? value.substring(0, value.length() - 2) : value;
					return new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
				}
			}
			return null;
		}

		private static String formField(ByteArrayInputStream body, String name) {
			byte[] bytes = body.readAllBytes();
			body.reset();
			for (String pair : new String(bytes, StandardCharsets.ISO_8859_1).split("&")) {
				int equals = pair.indexOf('=');
				String key = (equals >= 0) ? pair.substring(0, equals) : pair;
				if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
					return (equals >= 0) ? URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8) : "";
				}
			}
			return null;
		}

	}

	/**
	 * The request as the CSRF check sees it: the {@code _csrf} parameter is the field
	 * taken from the raw form body.
	 */
	static final class CsrfFieldRequestConfig extends HttpServletRequestWrapper {

		private final String parameterName;

		private final String value;

		CsrfFieldRequestConfig(HttpServletRequest request, String parameterName, String value) {
			super(request);
			this.parameterName = parameterName;
			this.value = value;
		}

		@Override
		public String getParameter(String name) {
			return name.equals(this.parameterName) ? this.value : super.getParameter(name);
		}

	}

}
