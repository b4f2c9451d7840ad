package se.bostadsbryggan.housing.apartment;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Register an apartment. Validates itself, so bad input never reaches the domain.
 *
 * @param objectNumber the housing company's unique object number, e.g. {@code 1001-0203}
 * @param address street address with entrance
 * @param stairwell the stairwell's code
 * @param rooms number of rooms
 * @param areaSquareMetres living area in m²
 * @param monthlyRent monthly rent in SEK
 * @param property the property's designation for a new stairwell's building; optional
 * @param floor the floor, 0 for the ground floor; optional
 * @param lift whether the stairwell has a lift; optional, no if not given
 * @param groundFloor whether it is on the ground floor or reachable without steps
 * @param adapted whether it is adapted for a disability
 */
public record RegisterApartment(
		@NotBlank(message = "{apartment.objectNumber.required}") @Pattern(regexp = "([0-9A-Za-z][0-9A-Za-z-]{0,19})?",
				message = "{apartment.objectNumber.format}") String objectNumber,
		@NotBlank(message = "{apartment.address.required}") @Size(max = 200,
				message = "{apartment.address.size}") String address,
		@NotBlank(message = "{apartment.stairwell.required}") @Size(max = 40,
				message = "{apartment.stairwell.size}") String stairwell,
		@NotNull(message = "{apartment.rooms.required}") @Min(value = 1, message = "{apartment.rooms.range}") @Max(
				value = 20, message = "{apartment.rooms.range}") Integer rooms,
		@NotNull(message = "{apartment.area.required}") @DecimalMin(value = "5.0",
				message = "{apartment.area.range}") @DecimalMax(value = "1000.0",
						message = "{apartment.area.range}") @Digits(integer = 4, fraction = 1,
								message = "{apartment.area.digits}") BigDecimal areaSquareMetres,
		@NotNull(message = "{apartment.rent.required}") @DecimalMin(value = "1",
				message = "{apartment.rent.range}") @DecimalMax(value = "100000",
						message = "{apartment.rent.range}") @Digits(integer = 6, fraction = 2,
								message = "{apartment.rent.digits}") BigDecimal monthlyRent,
		@Size(max = 100, message = "{apartment.property.size}") String property,
		@Min(value = -5, message = "{apartment.floor.range}") @Max(value = 60,
				message = "{apartment.floor.range}") Integer floor,
		Boolean lift, Boolean groundFloor, Boolean adapted) {

	public RegisterApartment {
		objectNumber = trim(objectNumber);
		address = trim(address);
		stairwell = trim(stairwell);
		property = trim(property);
		if (property != null && property.isEmpty()) {
			property = null;
		}
	}

	/**
	 * An apartment without property, floor or accessibility details.
	 * @param objectNumber the object number
	 * @param address street address with entrance
	 * @param stairwell the stairwell's code
	 * @param rooms number of rooms
	 * @param areaSquareMetres living area in m²
	 * @param monthlyRent monthly rent in SEK
	 */
	public RegisterApartment(String objectNumber, String address, String stairwell, Integer rooms,
			BigDecimal areaSquareMetres, BigDecimal monthlyRent) {
		this(objectNumber, address, stairwell, rooms, areaSquareMetres, monthlyRent, null, null, null, null, null);
	}

	private static String trim(String value) {
		return (value != null) ? value.strip() : null;
	}

}
