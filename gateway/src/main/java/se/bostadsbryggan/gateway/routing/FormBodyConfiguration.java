package se.bostadsbryggan.gateway.routing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;

import se.bostadsbryggan.gateway.backend.Backend;

/**
 * Form posts ({@code application/x-www-form-urlencoded}) and uploads
 * ({@code multipart/form-data}) reach the services byte for byte.
 * <p>
 * A servlet container parses a form body as soon as anything asks for a request parameter
 * (the language switch asks for {@code lang}, the proxy for the query), and the body is
 * then gone. Gateway MVC's own {@code FormFilter} rebuilds a body from the parsed
 * parameters, which reorders fields, re-encodes them and, when the URL has a query,
 * starts the body with {@code &}. Instead, this filter reads the raw body of a proxied
 * form post before anything else can, which also keeps the container from parsing it
 * (request parameters are then the query's only), and leaves it where the routes'
 * {@code adaptCachedBody} filter sends it on from. Uploads are kept the same way (the
 * gateway never parses multipart bodies: {@code spring.servlet.multipart.enabled} is
 * off), so the CSRF check can find their {@code _csrf} part.
 * <p>
 * Runs right after the correlation id filter; Spring Security's filter chain, when it
 * comes, runs after it.
 */
@Configuration(proxyBeanMethods = false)
class FormBodyConfiguration {

	/** A form larger than this is refused, as Tomcat's own form size limit would. */
	static final DataSize MAX_FORM_SIZE = DataSize.ofMegabytes(2);

	/** An upload larger than this is refused; the services' own limit is the same. */
	static final DataSize MAX_UPLOAD_SIZE = DataSize.ofMegabytes(10);

	@Bean
	FilterRegistrationBean<?> rawFormBodyFilter() {
		FilterRegistrationBean<?> registration = new FilterRegistrationBean<>(FormBodyConfiguration::keepRawFormBody);
		registration.setName("rawFormBodyFilter");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		for (Backend backend : Backend.values()) {
			registration.addUrlPatterns(servletPattern(backend.pagePattern()), servletPattern(backend.apiPattern()));
		}
		return registration;
	}

	private static String servletPattern(String pathPattern) {
		// "/housing/**" -> "/housing/*": the servlet form of "this path and everything
		// below"
		return pathPattern.substring(0, pathPattern.length() - 1);
	}

	private static void keepRawFormBody(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest http && (isFormPost(http) || isUpload(http))) {
			long limit = (isUpload(http) ? MAX_UPLOAD_SIZE : MAX_FORM_SIZE).toBytes();
			byte[] body = http.getInputStream().readNBytes((int) limit + 1);
			if (body.length > limit) {
				((HttpServletResponse) response).sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
				return;
			}
			request.setAttribute(MvcUtils.CACHED_REQUEST_BODY_ATTR, new ByteArrayInputStream(body));
		}
		chain.doFilter(request, response);
	}

	private static boolean isUpload(HttpServletRequest request) {
		String contentType = request.getContentType();
		return HttpMethod.POST.matches(request.getMethod()) && contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	private static boolean isFormPost(HttpServletRequest request) {
		String contentType = request.getContentType();
		return HttpMethod.POST.matches(request.getMethod()) && contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

}
