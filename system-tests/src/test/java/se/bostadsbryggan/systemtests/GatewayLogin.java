package se.bostadsbryggan.systemtests;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The gateway's login page and logout button as a member of staff uses them, found by
 * their labels and roles as a screen reader would. A browser test starts its journey
 * here: {@code new GatewayLogin(page, system).logIn("bovard")}.
 */
final class GatewayLogin {

	/** The password of every demo user. */
	static final String DEMO_PASSWORD = "demo";

	private final Page page;

	private final String gatewayUrl;

	GatewayLogin(Page page, RunningSystem system) {
		this.page = page;
		this.gatewayUrl = system.gatewayUrl();
	}

	/**
	 * Logs in as a demo user and waits for the start page to greet them.
	 * @param username the demo user
	 */
	void logIn(String username) {
		submit(username, DEMO_PASSWORD);
		assertThat(this.page).hasURL(this.gatewayUrl + "/");
		assertThat(this.page.getByText(Pattern.compile("^Inloggad som "))).isVisible();
	}

	/**
	 * Opens the login page and submits the form, whatever the outcome.
	 * @param username what to type as the username
	 * @param password what to type as the password
	 */
	void submit(String username, String password) {
		this.page.navigate(this.gatewayUrl + "/login");
		assertThat(heading("Logga in")).isVisible();
		this.page.getByLabel("Användarnamn", new Page.GetByLabelOptions().setExact(true)).fill(username);
		this.page.getByLabel("Lösenord", new Page.GetByLabelOptions().setExact(true)).fill(password);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in").setExact(true)).click();
	}

	/**
	 * @return the login page's message about a failed login
	 */
	Locator failure() {
		return this.page.getByRole(AriaRole.ALERT);
	}

	/**
	 * Logs out with the start page's button and waits for the login page to say so.
	 */
	void logOut() {
		this.page.navigate(this.gatewayUrl + "/");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut").setExact(true)).click();
		assertThat(this.page).hasURL(this.gatewayUrl + "/login?logout");
		assertThat(heading("Logga in")).isVisible();
		assertThat(this.page.getByRole(AriaRole.STATUS)).hasText("Du är utloggad.");
	}

	private Locator heading(String name) {
		return this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

}
