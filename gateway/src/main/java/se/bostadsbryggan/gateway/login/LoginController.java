package se.bostadsbryggan.gateway.login;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.bostadsbryggan.gateway.oidc.OidcLoginConfig;
import se.bostadsbryggan.gateway.oidc.OidcProperties;

/**
 * The login page: the local form and, when configured, a button for the OpenID Connect
 * provider. Whatever went wrong with a local login (unknown user, wrong password, locked
 * or disabled account), it shows the same message, so it never tells whether a user
 * exists. A login through the provider that was refused says why: the provider has
 * already vouched for the user.
 */
@Controller
class LoginController {

	private static final Set<String> OIDC_ERRORS = Set.of("no-role", "two-organisations", "admin-with-others",
			"disabled", "unusable-username", "username-taken", "failed");

	private final OidcProperties oidc;

	LoginController(OidcProperties oidc) {
		this.oidc = oidc;
	}

	@GetMapping("/login")
	String login(@RequestParam(name = "oidc-error", required = false) String oidcError, Model model) {
		if (this.oidc.enabled()) {
			model.addAttribute("oidcName", this.oidc.displayName());
			model.addAttribute("oidcLogin", OidcLoginConfig.LOGIN_PATH);
		}
		if (oidcError != null) {
			model.addAttribute("oidcError", "login.oidc." + (OIDC_ERRORS.contains(oidcError) ? oidcError : "failed"));
		}
		return "login";
	}

}
