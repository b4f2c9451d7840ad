package se.bostadsbryggan.social.household;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.bostadsbryggan.identity.ValidPersonalIdentityNumber;

/**
 * Add someone to a client's household.
 *
 * @param kind adult or child
 * @param name the name; required for an adult
 * @param personalIdentityNumber the number, optional
 */
public record AddHouseholdMember(@NotNull(message = "{household.kind.required}") HouseholdMember.Kind kind,
		@Size(max = 200, message = "{client.name.size}") String name,
		@ValidPersonalIdentityNumber String personalIdentityNumber) {

	/**
	 * @return whether an adult has a name (a child may have none)
	 */
	@AssertTrue(message = "{household.name.requiredForAdult}")
	public boolean isNamedIfAdult() {
		return this.kind != HouseholdMember.Kind.ADULT || (this.name != null && !this.name.isBlank());
	}

	@Override
	public String toString() {
		return "AddHouseholdMember[kind=" + this.kind + "]";
	}

}
