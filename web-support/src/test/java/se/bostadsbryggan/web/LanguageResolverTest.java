package se.bostadsbryggan.web;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageResolverTest {

	private final LanguageResolver resolver = new LanguageResolver();

	@Test
	void pagesAreSwedishWhateverTheBrowserPrefers() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/housing/apartments");
		request.addHeader("Accept", "text/html,application/xhtml+xml");
		request.addHeader("Accept-Language", "en-US,en;q=0.9");
		request.addPreferredLocale(Locale.US);

		assertThat(this.resolver.resolveLocale(request)).isEqualTo(LanguageResolver.SWEDISH);
	}

	@Test
	void apiCallsGetTheLanguageTheyAskFor() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/housing/apartments");
		request.addHeader("Accept", "application/json");
		request.addHeader("Accept-Language", "en");
		request.addPreferredLocale(Locale.ENGLISH);

		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void anUnsupportedLanguageFallsBackToSwedish() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/housing/apartments");
		request.addHeader("Accept-Language", "de");
		request.addPreferredLocale(Locale.GERMAN);

		assertThat(this.resolver.resolveLocale(request)).isEqualTo(LanguageResolver.SWEDISH);
	}

	@Test
	void aChosenLanguageIsKeptInACookieAndWinsOnPages() {
		MockHttpServletRequest choosing = new MockHttpServletRequest("GET", "/housing/apartments");
		MockHttpServletResponse response = new MockHttpServletResponse();

		this.resolver.setLocale(choosing, response, Locale.ENGLISH);

		assertThat(this.resolver.resolveLocale(choosing)).isEqualTo(Locale.ENGLISH);
		Cookie cookie = response.getCookie(LanguageResolver.COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		MockHttpServletRequest later = new MockHttpServletRequest("GET", "/housing/apartments");
		later.addHeader("Accept", "text/html");
		later.setCookies(cookie);
		assertThat(this.resolver.resolveLocale(later)).isEqualTo(Locale.ENGLISH);
	}

}
