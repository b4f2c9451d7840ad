package se.bostadsbryggan.social.need;

import java.util.List;

import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.bostadsbryggan.identity.ValidPersonalIdentityNumber;

/**
 * Register a household's housing need. Validates itself, so bad input never reaches the
 * domain. No name and no free text: areas to avoid are short codes (an area's or a
 * stairwell's name), and conflict persons are personal identity numbers that stay in
 * social services.
 *
 * @param householdSize number of people in the household, 1 to 15
 * @param roomsNeeded number of rooms needed, 1 to 10 and at most the household size plus
 * two
 * @param maxRent highest monthly rent in kronor, optional
 * @param needsLift needs a lift
 * @param needsGroundFloor needs the ground floor
 * @param needsAdapted needs an adapted apartment
 * @param areasToAvoid areas or stairwells to avoid, at most 10 codes
 * @param conflictPersons people the household must not live in the same stairwell as, by
 * personal identity number, at most 10
 */
@GroupSequence({ RegisterHousingNeed.class, RegisterHousingNeed.CrossField.class })
@RoomsFitHousehold(message = "{housingNeed.roomsNeeded.tooMany}", groups = RegisterHousingNeed.CrossField.class)
public record RegisterHousingNeed(
		@NotNull(message = "{housingNeed.householdSize.required}") @Min(value = 1,
				message = "{housingNeed.householdSize.range}") @Max(value = 15,
						message = "{housingNeed.householdSize.range}") Integer householdSize,
		@NotNull(message = "{housingNeed.roomsNeeded.required}") @Min(value = 1,
				message = "{housingNeed.roomsNeeded.range}") @Max(value = 10,
						message = "{housingNeed.roomsNeeded.range}") Integer roomsNeeded,
		@Min(value = 1, message = "{housingNeed.maxRent.range}") @Max(value = 100000,
				message = "{housingNeed.maxRent.range}") Integer maxRent,
		Boolean needsLift, Boolean needsGroundFloor, Boolean needsAdapted,
		@Size(max = 10,
				message = "{housingNeed.areasToAvoid.size}") List<@Pattern(regexp = "[\\p{L}0-9][\\p{L}0-9 .:/-]{0,39}",
						message = "{housingNeed.areasToAvoid.format}") String> areasToAvoid,
		@Size(max = 10,
				message = "{housingNeed.conflictPersons.size}") List<@ValidPersonalIdentityNumber String> conflictPersons) {

	/** How many rooms more than people a household may need. */
	public static final int EXTRA_ROOMS_ALLOWED = 2;

	/**
	 * A need with its size only.
	 * @param householdSize number of people
	 * @param roomsNeeded rooms needed
	 */
	public RegisterHousingNeed(Integer householdSize, Integer roomsNeeded) {
		this(householdSize, roomsNeeded, null, null, null, null, null, null);
	}

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

	List<String> areas() {
		return (this.areasToAvoid != null)
				? this.areasToAvoid.stream().filter((a) -> !a.isBlank()).map(String::strip).distinct().toList()
				: List.of();
	}

	List<String> conflictPersonNumbers() {
		return (this.conflictPersons != null) ? this.conflictPersons.stream().filter((c) -> !c.isBlank()).toList()
				: List.of();
	}

	@Override
	public String toString() {
		return "RegisterHousingNeed[householdSize=" + this.householdSize + ", roomsNeeded=" + this.roomsNeeded + "]";
	}

	/**
	 * Rules across fields, checked only once every field is valid on its own, so a field
	 * shows one message at a time.
	 */
	interface CrossField {

	}

}
