package se.bostadsbryggan.audit;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.slf4j.MDC;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as the gateway's relayed token says: {@code sub},
 * {@code preferred_username}, {@code name}, {@code org}, {@code unit} and {@code roles},
 * and the request's correlation id. Without a token (a scheduled job, demo data) every
 * field is empty.
 *
 * @param id the user id ({@code sub}), or {@code null}
 * @param username the login name ({@code preferred_username}), else the user id
 * @param name the display name, or {@code null}
 * @param organisation {@code HOUSING} or {@code SOCIAL}, or {@code null}
 * @param unit the user's unit, e.g. {@code Vuxenenheten}, or {@code null}
 * @param roles the roles without {@code ROLE_}
 * @param correlationId the request's correlation id, or {@code null}
 */
public record Actor(String id, String username, String name, String organisation, String unit, Set<String> roles,
		String correlationId) {

	/** The MDC key web-support's correlation id filter fills. */
	static final String CORRELATION_ID_KEY = "correlationId";

	public Actor {
		roles = Set.copyOf(roles);
	}

	/**
	 * @return the caller of the current request, from Spring Security's context
	 */
	public static Actor current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * @param authentication an authentication, or {@code null}
	 * @return its caller, with the current request's correlation id
	 */
	public static Actor of(Authentication authentication) {
		String correlationId = MDC.get(CORRELATION_ID_KEY);
		if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
			return new Actor(null, null, null, null, null, Set.of(), correlationId);
		}
		String username = blankToNull(jwt.getClaimAsString("preferred_username"));
		return new Actor(jwt.getSubject(), (username != null) ? username : jwt.getSubject(),
				blankToNull(jwt.getClaimAsString("name")), blankToNull(jwt.getClaimAsString("org")),
				blankToNull(jwt.getClaimAsString("unit")), roles(authentication.getAuthorities()),
				(correlationId != null) ? correlationId : jwt.getClaimAsString("cid"));
	}

	/**
	 * @param role a role without {@code ROLE_}, e.g. {@code SOCIAL_MANAGER}
	 * @return whether the caller holds it
	 */
	public boolean hasRole(String role) {
		return this.roles.contains(role);
	}

	private static Set<String> roles(Collection<? extends GrantedAuthority> authorities) {
		Set<String> roles = new TreeSet<>();
		for (GrantedAuthority authority : authorities) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				roles.add(name.substring("ROLE_".length()));
			}
		}
		return roles;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
