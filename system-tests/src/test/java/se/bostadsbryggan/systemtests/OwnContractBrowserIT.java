package se.bostadsbryggan.systemtests;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.bostadsbryggan.testsupport.ApiClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From social contract to own contract in a real browser through the gateway. The year's
 * agreement asks only for a recent "ready" assessment (the months of contract, rent and
 * calm are set to 0, since the system cannot wait a year), so the caseworker's assessment
 * makes the contract transferable: both organisations are notified, the caseworker and
 * the housing manager approve in their own UI, and the apartment shows a first-hand lease
 * to the former subtenant.
 */
@ExtendWith({ SystemExtension.class, BrowserExtension.class })
class OwnContractBrowserIT {

	/** How long events may take between the services on a busy machine. */
	private static final Duration EVENTS = Duration.ofSeconds(90);

	@Test
	void bothOrganisationsApproveAndTheSubtenantGetsAnOwnContract(RunningSystem system, Page page) {
		LocalDate today = LocalDate.now(Households.SWEDEN);
		String objectNumber = "OC-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		Agreements.save(system.loggedIn("fastighetschef"), today.getYear(), 0, "Systemtest: bara bedömningen krävs");
		ApiClient staff = system.loggedIn("bovard");
		String apartmentId = created(
				staff.postJson("/api/housing/apartments",
						Map.of("objectNumber", objectNumber, "address", "Egnagatan 1", "stairwell", objectNumber + "-A",
								"rooms", 2, "areaSquareMetres", 55.0, "monthlyRent", 6200)))
			.json()
			.get("id")
			.asString();
		created(staff.postJson("/api/housing/apartments/" + apartmentId + "/leases",
				Map.of("type", "SOCIAL", "startDate", today.toString())));
		ApiClient caseworker = system.loggedIn("handlaggare");
		String name = "Olle Egenström";
		String clientId = created(caseworker.postJson("/api/social/clients",
				Map.of("personalIdentityNumber", Households.validNumber(), "name", name)))
			.json()
			.get("id")
			.asString();
		created(caseworker.postJson("/api/social/clients/" + clientId + "/consents",
				Map.of("given", true, "statedOn", today.toString())));
		created(caseworker.postJson("/api/social/clients/" + clientId + "/social-contracts",
				Map.of("objectNumber", objectNumber, "address", "Egnagatan 1", "startDate", today.toString())));
		created(caseworker.postJson("/api/social/clients/" + clientId + "/readiness-assessments",
				Map.of("criteriaMet", java.util.List.of("PAYS_RENT_ON_TIME", "NO_DISTURBANCES"), "outcome", "READY",
						"motivation", "Klarar boendet på egen hand.", "assessedOn", today.toString())));

		// The caseworker is notified and approves in social services' UI.
		GatewayLogin login = new GatewayLogin(page, system);
		login.logIn("handlaggare");
		awaitNotice(page, system, objectNumber);
		page.navigate(system.gatewayUrl() + "/social/clients/" + clientId);
		assertThat(page.getByText(Pattern.compile("Överlåtelsebart sedan"))).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkänn överlåtelse")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Överlåtelsen är godkänd");
		login.logOut();

		// The housing manager is notified and approves in the housing company's UI.
		login.logIn("fastighetschef");
		awaitNotice(page, system, objectNumber);
		page.navigate(system.gatewayUrl() + "/housing/apartments/" + apartmentId);
		page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(Pattern.compile("Överlåtelse till eget kontrakt")))
			.first()
			.click();
		await().atMost(EVENTS).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			page.reload();
			assertThat(page.getByRole(AriaRole.MAIN)).containsText("Godkände");
		});
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Godkänn överlåtelse till eget kontrakt"))
			.click();
		assertThat(page.getByRole(AriaRole.MAIN)).containsText("Förstahandskontrakt från");

		// The apartment: a first-hand lease to the former subtenant.
		page.navigate(system.gatewayUrl() + "/housing/apartments/" + apartmentId);
		Locator firstHand = page.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText("Förstahandskontrakt"));
		assertThat(firstHand).containsText(name);
	}

	private static void awaitNotice(Page page, RunningSystem system, String objectNumber) {
		page.navigate(system.gatewayUrl() + "/allocation/notifications");
		await().atMost(EVENTS).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			page.reload();
			assertThat(page.getByRole(AriaRole.MAIN)).containsText(objectNumber);
		});
	}

	private static ApiClient.Response created(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response;
	}

}
