package se.bostadsbryggan.gateway.oidc;

import java.io.IOException;
import java.io.Serial;
import java.util.Arrays;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

import se.bostadsbryggan.gateway.account.AccountUser;
import se.bostadsbryggan.gateway.oidc.ExternalLogins.ExternalLogin;
import se.bostadsbryggan.gateway.oidc.ExternalLogins.Refusal;

/**
 * Spring Security's OAuth 2 login (authorization code flow,
 * {@code /oauth2/authorization/oidc} and {@code /login/oauth2/code/oidc}) wired to the
 * gateway's accounts: once the provider's ID token has verified, {@link ExternalLogins}
 * decides; the session's principal is then the user's {@link AccountUser}, as after a
 * local login, so identity relay, logout, idle timeout and audit work alike. A refused or
 * failed login goes back to the login page with a message
 * ({@code /login?oidc-error=<code>}).
 */
public final class OidcLoginConfig {

	private static final Logger log = LoggerFactory.getLogger(OidcLoginConfig.class);

	/** The start of the login through the provider: the login button's target. */
	public static final String LOGIN_PATH = "/oauth2/authorization/" + OidcLoginConfiguration.REGISTRATION_ID;

	private final ExternalLogins logins;

	private final ClientRegistrationRepository registrations;

	private final OidcUserService oidcUsers = new OidcUserService();

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

	OidcLoginConfig(ExternalLogins logins, ClientRegistrationRepository registrations) {
		this.logins = logins;
		this.registrations = registrations;
		this.next.setDefaultTargetUrl("/");
	}

	/**
	 * Adds the login through the provider to the gateway's security.
	 * @param http the security being built
	 */
	public void applyTo(HttpSecurity http) {
		http.oauth2Login((login) -> login.loginPage("/login")
			.clientRegistrationRepository(this.registrations)
			// The provider's tokens are not used after login: kept in the session only.
			.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
			.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(this::loadUser))
			.successHandler(this::succeeded)
			.failureHandler(this::failed));
	}

	private OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.oidcUsers.loadUser(request);
		ExternalLogin login = this.logins.logIn(user.getIssuer().toString(), user.getSubject(), user.getClaims());
		return switch (login) {
			case ExternalLogin.Accepted accepted -> new ProvisionedOidcUser(user, accepted.user());
			case ExternalLogin.Refused refused -> throw new OAuth2AuthenticationException(
					new OAuth2Error(refused.refusal().code()), refused.refusal().code());
		};
	}

	/**
	 * Makes the account the session's principal, as a local login does.
	 */
	private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException, ServletException {
		AccountUser user = ((ProvisionedOidcUser) authentication.getPrincipal()).account();
		Authentication account = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(account);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		this.next.onAuthenticationSuccess(request, response, account);
	}

	private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		String code = (failure instanceof OAuth2AuthenticationException oauth) ? oauth.getError().getErrorCode()
				: failure.getClass().getSimpleName();
		boolean refusal = Arrays.stream(Refusal.values()).anyMatch((known) -> known.code().equals(code));
		if (!refusal) {
			// Refusals are audited where they are decided; this failure happened before.
			log.warn("Login through the identity provider failed: {}", failure.getMessage());
			this.logins.failed(code);
		}
		response.sendRedirect(request.getContextPath() + "/login?oidc-error=" + (refusal ? code : "failed"));
	}

	/**
	 * The provider's user, with the account the login made or updated.
	 */
	static final class ProvisionedOidcUser extends DefaultOidcUser {

		@Serial
		private static final long serialVersionUID = 1L;

		private final AccountUser account;

		ProvisionedOidcUser(OidcUser user, AccountUser account) {
			super(account.getAuthorities(), user.getIdToken(), user.getUserInfo());
			this.account = account;
		}

		AccountUser account() {
			return this.account;
		}

	}

}
