package se.bostadsbryggan.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every web application of the system shares, with the lowest precedence:
 * message bundles (the application's own {@code messages} plus the shared
 * {@code problems}, and {@code bb-layout} for the shared layout), the log pattern with
 * the correlation id, what Actuator exposes, and how long browsers may cache static
 * assets.
 */
class WebEnvironmentDefaults implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new LinkedHashMap<>();
		defaults.put("spring.messages.basename", "messages,problems,bb-layout");
		defaults.put("spring.messages.fallback-to-system-locale", "false");
		defaults.put("spring.messages.encoding", "UTF-8");
		defaults.put("logging.pattern.correlation", "[%X{correlationId:-}] ");
		defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
		defaults.put("management.endpoint.health.probes.enabled", "true");
		defaults.put("management.endpoint.health.show-details", "never");
		defaults.put("management.info.build.enabled", "true");
		defaults.put("server.error.whitelabel.enabled", "false");
		defaults.put("spring.threads.virtual.enabled", "true");
		// Behind the gateway: redirects stay relative, links honour X-Forwarded-*
		// headers.
		defaults.put("server.tomcat.use-relative-redirects", "true");
		defaults.put("server.forward-headers-strategy", "framework");
		// Static assets (the stylesheet) may be cached for an hour; Spring Security keeps
		// its no-store on pages and APIs, and leaves a Cache-Control already set alone.
		defaults.put("spring.web.resources.cache.cachecontrol.max-age", "1h");
		defaults.put("spring.web.resources.cache.cachecontrol.cache-public", "true");
		// Never a session id in a URL.
		defaults.put("server.servlet.session.tracking-modes", "cookie");
		environment.getPropertySources().addLast(new MapPropertySource("bostadsbryggan-web-defaults", defaults));
	}

}
