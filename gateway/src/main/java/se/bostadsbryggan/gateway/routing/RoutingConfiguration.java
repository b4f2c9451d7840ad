package se.bostadsbryggan.gateway.routing;

import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.cloud.gateway.server.mvc.filter.BodyFilterFunctions;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.RequestHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter.ResponseHttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions;
import org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import se.bostadsbryggan.gateway.account.AccountUser;
import se.bostadsbryggan.gateway.backend.Backend;
import se.bostadsbryggan.gateway.backend.GatewayProperties;
import se.bostadsbryggan.gateway.identity.IdentityTokens;
import se.bostadsbryggan.web.CorrelationIdFilter;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;

/**
 * The routes: {@code /<service>/**} (pages) and {@code /api/<service>/**} (JSON API) of
 * each {@link Backend} go to its base URI with path and query unchanged. A service that
 * is down or too slow gives a 503 (see {@link ServiceUnavailableController}); the proxy's
 * timeouts are {@code spring.http.clients.connect-timeout} and
 * {@code spring.http.clients.read-timeout}.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

	@Bean
	ServiceUnavailableController serviceUnavailableController(MessageSource messageSource) {
		return new ServiceUnavailableController(messageSource);
	}

	@Bean
	RouterFunction<ServerResponse> serviceRoutes(GatewayProperties properties,
			ServiceUnavailableController unavailable) {
		return Arrays.stream(Backend.values())
			.map((backend) -> route(backend, properties, unavailable))
			.reduce(RouterFunction::and)
			.orElseThrow();
	}

	private static RouterFunction<ServerResponse> route(Backend backend, GatewayProperties properties,
			ServiceUnavailableController unavailable) {
		return GatewayRouterFunctions.route(backend.id())
			.route(RequestPredicates.path(backend.pagePattern()).or(RequestPredicates.path(backend.apiPattern())),
					HandlerFunctions.http())
			.before(uri(properties.uri(backend)))
			.before(BodyFilterFunctions.adaptCachedBody())
			.onError(ResourceAccessException.class,
					(failure, request) -> unavailable.unavailable(backend, failure, request))
			.build();
	}

	/**
	 * The header that gives a service the session's CSRF token for the forms it renders.
	 */
	static final String CSRF_TOKEN_HEADER = "X-BB-Csrf-Token";

	/**
	 * Runs before Gateway MVC's own header filters (which then add fresh
	 * {@code X-Forwarded-*} headers): forwards the correlation id, drops headers only the
	 * gateway may set, and adds the logged-in user's identity token
	 * ({@code Authorization: Bearer}) and the session's CSRF token
	 * ({@code X-BB-Csrf-Token}).
	 * @param tokens signs identity tokens
	 * @return the filter
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RequestHttpHeadersFilter gatewayRequestHeaders(IdentityTokens tokens) {
		return (headers, request) -> {
			String correlationId = (String) request.attribute(CorrelationIdFilter.MDC_KEY).orElse(null);
			Map<String, String> fromGateway = new LinkedHashMap<>();
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
				fromGateway.put(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(user));
			}
			if (request.servletRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
				fromGateway.put(CSRF_TOKEN_HEADER, csrf.getToken());
			}
			return ProxiedHeaders.toService(headers, correlationId,
					request.servletRequest().getHeader(HttpHeaders.CONTENT_TYPE), fromGateway);
		};
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ResponseHttpHeadersFilter gatewayResponseHeaders() {
		return (headers, response) -> ProxiedHeaders.toClient(headers);
	}

	/**
	 * The services speak HTTP/1.1; the JDK client would otherwise offer every request an
	 * upgrade to HTTP/2.
	 * @return the proxy's HTTP client factory
	 */
	@Bean
	ClientHttpRequestFactoryBuilder<?> clientHttpRequestFactoryBuilder() {
		return ClientHttpRequestFactoryBuilder.jdk()
			.withHttpClientCustomizer((client) -> client.version(HttpClient.Version.HTTP_1_1));
	}

}
