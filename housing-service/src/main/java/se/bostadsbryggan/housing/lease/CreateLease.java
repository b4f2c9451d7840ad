package se.bostadsbryggan.housing.lease;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.bostadsbryggan.identity.ValidPersonalIdentityNumber;

/**
 * Let an apartment: a new lease and, unless it is a social contract, its tenant.
 * Validates itself, so bad input never reaches the domain.
 *
 * @param type the lease type
 * @param startDate the first day
 * @param endDate the last day of a fixed-term lease; empty until further notice
 * @param monthlyRent monthly rent in SEK; empty for the apartment's rent
 * @param tenantName the tenant's full name (not for a social contract)
 * @param personalIdentityNumber the tenant's personal identity number, 10 or 12 digits,
 * stored as 12 (not for a social contract)
 * @param phone the tenant's phone number, optional
 * @param email the tenant's e-mail address, optional
 */
@LeaseTerms
public record CreateLease(@NotNull(message = "{lease.type.required}") LeaseType type,
		@NotNull(message = "{lease.startDate.required}") LocalDate startDate, LocalDate endDate,
		@DecimalMin(value = "1", message = "{lease.rent.range}") @DecimalMax(value = "100000",
				message = "{lease.rent.range}") @Digits(integer = 6, fraction = 2,
						message = "{lease.rent.digits}") BigDecimal monthlyRent,
		@Size(max = 200, message = "{tenant.name.size}") String tenantName,
		@ValidPersonalIdentityNumber String personalIdentityNumber,
		@Size(max = 40, message = "{tenant.phone.size}") String phone,
		@Email(message = "{tenant.email.format}") @Size(max = 200, message = "{tenant.email.size}") String email) {

	public CreateLease {
		tenantName = trim(tenantName);
		personalIdentityNumber = trim(personalIdentityNumber);
		phone = trim(phone);
		email = trim(email);
	}

	private static String trim(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
