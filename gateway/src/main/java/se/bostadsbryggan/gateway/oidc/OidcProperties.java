package se.bostadsbryggan.gateway.oidc;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import se.bostadsbryggan.gateway.account.Organisation;
import se.bostadsbryggan.gateway.account.Role;

/**
 * Login through an OpenID Connect provider, such as a municipality's IdP
 * ({@code bb.login.oidc.*}, env {@code BB_LOGIN_OIDC_*}). Off unless {@code enabled};
 * then the login page shows a button for it beside the local form.
 *
 * @param enabled whether staff may log in through the provider
 * @param issuerUri the provider's issuer; its {@code /.well-known/openid-configuration}
 * is read at the first login
 * @param clientId the gateway's client id at the provider
 * @param clientSecret the gateway's client secret at the provider
 * @param displayName the provider's name on the login button ("Logga in med
 * &lt;name&gt;")
 * @param scopes the scopes asked for
 * @param rolesClaim the claim that lists the user's groups or roles, e.g. {@code groups}
 * or {@code roles}
 * @param roleMapping for each of our roles, the claim values that give it, e.g.
 * {@code HOUSING_STAFF: [bb-uthyrare]}
 * @param unitClaim the claim that names the user's organisational unit, or none
 * @param usernameClaim the claim that gives the username of a new account
 * @param nameClaim the claim that gives the name shown in pages
 * @param adminOrganisation the organisation of a new account whose only role is
 * {@code ADMIN}
 */
@ConfigurationProperties("bb.login.oidc")
public record OidcProperties(boolean enabled, URI issuerUri, String clientId, String clientSecret,
		@DefaultValue("kommunens inloggning") String displayName, @DefaultValue( {
				"openid", "profile", "email" }) List<String> scopes,
		@DefaultValue("groups") String rolesClaim, Map<Role, List<String>> roleMapping, String unitClaim,
		@DefaultValue("preferred_username") String usernameClaim, @DefaultValue("name") String nameClaim,
		@DefaultValue("HOUSING") Organisation adminOrganisation){

	public OidcProperties {
		roleMapping = (roleMapping != null) ? Map.copyOf(roleMapping) : Map.of();
		unitClaim = (unitClaim != null && !unitClaim.isBlank()) ? unitClaim.strip() : null;
	}

	/**
	 * @throws IllegalStateException if login through the provider is enabled but cannot
	 * work
	 */
	void checkComplete() {
		if (this.issuerUri == null || blank(this.clientId) || blank(this.clientSecret)) {
			throw new IllegalStateException("bb.login.oidc.enabled=true needs bb.login.oidc.issuer-uri, "
					+ "bb.login.oidc.client-id and bb.login.oidc.client-secret "
					+ "(BB_LOGIN_OIDC_ISSUER_URI, BB_LOGIN_OIDC_CLIENT_ID, BB_LOGIN_OIDC_CLIENT_SECRET)");
		}
		if (this.roleMapping.values().stream().allMatch(List::isEmpty)) {
			throw new IllegalStateException("bb.login.oidc.enabled=true needs bb.login.oidc.role-mapping.<ROLE> "
					+ "(e.g. BB_LOGIN_OIDC_ROLEMAPPING_HOUSING_STAFF=bb-uthyrare): no one could log in");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
