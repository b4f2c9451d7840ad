package se.bostadsbryggan.social.need;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterHousingNeedTest {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void createValidator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void closeValidator() {
		factory.close();
	}

	@ParameterizedTest
	@CsvSource({ "1, 1", "1, 3", "2, 4", "3, 2", "8, 10", "15, 1", "15, 10" })
	void acceptsRoomsUpToTheHouseholdSizePlusTwo(int householdSize, int roomsNeeded) {
		assertThat(validator.validate(new RegisterHousingNeed(householdSize, roomsNeeded))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "1, 4", "2, 5", "7, 10" })
	void rejectsMoreRoomsThanTheHouseholdSizePlusTwoOnTheRoomsField(int householdSize, int roomsNeeded) {
		assertThat(violations(new RegisterHousingNeed(householdSize, roomsNeeded)))
			.containsExactly("roomsNeeded {housingNeed.roomsNeeded.tooMany}");
	}

	@Test
	void rejectsSizesAndRoomsOutOfRangeWithoutTheCrossFieldMessage() {
		assertThat(violations(new RegisterHousingNeed(0, 11))).containsExactlyInAnyOrder(
				"householdSize {housingNeed.householdSize.range}", "roomsNeeded {housingNeed.roomsNeeded.range}");
		assertThat(violations(new RegisterHousingNeed(16, 0))).containsExactlyInAnyOrder(
				"householdSize {housingNeed.householdSize.range}", "roomsNeeded {housingNeed.roomsNeeded.range}");
	}

	@Test
	void requiresBothFields() {
		assertThat(violations(new RegisterHousingNeed(null, null))).containsExactlyInAnyOrder(
				"householdSize {housingNeed.householdSize.required}", "roomsNeeded {housingNeed.roomsNeeded.required}");
		assertThat(violations(new RegisterHousingNeed(null, 9)))
			.containsExactly("householdSize {housingNeed.householdSize.required}");
	}

	private static Set<String> violations(RegisterHousingNeed command) {
		Set<ConstraintViolation<RegisterHousingNeed>> violations = validator.validate(command);
		return violations.stream()
			.map((violation) -> violation.getPropertyPath() + " " + violation.getMessageTemplate())
			.collect(java.util.stream.Collectors.toSet());
	}

}
