package se.bostadsbryggan.allocation.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.allocation.apartment.Apartment;
import se.bostadsbryggan.allocation.request.HousingRequest;
import se.bostadsbryggan.allocation.spread.Concentration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching rules, their reasons, the areas to avoid, the ranking and the spread rules
 * that block an apartment.
 */
class MatchingTest {

	private static final Apartment TWO_ROOMS = apartment("Storgatan 12A", "STORG-12A", "Götene Storgatan 1:12", 2,
			"6450.00", false, false, false);

	@Test
	void aRequestThatFitsPassesEveryRuleWithItsReason() {
		HousingRequest request = request(2, 7500, List.of("Norrby"), false, false, false, "2026-01-01T00:00:00Z");

		List<Reason> reasons = Matching.reasons(TWO_ROOMS, request);

		assertThat(reasons).allMatch(Reason::passed);
		assertThat(reasons).extracting(Reason::key)
			.containsExactly("match.rule.ROOMS.passed", "match.rule.RENT.passed", "match.rule.AREA.passed");
		assertThat(reasons.get(0).arguments()).containsExactly(2, 2);
		assertThat(reasons.get(1).arguments()).containsExactly(6450, 7500);
	}

	@Test
	void eachRuleThatFailsIsNamed() {
		HousingRequest request = request(3, 6000, List.of(" storg-12a "), true, true, true, "2026-01-01T00:00:00Z");

		List<Reason> failed = Matching.reasons(TWO_ROOMS, request).stream().filter((r) -> !r.passed()).toList();

		assertThat(failed).extracting(Reason::rule)
			.containsExactly(Reason.Rule.ROOMS, Reason.Rule.RENT, Reason.Rule.LIFT, Reason.Rule.GROUND_FLOOR,
					Reason.Rule.ADAPTED, Reason.Rule.AREA);
		assertThat(failed.get(5).arguments()).containsExactly("storg-12a");
	}

	@Test
	void aLiftIsMetByTheGroundFloorAndNoMaxRentMeansAnyRent() {
		Apartment groundFloor = apartment("Kyrkvägen 3", "KYRKV-3", "Götene Kyrkvägen 2:3", 3, "9900", false, true,
				false);
		HousingRequest request = request(2, null, List.of(), true, false, false, "2026-01-01T00:00:00Z");

		assertThat(Matching.reasons(groundFloor, request)).allMatch(Reason::passed);
	}

	@Test
	void anAreaMatchesTheStairwellThePropertyOrTheStreetIgnoringCase() {
		assertThat(Matching.inArea(TWO_ROOMS, "STORG-12A")).isTrue();
		assertThat(Matching.inArea(TWO_ROOMS, "götene storgatan 1:12")).isTrue();
		assertThat(Matching.inArea(TWO_ROOMS, " Storgatan ")).isTrue();
		assertThat(Matching.inArea(TWO_ROOMS, "Storgatan 12A")).isFalse();
		assertThat(Matching.inArea(TWO_ROOMS, "Norrby")).isFalse();
		assertThat(Matching.inArea(TWO_ROOMS, "STORG")).isFalse();
	}

	@Test
	void fittingRequestsAreRankedOldestFirstThenByTheClosestRoomFit() {
		Apartment threeRooms = apartment("Ängsgatan 4", "ANGSG-4", "Götene Ängen 4:1", 3, "7000", false, false, false);
		HousingRequest newest = request(3, null, List.of(), false, false, false, "2026-03-01T00:00:00Z");
		HousingRequest oldTwoRooms = request(2, null, List.of(), false, false, false, "2026-01-01T00:00:00Z");
		HousingRequest oldThreeRooms = request(3, null, List.of(), false, false, false, "2026-01-01T00:00:00Z");
		List<HousingRequest> requests = new ArrayList<>(List.of(newest, oldTwoRooms, oldThreeRooms));

		requests.sort(Matching.ranking(threeRooms));

		assertThat(requests).containsExactly(oldThreeRooms, oldTwoRooms, newest);
	}

	@Test
	void anApartmentIsBlockedWhenItsStairwellOrPropertyIsAtTheLimit() {
		Concentration roomLeft = new Concentration("STORG-12A", "P", 0, 0, 1, 2, 80, 8);
		Concentration stairwellFull = new Concentration("STORG-12A", "P", 0, 1, 1, 2, 80, 8);
		Concentration bothFull = new Concentration("STORG-12A", "P", 1, 0, 1, 8, 80, 8);

		assertThat(Matching.blocked(roomLeft)).isEmpty();
		assertThat(Matching.blocked(stairwellFull)).extracting(Reason::rule)
			.containsExactly(Reason.Rule.STAIRWELL_LIMIT);
		assertThat(Matching.blocked(stairwellFull).get(0).arguments()).containsExactly("STORG-12A", 1, 1);
		assertThat(Matching.blocked(bothFull)).extracting(Reason::rule)
			.containsExactly(Reason.Rule.STAIRWELL_LIMIT, Reason.Rule.PROPERTY_LIMIT);
	}

	private static Apartment apartment(String address, String stairwell, String property, int rooms, String rent,
			boolean lift, boolean groundFloor, boolean adapted) {
		return new Apartment(UUID.randomUUID(), "1001-" + rooms, address, stairwell, rooms, new BigDecimal("58.5"),
				new BigDecimal(rent), true, LocalDate.of(2027, 1, 1), Instant.now(), property, 1, lift, groundFloor,
				adapted, true);
	}

	private static HousingRequest request(int rooms, Integer maxRent, List<String> areas, boolean lift,
			boolean groundFloor, boolean adapted, String submittedAt) {
		return new HousingRequest(UUID.randomUUID(), rooms + 1, rooms, maxRent, lift, groundFloor, adapted, areas,
				"hanna", "WAITING", Instant.parse(submittedAt));
	}

}
