package se.bostadsbryggan.social.need;

import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Register a household's housing need. Validates itself, so bad input never reaches the
 * domain. Deliberately without name, personal identity number or free text: nothing here
 * may identify the household.
 *
 * @param householdSize number of people in the household, 1 to 15
 * @param roomsNeeded number of rooms needed, 1 to 10 and at most the household size plus
 * two
 */
@GroupSequence({ RegisterHousingNeed.class, RegisterHousingNeed.CrossField.class })
@RoomsFitHousehold(message = "{housingNeed.roomsNeeded.tooMany}", groups = RegisterHousingNeed.CrossField.class)
public record RegisterHousingNeed(
		@NotNull(message = "{housingNeed.householdSize.required}") @Min(value = 1,
				message = "{housingNeed.householdSize.range}") @Max(value = 15,
						message = "{housingNeed.householdSize.range}") Integer householdSize,
		@NotNull(message = "{housingNeed.roomsNeeded.required}") @Min(value = 1,
				message = "{housingNeed.roomsNeeded.range}") @Max(value = 10,
						message = "{housingNeed.roomsNeeded.range}") Integer roomsNeeded) {

	/** How many rooms more than people a household may need. */
	public static final int EXTRA_ROOMS_ALLOWED = 2;

	/**
	 * Whether the rooms needed fit the household's size; {@code true} when either is
	 * missing, which the field rules report.
	 * @return {@code false} only when more rooms are needed than the household size
	 * allows
	 */
	boolean roomsFitHousehold() {
		return this.householdSize == null || this.roomsNeeded == null
				|| this.roomsNeeded <= this.householdSize + EXTRA_ROOMS_ALLOWED;
	}

	/**
	 * Rules across fields, checked only once every field is valid on its own, so a field
	 * shows one message at a time.
	 */
	interface CrossField {

	}

}
