package se.bostadsbryggan.systemtests;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Staff journeys in a real browser, through the gateway in front of the four apps: what a
 * person sees and can reach after logging in, and what a failed login tells them.
 */
@ExtendWith({ SystemExtension.class, BrowserExtension.class })
class StaffJourneyBrowserIT {

	@Test
	void lettingStaffWorkWithApartmentsAreRefusedSocialServicesAndLogOut(RunningSystem system, Page page) {
		GatewayLogin login = new GatewayLogin(page, system);
		String objectNumber = "WEB-" + UUID.randomUUID().toString().substring(0, 6);

		login.logIn("bovard");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Öppna Bostadsbolaget")).click();

		assertThat(page).hasURL(system.gatewayUrl() + "/housing/apartments");
		assertThat(heading(page, "Lägenheter")).isVisible();
		Assertions.assertThat(page.request().get(system.gatewayUrl() + "/housing/assets/bb.css").headers())
			.as("the stylesheet may be cached, through the gateway too")
			.containsEntry("cache-control", "max-age=3600, public");
		assertThat(page.getByRole(AriaRole.TABLE,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Lägenheter \\(\\d+ st\\), sida \\d+ av \\d+$"))))
			.isVisible();
		field(page, "Objektnummer").fill(objectNumber);
		field(page, "Adress").fill("Webbgatan 4");
		field(page, "Trappuppgång").fill("WEBBG-4");
		field(page, "Rum").fill("3");
		field(page, "Yta (m²)").fill("71,5");
		field(page, "Hyra per månad (kr)").fill("7 250");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera lägenhet")).click();
		assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(objectNumber)))
			.containsText("7\u00a0250\u00a0kr");

		Response refused = page.navigate(system.gatewayUrl() + "/social/housing-needs");
		Assertions.assertThat(refused.status()).isEqualTo(403);
		assertThat(heading(page, "Du saknar behörighet")).isVisible();
		assertThat(page.locator("html")).hasAttribute("lang", "sv");

		login.logOut();
		page.navigate(system.gatewayUrl() + "/housing/apartments");
		assertThat(page).hasURL(system.gatewayUrl() + "/login");
	}

	@Test
	void aCaseworkerSeesOnlyTheirOwnClientsAndCannotOpenAnotherCaseworkersClient(RunningSystem system, Page page) {
		GatewayLogin login = new GatewayLogin(page, system);
		login.logIn("handlaggare2");
		String othersClient = registerClient(page, system, "19720615-4564", "Greta Andersdotter");
		login.logOut();

		login.logIn("handlaggare");
		registerClient(page, system, "198503121231", "Karin Eriksson");
		page.navigate(system.gatewayUrl() + "/social/clients");
		Locator clients = page.getByRole(AriaRole.TABLE,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Klienter \\(\\d+ st\\)$")));
		assertThat(clients).containsText("Karin Eriksson");
		assertThat(clients).containsText("19850312-1231");
		assertThat(clients).not().containsText("Greta Andersdotter");

		page.getByLabel("Sök på namn eller personnummer", new Page.GetByLabelOptions().setExact(true))
			.fill("720615-4564");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sök").setExact(true)).click();
		assertThat(page.getByText("Ingen klient matchar sökningen.")).isVisible();

		Response guessed = page.navigate(othersClient);
		Assertions.assertThat(guessed.status()).isEqualTo(404);
		assertThat(heading(page, "Klienten finns inte")).isVisible();
		assertThat(page.getByText("Greta Andersdotter")).hasCount(0);
	}

	/** Registers a client through the form and returns the address of its page. */
	private static String registerClient(Page page, RunningSystem system, String number, String name) {
		page.navigate(system.gatewayUrl() + "/social/clients");
		Locator form = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Registrera klient"));
		form.getByLabel("Personnummer eller samordningsnummer", new Locator.GetByLabelOptions().setExact(true))
			.fill(number);
		form.getByLabel("Namn", new Locator.GetByLabelOptions().setExact(true)).fill(name);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrera klient")).click();
		assertThat(heading(page, name)).isVisible();
		return page.url().replaceFirst("\\?.*$", "");
	}

	@Test
	void aWrongPasswordGetsTheSameSwedishMessageAsAnUnknownUser(RunningSystem system, Page page) {
		GatewayLogin login = new GatewayLogin(page, system);

		login.submit("fastighetschef", "inte-rätt-lösenord");
		assertThat(login.failure()).containsText("Inloggningen misslyckades");
		String wrongPassword = login.failure().textContent();
		login.submit("ingen-" + UUID.randomUUID().toString().substring(0, 8), GatewayLogin.DEMO_PASSWORD);

		assertThat(login.failure()).hasText(wrongPassword);
		assertThat(page).hasURL(system.gatewayUrl() + "/login?error");
		Assertions.assertThat(wrongPassword)
			.doesNotContainIgnoringCase("finns inte")
			.doesNotContainIgnoringCase("okänd");
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private static Locator field(Page page, String label) {
		return page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Registrera lägenhet"))
			.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
	}

}
