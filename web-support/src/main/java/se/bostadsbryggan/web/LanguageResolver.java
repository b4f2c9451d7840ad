package se.bostadsbryggan.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Swedish first, English second: the language chosen with {@code ?lang=} (kept in a
 * cookie), else the best of Swedish and English that {@code Accept-Language} asks for,
 * else Swedish.
 */
public class LanguageResolver implements LocaleResolver {

	/** Swedish, the default language of every page, message and problem detail. */
	public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

	/** The cookie that keeps a chosen language. */
	public static final String COOKIE = "bb-lang";

	private static final List<Locale> SUPPORTED = List.of(SWEDISH, Locale.ENGLISH);

	private static final String CHOSEN = LanguageResolver.class.getName() + ".CHOSEN";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(CHOSEN) instanceof Locale chosen) {
			return chosen;
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					Locale chosen = supported(cookie.getValue());
					if (chosen != null) {
						return chosen;
					}
				}
			}
		}
		// Pages are Swedish unless the user chose English: a browser's language settings
		// say
		// little about the language a Swedish authority's staff work in. API callers get
		// what Accept-Language asks for.
		if (request.getHeader("Accept-Language") != null && !isPageRequest(request)) {
			for (Locale requested : java.util.Collections.list(request.getLocales())) {
				Locale match = supported(requested.getLanguage());
				if (match != null) {
					return match;
				}
			}
		}
		return SWEDISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Locale chosen = (locale != null) ? supported(locale.getLanguage()) : null;
		if (chosen == null) {
			return;
		}
		request.setAttribute(CHOSEN, chosen);
		if (response == null) {
			return;
		}
		Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	private static boolean isPageRequest(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("text/html");
	}

	private static Locale supported(String language) {
		for (Locale locale : SUPPORTED) {
			if (locale.getLanguage().equalsIgnoreCase(language)) {
				return locale;
			}
		}
		return null;
	}

}
