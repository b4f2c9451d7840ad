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
import tools.jackson.databind.JsonNode;

import se.bostadsbryggan.testsupport.ApiClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shared workflow across both organisations in a real browser through the gateway:
 * the housing company makes a vacant apartment available for a social contract, sees the
 * fitting requests and offers it; the caseworker is notified, opens the offer and accepts
 * it for the client; the quota shows one more placement, and the housing company's
 * apartment page shows the new social contract with the subtenant the client consented to
 * name.
 */
@ExtendWith({ SystemExtension.class, BrowserExtension.class })
class SharedWorkflowBrowserIT {

	/** How long events may take between the services on a busy machine. */
	private static final Duration EVENTS = Duration.ofSeconds(90);

	@Test
	void housingOffersAnApartmentTheCaseworkerAcceptsAndItBecomesASocialContract(RunningSystem system, Page page) {
		int year = LocalDate.now(Households.SWEDEN).getYear();
		String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String objectNumber = "SW-" + suffix;
		Agreements.save(system.loggedIn("fastighetschef"), year, 12, "Systemtest: plats för placeringar");
		Households.Household household = Households.waiting(system.loggedIn("handlaggare"), "Nora Nyberg",
				Map.of("householdSize", 2, "roomsNeeded", 2, "maxRent", 9000), true);
		String apartmentId = vacantApartment(system.loggedIn("bovard"), objectNumber, "SW-" + suffix + "-A");
		int placedBefore = placed(system.loggedIn("bovard"), year);

		// The housing company makes the apartment available and offers it to the request.
		GatewayLogin login = new GatewayLogin(page, system);
		login.logIn("bovard");
		page.navigate(system.gatewayUrl() + "/allocation/apartments");
		page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Erbjud lägenhet " + objectNumber + " för socialt kontrakt"))
			.click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Förfrågningar som passar " + objectNumber))
			.click();
		assertThat(heading(page, "Förfrågningar som passar lägenhet " + objectNumber)).isVisible();
		Locator fitting = page.getByRole(AriaRole.ROW)
			.filter(new Locator.FilterOptions().setHasText(household.shortReference()));
		assertThat(fitting).hasCount(1);
		assertThat(page.getByText(household.name())).hasCount(0);
		fitting
			.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("Erbjud lägenheten till " + household.shortReference()))
			.click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Erbjudandet är gjort");
		login.logOut();

		// The caseworker is told of the offer once housing's conflict check has answered.
		login.logIn("handlaggare");
		page.navigate(system.gatewayUrl() + "/allocation/notifications");
		await().atMost(EVENTS).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			page.reload();
			assertThat(
					page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(objectNumber))))
				.isVisible();
		});
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(objectNumber)))
			.first()
			.click();
		assertThat(heading(page, "Erbjudande av lägenhet " + objectNumber)).isVisible();
		page.getByLabel("Tacka ja").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka svaret")).click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Svaret är sparat.");

		// The quota shows one more placement.
		page.navigate(system.gatewayUrl() + "/allocation/quota");
		assertThat(page.locator("dt:text-is('Placerade') + dd")).hasText(Integer.toString(placedBefore + 1));
		login.logOut();

		// The housing company's apartment shows the social contract and, with the
		// client's
		// consent, who lives there.
		login.logIn("bovard");
		page.navigate(system.gatewayUrl() + "/housing/apartments/" + apartmentId);
		assertThat(heading(page, "Lägenhet " + objectNumber)).isVisible();
		await().atMost(EVENTS).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			page.reload();
			assertThat(page.getByRole(AriaRole.MAIN)).containsText("Socialt kontrakt");
			assertThat(page.getByRole(AriaRole.MAIN)).containsText(household.name());
		});
	}

	private static String vacantApartment(ApiClient staff, String objectNumber, String stairwell) {
		ApiClient.Response registered = staff.postJson("/api/housing/apartments",
				Map.of("objectNumber", objectNumber, "address", "Samverkansgatan 3", "stairwell", stairwell, "rooms", 2,
						"areaSquareMetres", 61.0, "monthlyRent", 6450));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String id = registered.json().get("id").asString();
		ApiClient.Response vacated = staff.postJson("/api/housing/apartments/" + id + "/vacancy",
				Map.of("availableFrom", LocalDate.now(Households.SWEDEN).plusDays(7).toString()));
		assertThat(vacated.status()).as(vacated.body()).isEqualTo(200);
		await().atMost(EVENTS)
			.pollInterval(Duration.ofSeconds(1))
			.untilAsserted(() -> assertThat(staff.get("/api/allocation/apartments").body()).contains(objectNumber));
		return id;
	}

	private static int placed(ApiClient staff, int year) {
		JsonNode quota = staff.get("/api/allocation/quota/" + year).json();
		return quota.get("placed").asInt();
	}

	private static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1));
	}

}
