package se.bostadsbryggan.systemtests;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The letting staff's journey in a real browser through the gateway: find a vacant
 * apartment with the filters, let it, report a disturbance on the lease and verify it.
 * The system starts with an empty housing database, so the journey registers the
 * apartment first.
 */
@ExtendWith({ SystemExtension.class, BrowserExtension.class })
class HousingStaffBrowserIT {

	@Test
	void lettingStaffFindAVacantApartmentLetItAndVerifyADisturbance(RunningSystem system, Page page) {
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String objectNumber = "WEB-" + suffix;
		String stairwell = "BROWS-" + suffix;
		String today = LocalDate.now().toString();
		new GatewayLogin(page, system).logIn("bovard");
		page.navigate(system.gatewayUrl() + "/housing/apartments");

		Locator register = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Registrera lägenhet"));
		field(register, "Objektnummer").fill(objectNumber);
		field(register, "Adress").fill("Webbgatan 8");
		field(register, "Trappuppgång").fill(stairwell);
		field(register, "Rum").fill("2");
		field(register, "Yta (m²)").fill("56,5");
		field(register, "Hyra per månad (kr)").fill("6 300");
		register.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrera lägenhet")).click();

		Locator filters = page.getByRole(AriaRole.SEARCH, new Page.GetByRoleOptions().setName("Filtrera lägenheter"));
		field(filters, "Trappuppgång").selectOption(new SelectOption().setLabel(stairwell));
		field(filters, "Kontrakt i dag").selectOption("true");
		filters.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Visa")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile("vacant=true"));
		Locator rows = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(objectNumber));
		assertThat(rows).hasCount(1);
		rows.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(objectNumber)).click();

		assertThat(heading(page, "Lägenhet " + objectNumber)).isVisible();
		Locator lease = page.locator("form[action$='/leases']");
		field(lease, "Kontraktstyp").selectOption("SOCIAL");
		field(lease, "Första dag").fill(today);
		lease.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Registrera kontrakt")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Kontraktet är registrerat.");
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName("Störningar och skador för kontraktet från " + today))
			.click();

		assertThat(heading(page, "Störningar och skador, lägenhet " + objectNumber)).isVisible();
		Locator report = page.getByRole(AriaRole.FORM,
				new Page.GetByRoleOptions().setName("Anmäl störning eller skada"));
		field(report, "Datum då det hände").fill(today);
		field(report, "Kategori").selectOption(new SelectOption().setLabel("Störning"));
		field(report, "Beskrivning").fill("Hög musik efter midnatt, grannarna har ringt.");
		report.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Anmäl")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Anmälan är registrerad.");

		Locator assess = page.getByRole(AriaRole.FORM,
				new Page.GetByRoleOptions().setName("Bedöm anmälan: Störning " + today));
		field(assess, "Bedömning").selectOption(new SelectOption().setLabel("Verifierad"));
		field(assess, "Motivering (krävs)").fill("Bovärden hörde musiken själv.");
		assess.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara bedömningen")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Anmälan är verifierad.");
		Locator row = page.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText("Hög musik efter midnatt"));
		assertThat(row).containsText("Verifierad");
		assertThat(row).containsText("Bovärden hörde musiken själv.");
		assertThat(
				page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Bedöm anmälan: Störning " + today)))
			.hasCount(0);
	}

	@Test
	void theHousingManagerUploadsApartmentsWithLeasesAndTheirPaymentsAsCsvFiles(RunningSystem system, Page page) {
		String objectNumber = "CSV-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String apartments = """
				objectNumber;address;stairwell;property;floor;rooms;area;rent;lift;groundFloor;adapted;leaseType;leaseStart;leaseEnd;tenantName;personalIdentityNumber
				%s;Västergatan 9A;VASTG-9A;Götene Väster 2:15;0;2;58,5;6 450;nej;ja;nej;SOCIAL;2026-01-01;;;
				"""
			.formatted(objectNumber);
		String payments = """
				reference;objectNumber;amount;paidDate
				BG-%s;%s;6 450,00;2026-01-28
				""".formatted(objectNumber, objectNumber);
		new GatewayLogin(page, system).logIn("fastighetschef");
		page.navigate(system.gatewayUrl() + "/housing/imports");
		assertThat(heading(page, "Import från CSV-fil")).isVisible();

		upload(page, "Lägenheter och kontrakt", "lagenheter.csv", apartments, "Importera lägenheter och kontrakt");
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Filen är importerad: 1 rader, 1 nya, 0 redan importerade.");
		upload(page, "Hyresinbetalningar från bank eller ekonomisystem", "inbetalningar.csv", payments,
				"Importera inbetalningar");
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Filen är importerad: 1 rader, 1 nya, 0 redan importerade.");
		upload(page, "Hyresinbetalningar från bank eller ekonomisystem", "inbetalningar.csv", payments,
				"Importera inbetalningar");
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Filen är importerad: 1 rader, 0 nya, 1 redan importerade.");

		String bad = payments.replace("6 450,00", "sex tusen");
		upload(page, "Hyresinbetalningar från bank eller ekonomisystem", "fel.csv", bad, "Importera inbetalningar");
		assertThat(page.getByRole(AriaRole.ALERT)).containsText("Rad 2: ");
	}

	private static void upload(Page page, String form, String fileName, String content, String button) {
		Locator scope = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName(form));
		field(scope, "CSV-fil").setInputFiles(
				new FilePayload(fileName, "text/csv", content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button)).click();
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

	private static Locator field(Locator scope, String label) {
		return scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
	}

}
