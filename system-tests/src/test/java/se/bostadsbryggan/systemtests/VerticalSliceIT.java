package se.bostadsbryggan.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import se.bostadsbryggan.testsupport.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton end to end, through the gateway only: the housing company
 * registers an apartment and reports it vacant; allocation-service learns it from Kafka
 * and lists it; social services register a pseudonymous need that allocation-service
 * queues. One correlation id follows the user's action through every service's log.
 */
@ExtendWith(SystemExtension.class)
class VerticalSliceIT {

	@Test
	void aVacancyReportedAtTheHousingCompanyIsListedInTheSharedWorkflow(RunningSystem system) throws IOException {
		ApiClient gateway = system.loggedIn("bovard");
		String objectNumber = "E2E-" + UUID.randomUUID().toString().substring(0, 6);
		String correlationId = UUID.randomUUID().toString();

		ApiClient.Response registered = gateway.postJson(
				"/api/housing/apartments", Map.of("objectNumber", objectNumber, "address", "Storgatan 12A", "stairwell",
						"STORG-12A", "rooms", 2, "areaSquareMetres", 58.5, "monthlyRent", 6450),
				"X-Correlation-Id", correlationId);
		assertThat(registered.status()).isEqualTo(201);
		assertThat(registered.header("X-Correlation-Id")).isEqualTo(correlationId);
		String id = registered.json().get("id").asString();
		LocalDate from = LocalDate.now().plusDays(7);

		ApiClient.Response vacated = gateway.postJson("/api/housing/apartments/" + id + "/vacancy",
				Map.of("availableFrom", from.toString()), "X-Correlation-Id", correlationId);
		assertThat(vacated.status()).isEqualTo(200);

		await().untilAsserted(() -> {
			ApiClient.Response listed = gateway.get("/api/allocation/apartments");
			assertThat(listed.status()).isEqualTo(200);
			assertThat(listed.body()).contains(objectNumber).contains(from.toString());
		});
		ApiClient.Response page = gateway.get("/allocation/");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("lang=\"sv\"").contains(objectNumber).contains("6\u00a0450\u00a0kr");
		assertThat(gateway.get("/housing/apartments").body()).contains(objectNumber);

		await().untilAsserted(
				() -> assertThat(Files.readString(system.logFile("allocation-service"))).contains(correlationId));
		assertThat(Files.readString(system.logFile("housing-service"))).contains(correlationId);
		assertThat(Files.readString(system.logFile("gateway"))).doesNotContain("ERROR");
	}

	@Test
	void aPseudonymousRequestFromSocialServicesJoinsTheQueueWithoutWhoItIsFor(RunningSystem system) {
		ApiClient caseworker = system.loggedIn("handlaggare");
		Households.Household household = Households.waiting(caseworker, "Ida Köström",
				Map.of("householdSize", 3, "roomsNeeded", 2), false);

		await().untilAsserted(
				() -> assertThat(caseworker.get("/api/allocation/requests").body()).contains(household.reference()));
		String queue = system.loggedIn("bovard").get("/api/allocation/requests").body();
		assertThat(queue).contains(household.reference())
			.doesNotContain(household.name())
			.doesNotContain(household.number().replace("-", "").substring(2));
	}

	@Test
	void invalidInputThroughTheGatewayIsASwedishProblemDetail(RunningSystem system) {
		ApiClient gateway = system.loggedIn("fastighetschef");

		ApiClient.Response response = gateway.postJson("/api/housing/apartments", Map.of("rooms", 0));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo("Ogiltig begäran");
		assertThat(gateway.get("/").body()).contains("/housing/apartments")
			.contains("href=\"/social/\"")
			.contains("/allocation/");
	}

}
