package se.bostadsbryggan.systemtests;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import se.bostadsbryggan.testsupport.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Social services' households for system tests, made through the gateway's API as a
 * caseworker would: a client with a valid support decision, a need and a submitted
 * housing request.
 */
final class Households {

	static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	private Households() {
	}

	/**
	 * @return a valid, random personal identity number of someone born 1930–1999,
	 * {@code ÅÅÅÅMMDD-NNNN}
	 */
	static String validNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String date = String.format("19%02d%02d%02d", random.nextInt(30, 100), random.nextInt(1, 13),
				random.nextInt(1, 29));
		String nine = date.substring(2) + String.format("%03d", random.nextInt(0, 1000));
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			int digit = (nine.charAt(i) - '0') * ((i % 2 == 0) ? 2 : 1);
			sum += (digit > 9) ? digit - 9 : digit;
		}
		return date + "-" + nine.substring(6) + ((10 - sum % 10) % 10);
	}

	/**
	 * Registers a client with a support decision valid for a year, a need and a submitted
	 * request, and the client's consent to share their identity at placement when asked.
	 * @param caseworker the caseworker's client
	 * @param name the client's name
	 * @param need the need's fields ({@code householdSize}, {@code roomsNeeded}, ...)
	 * @param consent whether the client consents to their identity reaching the housing
	 * company at placement
	 * @return the household
	 */
	static Household waiting(ApiClient caseworker, String name, Map<String, Object> need, boolean consent) {
		LocalDate today = LocalDate.now(SWEDEN);
		String number = validNumber();
		String client = created(
				caseworker.postJson("/api/social/clients", Map.of("personalIdentityNumber", number, "name", name)))
			.json()
			.get("id")
			.asString();
		created(caseworker.postJson("/api/social/clients/" + client + "/decisions",
				Map.of("decidedOn", today.toString(), "validFrom", today.toString(), "validTo",
						today.plusYears(1).toString(), "decidedBy", "Enhetschef Vuxenenheten")));
		if (consent) {
			created(caseworker.postJson("/api/social/clients/" + client + "/consents",
					Map.of("given", true, "statedOn", today.toString())));
		}
		String needId = created(
				caseworker.postJson("/api/social/clients/" + client + "/housing-needs", new HashMap<>(need)))
			.json()
			.get("id")
			.asString();
		String reference = created(caseworker.postJson("/api/social/housing-needs/" + needId + "/requests", Map.of()))
			.json()
			.get("reference")
			.asString();
		return new Household(client, number, name, reference);
	}

	private static ApiClient.Response created(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response;
	}

	/**
	 * A waiting household.
	 *
	 * @param clientId the client's id in social services
	 * @param number the client's personal identity number
	 * @param name the client's name
	 * @param reference the housing request's opaque reference
	 */
	record Household(String clientId, String number, String name, String reference) {

		/**
		 * @return the reference's first eight characters, as pages show it
		 */
		String shortReference() {
			return this.reference.substring(0, 8);
		}

	}

}
