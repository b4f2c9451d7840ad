package se.bostadsbryggan.systemtests;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import se.bostadsbryggan.testsupport.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The next meeting's agenda in the local run's demo: exactly the open matters the demo is
 * made of, and no client identity for either organisation.
 * <p>
 * The demo (see the README's demo sections): housing's apartment 5 (1101-0102) has a
 * social contract transferable to an own contract and apartment 38 (1103-0103) one a
 * month away; the guarantee of apartment 50 (1104-0003) can be released; verified
 * disturbances hold back the social contracts of apartment 71 (1105-0104, the designed
 * one) and apartment 203 (1303-0204, a verified report in the demo's rotation); the demo
 * offer waits for the caseworker's answer; the two past meetings left actions open.
 */
@ExtendWith(SystemExtension.class)
class MeetingAgendaDemoIT {

	/** The demo data of four services reaches allocation through Kafka. */
	private static final Duration DEMO = Duration.ofMinutes(5);

	@Test
	void theNextAgendaHoldsExactlyTheOpenMattersOfTheDemoAndNoClientIdentity(@WithDemoData RunningSystem system) {
		ApiClient caseworker = system.loggedIn("handlaggare");
		ApiClient housing = system.loggedIn("bovard");
		await().atMost(DEMO)
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(openOfferObjectNumbers(housing)).hasSize(1));
		JsonNode overview = housing.get("/api/allocation/meetings").json();
		String meeting = overview.get("planned").get("id").asString();
		Set<String> openActions = new TreeSet<>();
		overview.get("openActions").forEach((action) -> openActions.add(action.get("text").asString()));
		assertThat(openActions).as("the demo's meetings leave actions open").isNotEmpty();

		Map<String, Set<String>> expected = new TreeMap<>();
		expected.put("ACTIONS", openActions);
		expected.put("QUOTA", Set.of(Integer.toString(LocalDate.now(Households.SWEDEN).getYear())));
		expected.put("OFFERS", openOfferObjectNumbers(housing));
		expected.put("TRANSFERABLE", Set.of("1101-0102", "1103-0103"));
		expected.put("GUARANTEES", Set.of("1104-0003"));
		expected.put("DISTURBANCES", Set.of("1105-0104", "1303-0204"));
		await().atMost(DEMO)
			.pollInterval(Duration.ofSeconds(2))
			.untilAsserted(() -> assertThat(bySection(agenda(caseworker, meeting))).isEqualTo(expected));
		assertThat(bySection(agenda(housing, meeting))).isEqualTo(expected);

		// Only social services' staff see which caseworker a matter belongs to.
		assertThat(caseworkers(agenda(caseworker, meeting))).isNotEmpty();
		assertThat(caseworkers(agenda(housing, meeting))).isEmpty();

		// No client's name or personal identity number, in the API or on the page.
		Set<String> identities = clientIdentities(system);
		assertThat(identities).hasSizeGreaterThan(10);
		for (ApiClient viewer : new ApiClient[] { caseworker, housing }) {
			String json = viewer.get("/api/allocation/meetings/" + meeting).body();
			ApiClient.Response page = viewer.get("/allocation/meetings/" + meeting);
			assertThat(page.status()).isEqualTo(200);
			for (String identity : identities) {
				assertThat(json).doesNotContain(identity);
				assertThat(page.body()).doesNotContain(identity);
			}
		}
	}

	private static JsonNode agenda(ApiClient viewer, String meeting) {
		ApiClient.Response response = viewer.get("/api/allocation/meetings/" + meeting);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get("agenda").get("items");
	}

	/**
	 * Each section's matters by their first argument: an object number, an action's text,
	 * the year.
	 */
	private static Map<String, Set<String>> bySection(JsonNode items) {
		Map<String, Set<String>> sections = new TreeMap<>();
		items.forEach((item) -> sections.computeIfAbsent(item.get("section").asString(), (s) -> new TreeSet<>())
			.add(item.get("args").get(0).asString()));
		return sections;
	}

	private static Set<String> caseworkers(JsonNode items) {
		Set<String> caseworkers = new HashSet<>();
		items.forEach((item) -> {
			if (item.hasNonNull("caseworker")) {
				caseworkers.add(item.get("caseworker").asString());
			}
		});
		return caseworkers;
	}

	private static Set<String> openOfferObjectNumbers(ApiClient staff) {
		Set<String> objectNumbers = new TreeSet<>();
		staff.get("/api/allocation/offers").json().forEach((offer) -> {
			String status = offer.get("status").asString();
			if (status.equals("OPEN") || status.equals("CHECKING")) {
				objectNumbers.add(offer.get("objectNumber").asString());
			}
		});
		return objectNumbers;
	}

	/** Every demo client's name and number as social services hold them. */
	private static Set<String> clientIdentities(RunningSystem system) {
		Set<String> identities = new HashSet<>();
		for (String username : new String[] { "handlaggare", "handlaggare2" }) {
			ApiClient caseworker = system.loggedIn(username);
			for (String closed : new String[] { "false", "true" }) {
				caseworker.get("/api/social/clients?closed=" + closed).json().forEach((client) -> {
					identities.add(client.get("name").asString());
					String number = client.get("personalIdentityNumber").asString();
					identities.add(number);
					identities.add(number.replace("-", ""));
					identities.add(number.substring(2));
				});
			}
		}
		return identities;
	}

}
