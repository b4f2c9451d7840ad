package se.bostadsbryggan.systemtests;

import java.util.HashMap;
import java.util.Map;

import se.bostadsbryggan.testsupport.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's agreement as a manager saves it through the gateway's API, for system tests
 * that need room in the quota or particular takeover criteria.
 */
final class Agreements {

	private Agreements() {
	}

	/**
	 * Saves a new version of the year's agreement (on top of the one in force, if any): a
	 * fixed quota of 50, three social contracts per stairwell, half of a property, a week
	 * to answer, and the given takeover months.
	 * @param manager a housing or social services manager
	 * @param year the year
	 * @param takeoverMonths the months of contract, of rent paid on time and without a
	 * verified disturbance a takeover needs
	 * @param note why, as the history shows it
	 */
	static void save(ApiClient manager, int year, int takeoverMonths, String note) {
		ApiClient.Response current = manager.get("/api/allocation/agreements/" + year);
		Map<String, Object> terms = new HashMap<>();
		terms.put("quotaMode", "FIXED");
		terms.put("quotaFixed", 50);
		terms.put("maxPerStairwell", 3);
		terms.put("maxPerPropertyPercent", 50);
		terms.put("offerAnswerDays", 7);
		terms.put("meetingIntervalWeeks", 6);
		terms.put("takeoverContractMonths", takeoverMonths);
		terms.put("takeoverOnTimeRentMonths", takeoverMonths);
		terms.put("takeoverPaymentGraceDays", 5);
		terms.put("takeoverDisturbanceFreeMonths", takeoverMonths);
		terms.put("takeoverReadinessMaxAgeMonths", 6);
		terms.put("basedOnVersion", (current.status() == 200) ? current.json().get("version").asInt() : null);
		terms.put("note", note);
		ApiClient.Response saved = manager.postJson("/api/allocation/agreements/" + year + "/versions", terms);
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
	}

}
