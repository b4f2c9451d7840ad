package se.bostadsbryggan.systemtests;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A cooperation meeting in a real browser through the gateway: the caseworker plans a
 * meeting, opens its agenda, records a decision and an action and approves the minutes;
 * at the next meeting the housing company's staff find the action carried over on the
 * agenda, close it, and after that meeting's minutes it is no longer open.
 */
@ExtendWith({ SystemExtension.class, BrowserExtension.class })
class MeetingBrowserIT {

	@Test
	void aDecisionAndAnActionAreRecordedAndTheActionIsClosedAtTheNextMeeting(RunningSystem system, Page page) {
		LocalDate today = LocalDate.now(Households.SWEDEN);
		String marker = UUID.randomUUID().toString().substring(0, 6);
		String decision = "Lägenheter i Kyrkvägen erbjuds i första hand familjer (" + marker + ").";
		String action = "Bjud in hyresgästföreningen till nästa möte (" + marker + ")";
		GatewayLogin login = new GatewayLogin(page, system);

		// The caseworker plans the meeting and holds it.
		login.logIn("handlaggare");
		page.navigate(system.gatewayUrl() + "/allocation/meetings");
		planOn(page, today);
		assertThat(heading(page, 1)).hasText("Samverkansmöte " + today);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Kvot"))).isVisible();
		page.getByLabel("Beslut", new Page.GetByLabelOptions().setExact(true)).fill(decision);
		button(page, "Spara beslut").click();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText(decision);
		page.getByLabel("Åtgärd", new Page.GetByLabelOptions().setExact(true)).fill(action);
		page.getByLabel("Ansvarig", new Page.GetByLabelOptions().setExact(true)).fill("Bovärden");
		page.getByLabel("Ansvarig organisation").selectOption("HOUSING");
		page.getByLabel("Klart senast").fill(today.plusWeeks(4).toString());
		button(page, "Lägg till åtgärd").click();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText(action);
		page.getByLabel("Deltagare").fill("Hanna Handläggare, Bo Bovärd");
		button(page, "Justera protokoll").click();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText(decision);
		assertThat(button(page, "Spara beslut")).hasCount(0);
		login.logOut();

		// At the next meeting the housing company's staff find the action on the agenda
		// and
		// close it.
		login.logIn("bovard");
		page.navigate(system.gatewayUrl() + "/allocation/meetings");
		planOn(page, null);
		Locator carried = page.locator("li").filter(new Locator.FilterOptions().setHasText(action));
		assertThat(carried).hasCount(1);
		carried.getByLabel("Anteckning").fill("Inbjudan skickad, de kommer.");
		carried.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Markera som klar")).click();
		assertThat(page.locator("li").filter(new Locator.FilterOptions().setHasText(action)))
			.containsText("klar på detta möte");
		page.getByLabel("Deltagare").fill("Bo Bovärd, Hanna Handläggare");
		button(page, "Justera protokoll").click();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText(action + " – klar: Inbjudan skickad, de kommer.");

		// Closed, the action is no longer among the open ones.
		page.navigate(system.gatewayUrl() + "/allocation/meetings");
		assertThat(heading(page, 1)).hasText("Samverkansmöten");
		assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(action);
	}

	/**
	 * Plans a meeting from the meetings page, which then shows its agenda.
	 * @param day the day, or {@code null} for the suggested one
	 */
	private static void planOn(Page page, LocalDate day) {
		if (day != null) {
			page.getByLabel("Datum").fill(day.toString());
		}
		button(page, "Planera möte").click();
		assertThat(button(page, "Justera protokoll")).isVisible();
	}

	private static Locator heading(Page page, int level) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level));
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

}
