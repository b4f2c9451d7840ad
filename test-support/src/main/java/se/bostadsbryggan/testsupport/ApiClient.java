package se.bostadsbryggan.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests that talk to a running application as another program
 * would: no Spring test machinery between the test and the server.
 * <p>
 * A client {@linkplain #loggedIn logged in} at the gateway works like a browser session:
 * it keeps cookies, logs in through the login form with the form's CSRF token, and sends
 * the session's CSRF token ({@code X-CSRF-TOKEN}) with every JSON post (a form post
 * carries its {@code _csrf} field in the body, as a browser's does).
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient http;

	private final Map<String, String> headers = new LinkedHashMap<>();

	private String csrfToken;

	public ApiClient(String baseUrl) {
		this(baseUrl, false);
	}

	private ApiClient(String baseUrl, boolean keepCookies) {
		this.baseUrl = baseUrl;
		HttpClient.Builder builder = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER);
		if (keepCookies) {
			builder.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
		}
		this.http = builder.build();
	}

	/**
	 * Logs in at the gateway through its login form.
	 * @param gatewayUrl the gateway's base URL
	 * @param username the user
	 * @param password the password
	 * @return a client with the user's session
	 * @throws IllegalStateException if the login fails
	 */
	public static ApiClient loggedIn(String gatewayUrl, String username, String password) {
		ApiClient client = new ApiClient(gatewayUrl, true);
		String loginToken = client.csrfTokenOf("/login");
		Response login = client.postForm("/login",
				"_csrf=" + encode(loginToken) + "&username=" + encode(username) + "&password=" + encode(password));
		String location = login.header("Location");
		if (login.status() != 302 || location == null || location.contains("/login")) {
			throw new IllegalStateException("Login of " + username + " failed: " + login.status() + " " + location);
		}
		client.csrfToken = client.csrfTokenOf("/");
		return client;
	}

	/**
	 * @return the session's CSRF token, or {@code null} if not logged in
	 */
	public String csrfToken() {
		return this.csrfToken;
	}

	private String csrfTokenOf(String page) {
		Matcher matcher = CSRF_FIELD.matcher(get(page).body());
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF field on " + page);
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * @param name a header sent with every request
	 * @param value its value
	 * @return this client
	 */
	public ApiClient withHeader(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	/**
	 * @param token a token sent as {@code Authorization: Bearer} with every request
	 * @return this client
	 */
	public ApiClient withBearerToken(String token) {
		return withHeader("Authorization", "Bearer " + token);
	}

	/**
	 * @return the base URL
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	public Response get(String path, String... headerPairs) {
		return send(request(path, headerPairs).GET());
	}

	public Response postJson(String path, Object body, String... headerPairs) {
		String text = (body instanceof String string) ? string : JSON.writeValueAsString(body);
		HttpRequest.Builder request = request(path, headerPairs).header("Content-Type", "application/json");
		if (this.csrfToken != null) {
			request.header("X-CSRF-TOKEN", this.csrfToken);
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofString(text)));
	}

	public Response postForm(String path, String formBody, String... headerPairs) {
		return send(request(path, headerPairs).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formBody)));
	}

	/**
	 * Posts a form with one file, as a browser's {@code multipart/form-data} upload does.
	 * @param path the form's action
	 * @param field the file field's name
	 * @param fileName the file's name
	 * @param content the file's bytes
	 * @param fields further text fields, name and value in turn (e.g. {@code _csrf})
	 * @return the response
	 */
	public Response postFile(String path, String field, String fileName, byte[] content, String... fields) {
		String boundary = "----bb-test-" + java.util.UUID.randomUUID();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n")
				.getBytes(utf8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(utf8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(utf8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private HttpRequest.Builder request(String path, String... headerPairs) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30));
		this.headers.forEach(builder::header);
		for (int i = 0; i + 1 < headerPairs.length; i += 2) {
			builder.header(headerPairs[i], headerPairs[i + 1]);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * An HTTP response.
	 *
	 * @param status the status code
	 * @param headers the headers
	 * @param body the body as text
	 */
	public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.flatMap((entry) -> entry.getValue().stream())
				.findFirst()
				.orElse(null);
		}

	}

}
