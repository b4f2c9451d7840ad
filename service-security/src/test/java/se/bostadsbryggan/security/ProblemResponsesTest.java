package se.bostadsbryggan.security;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;

import se.bostadsbryggan.web.LanguageResolver;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponsesTest {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final ProblemResponses responses = new ProblemResponses(problems(), new LanguageResolver());

	@Test
	void aRefusedApiCallIsASwedishProblemDetailWithTheBearerChallenge() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/housing/apartments");
		request.addHeader("Accept", "application/json");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.responses.handle(request, response, new AccessDeniedException("no"));

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer error=\"insufficient_scope\"");
		assertThat(response.getHeader("Content-Language")).isEqualTo("sv");
		assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("\"type\":\"https://bostadsbryggan.se/problem/forbidden\"")
			.contains("\"title\":\"Du saknar behörighet\"")
			.contains("\"status\":403")
			.contains("\"instance\":\"/api/housing/apartments\"");
	}

	@Test
	void anApiCallerWhoAsksForEnglishGetsEnglish() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/housing/apartments");
		request.addHeader("Accept-Language", "en");
		request.addPreferredLocale(Locale.ENGLISH);
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.responses.commence(request, response, new InsufficientAuthenticationException("no token"));

		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(response.getContentAsString()).contains("\"title\":\"Login required\"");
	}

	@Test
	void aBrowserAskingForAPageGetsAReadableSwedishPage() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/social/housing-needs");
		request.addHeader("Accept", BROWSER);
		request.addHeader("Accept-Language", "en-US,en;q=0.9");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.responses.handle(request, response, new AccessDeniedException("no"));

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
		assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer");
		assertThat(response.getContentAsString()).contains("<html lang=\"sv\">")
			.contains("<h1>Du saknar behörighet</h1>")
			.contains("<a href=\"/\">Till startsidan</a>")
			.doesNotContain("\"status\"");
	}

	@Test
	void thePageIsTheHtmlOnlyWhenHtmlIsPreferredOutsideTheApi() {
		assertThat(ProblemResponses.wantsPage(request("/housing/apartments", BROWSER))).isTrue();
		assertThat(ProblemResponses.wantsPage(request("/housing/apartments", "application/json, text/html;q=0.9")))
			.isFalse();
		assertThat(ProblemResponses.wantsPage(request("/housing/apartments", "*/*"))).isFalse();
		assertThat(ProblemResponses.wantsPage(request("/housing/apartments", null))).isFalse();
		assertThat(ProblemResponses.wantsPage(request("/housing/apartments", "not a media type"))).isFalse();
		assertThat(ProblemResponses.wantsPage(request("/api/housing/apartments", BROWSER))).isFalse();
	}

	private static MockHttpServletRequest request(String path, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		return request;
	}

	private static ResourceBundleMessageSource problems() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("problems");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
