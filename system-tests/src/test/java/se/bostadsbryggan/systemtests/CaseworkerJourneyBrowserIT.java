package se.bostadsbryggan.systemtests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A caseworker's journey in a real browser through the gateway: from the start page they
 * register a client, a support decision and a need with a conflict person, submit the
 * housing request, plan and record a follow-up and record a readiness assessment, and see
 * on each page what they did; wrong input is answered in Swedish.
 */
@ExtendWith({ SystemExtension.class, BrowserExtension.class })
class CaseworkerJourneyBrowserIT {

	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	@Test
	void aCaseworkerTakesAClientFromRegistrationToAReadinessAssessment(RunningSystem system, Page page) {
		LocalDate today = LocalDate.now(SWEDEN);
		String number = Households.validNumber();
		String name = "Vera Resa";
		new GatewayLogin(page, system).logIn("handlaggare");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Öppna Socialtjänsten")).click();
		assertThat(heading(page, 1, "Att göra")).isVisible();
		assertThat(page.getByRole(AriaRole.NAVIGATION)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start").setExact(true))).isVisible();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Till klientlistan")).click();

		// The client: a wrong check digit first, answered in Swedish.
		Locator register = form(page, "Registrera klient");
		String wrongCheckDigit = number.substring(0, number.length() - 1)
				+ ((number.charAt(number.length() - 1) - '0' + 1) % 10);
		register.getByLabel("Personnummer eller samordningsnummer", new Locator.GetByLabelOptions().setExact(true))
			.fill(wrongCheckDigit);
		register.getByLabel("Namn", new Locator.GetByLabelOptions().setExact(true)).fill(name);
		register.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrera klient")).click();
		assertThat(page.getByText("Personnumret är inte giltigt: kontrollsiffran stämmer inte.").first()).isVisible();
		register = form(page, "Registrera klient");
		register.getByLabel("Personnummer eller samordningsnummer", new Locator.GetByLabelOptions().setExact(true))
			.fill(number);
		register.getByLabel("Namn", new Locator.GetByLabelOptions().setExact(true)).fill(name);
		register.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrera klient")).click();
		assertThat(heading(page, 1, name)).isVisible();
		assertThat(status(page)).hasText("Klienten är registrerad.");

		// A support decision valid for a year.
		Locator decision = form(page, "Registrera biståndsbeslut");
		label(decision, "Beslutsdatum").fill(today.toString());
		label(decision, "Gäller från").fill(today.toString());
		label(decision, "Gäller till och med").fill(today.plusYears(1).toString());
		label(decision, "Beslutat av").fill("Enhetschef Vuxenenheten");
		decision.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrera beslut")).click();
		assertThat(status(page)).hasText("Biståndsbeslutet är registrerat.");
		assertThat(table(page, "Beslut om bistånd till boende (1 st)")).containsText("Enhetschef Vuxenenheten");

		// A need with a conflict person, and the request.
		String conflictPerson = Households.validNumber();
		Locator need = form(page, "Registrera bostadsbehov");
		label(need, "Hushållets storlek (personer)").fill("2");
		label(need, "Rum som behövs").fill("2");
		label(need, "Konfliktpersoner").fill(conflictPerson);
		need.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrera bostadsbehov")).click();
		assertThat(status(page)).hasText("Bostadsbehovet är registrerat.");
		Locator needs = table(page, "Registrerade bostadsbehov (1 st)");
		assertThat(needs).containsText(conflictPerson);
		needs.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skicka förfrågan om bostad")).click();
		assertThat(status(page)).containsText("Förfrågan om bostad är skickad till bostadsbolaget");
		assertThat(table(page, "Registrerade bostadsbehov (1 st)")).containsText("Skickad " + today);

		// The work plan: a follow-up planned, then recorded as held.
		Locator plan = form(page, "Planera uppföljning");
		label(plan, "Planerad").fill(today.plusDays(7).toString());
		plan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Planera uppföljning")).click();
		assertThat(status(page)).hasText("Uppföljningen är planerad.");
		assertThat(table(page, "Uppföljningar (1 st)")).containsText("Kommande");
		Locator held = form(page, "Registrera uppföljning");
		assertThat(label(held, "Planerad uppföljning")).hasValue(Pattern.compile(".+"));
		label(held, "Hölls").fill(today.toString());
		label(held, "Anteckningar").fill("Gick igenom budgeten tillsammans.");
		held.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrera uppföljning")).click();
		assertThat(status(page)).hasText("Uppföljningen är registrerad.");
		Locator followUps = table(page, "Uppföljningar (1 st)");
		assertThat(followUps).containsText(today.plusDays(7).toString());
		assertThat(followUps).containsText("Gick igenom budgeten tillsammans.");

		// The readiness assessment: the next review before the assessment first.
		Locator assessment = form(page, "Registrera bedömning");
		label(assessment, "Betalar hyran i tid").check();
		label(assessment, "Inga störningar").check();
		label(assessment, "Inte redo än").check();
		label(assessment, "Motivering").fill("Behöver stöd en tid till.");
		label(assessment, "Bedömd").fill(today.toString());
		label(assessment, "Nästa bedömning").fill(today.minusDays(1).toString());
		assessment.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrera bedömning")).click();
		assessment = form(page, "Registrera bedömning");
		assertThat(assessment.getByRole(AriaRole.ALERT))
			.containsText("Nästa bedömning måste vara efter bedömningens datum.");
		assertThat(label(assessment, "Motivering")).hasValue("Behöver stöd en tid till.");
		label(assessment, "Nästa bedömning").fill("");
		assessment.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrera bedömning")).click();
		assertThat(status(page)).containsText("Bedömningen är registrerad och skickad till den gemensamma processen");
		Locator assessments = table(page, "Bedömningar, senaste först (1 st)");
		assertThat(assessments).containsText("Inte redo än");
		assertThat(assessments).containsText("Betalar hyran i tid");
		assertThat(assessments).containsText(today.plusMonths(6).toString());
		assertThat(assessments).containsText("Skickad (ref.");

		// Another follow-up in three days shows on the start page.
		plan = form(page, "Planera uppföljning");
		label(plan, "Planerad").fill(today.plusDays(3).toString());
		plan.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Planera uppföljning")).click();
		assertThat(status(page)).hasText("Uppföljningen är planerad.");
		page.getByRole(AriaRole.NAVIGATION)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Start").setExact(true))
			.click();
		assertThat(heading(page, 1, "Att göra")).isVisible();
		Locator upcoming = page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Uppföljningar de närmaste 14 dagarna").setExact(true));
		assertThat(upcoming).containsText(name);
		assertThat(upcoming).containsText(today.plusDays(3).toString());
		upcoming.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)).click();
		assertThat(heading(page, 1, name)).isVisible();
	}

	/** A valid, fictitious personal identity number of someone born in the 1900s. */
	private static Locator heading(Page page, int level, String name) {
		return page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(level));
	}

	private static Locator form(Page page, String name) {
		return page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private static Locator table(Page page, String caption) {
		return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(caption).setExact(true));
	}

	private static Locator label(Locator form, String label) {
		return form.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
	}

	private static Locator status(Page page) {
		return page.getByRole(AriaRole.STATUS).first();
	}

}
