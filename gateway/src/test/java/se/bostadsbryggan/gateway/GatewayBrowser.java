package se.bostadsbryggan.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser-like client of the gateway for tests: it keeps cookies (the session), does
 * not follow redirects, and logs in through the login form with the form's CSRF token.
 */
final class GatewayBrowser {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	GatewayBrowser(int port) {
		this.port = port;
	}

	/**
	 * Logs in and checks that it worked.
	 * @return this browser, with a session
	 */
	GatewayBrowser loggedInAs(String username, String password) {
		HttpResponse<String> response = login(username, password);
		assertThat(response.statusCode()).as("login of %s", username).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).as("login of %s", username)
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("/login"));
		return this;
	}

	/**
	 * Posts the login form as a browser would.
	 * @return the gateway's answer (a redirect)
	 */
	HttpResponse<String> login(String username, String password) {
		String token = csrfToken("/login");
		return postForm("/login",
				"_csrf=" + encode(token) + "&username=" + encode(username) + "&password=" + encode(password));
	}

	/**
	 * @param page a gateway page with a form
	 * @return the {@code _csrf} field of its first form
	 */
	String csrfToken(String page) {
		String body = get(page, Map.of()).body();
		Matcher matcher = CSRF_FIELD.matcher(body);
		assertThat(matcher.find()).as("a CSRF field on %s", page).isTrue();
		return matcher.group(1);
	}

	HttpResponse<String> get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		headers.forEach(request::header);
		return send(request);
	}

	HttpResponse<String> postForm(String path, String form) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form)));
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return this.http.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
