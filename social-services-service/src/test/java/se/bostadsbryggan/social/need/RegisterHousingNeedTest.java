package se.bostadsbryggan.social.need;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.bostadsbryggan.testsupport.FormRules;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterHousingNeedTest {

	@ParameterizedTest
	@CsvSource({ "1, 1", "1, 3", "2, 4", "3, 2", "8, 10", "15, 1", "15, 10" })
	void acceptsRoomsUpToTheHouseholdSizePlusTwo(int householdSize, int roomsNeeded) {
		assertThat(FormRules.validator().validate(new RegisterHousingNeed(householdSize, roomsNeeded))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "1, 4", "2, 5", "7, 10" })
	void rejectsMoreRoomsThanTheHouseholdSizePlusTwoOnTheRoomsField(int householdSize, int roomsNeeded) {
		assertThat(FormRules.violations(new RegisterHousingNeed(householdSize, roomsNeeded)))
			.containsExactly("roomsNeeded {housingNeed.roomsNeeded.tooMany}");
	}

	@Test
	void rejectsSizesAndRoomsOutOfRangeWithoutTheCrossFieldMessage() {
		assertThat(FormRules.violations(new RegisterHousingNeed(0, 11))).containsExactlyInAnyOrder(
				"householdSize {housingNeed.householdSize.range}", "roomsNeeded {housingNeed.roomsNeeded.range}");
		assertThat(FormRules.violations(new RegisterHousingNeed(16, 0))).containsExactlyInAnyOrder(
				"householdSize {housingNeed.householdSize.range}", "roomsNeeded {housingNeed.roomsNeeded.range}");
	}

	@Test
	void requiresBothFields() {
		assertThat(FormRules.violations(new RegisterHousingNeed(null, null))).containsExactlyInAnyOrder(
				"householdSize {housingNeed.householdSize.required}", "roomsNeeded {housingNeed.roomsNeeded.required}");
		assertThat(FormRules.violations(new RegisterHousingNeed(null, 9)))
			.containsExactly("householdSize {housingNeed.householdSize.required}");
	}

}
