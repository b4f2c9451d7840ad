package se.bostadsbryggan.gateway.login;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login page. Whatever went wrong (unknown user, wrong password, locked or disabled
 * account), it shows the same message, so it never tells whether a user exists.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
