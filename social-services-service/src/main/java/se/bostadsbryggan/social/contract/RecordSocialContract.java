package se.bostadsbryggan.social.contract;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Record a client's social contract.
 *
 * @param objectNumber the housing company's object number, e.g. {@code 1101-0102}
 * @param address the apartment's street address
 * @param startDate first day
 * @param endDate last day, or {@code null} until further notice
 */
public record RecordSocialContract(
		@NotBlank(message = "{contract.objectNumber.required}") @Pattern(
				regexp = "\\s*([0-9A-Za-z][0-9A-Za-z-]{0,19})?\\s*",
				message = "{contract.objectNumber.format}") String objectNumber,
		@NotBlank(message = "{contract.address.required}") @Size(max = 200,
				message = "{contract.address.size}") String address,
		@NotNull(message = "{contract.startDate.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate) {

	/**
	 * @return whether the end is on or after the start ({@code true} while either is
	 * missing)
	 */
	@AssertTrue(message = "{contract.endDate.beforeStart}")
	public boolean isPeriodInOrder() {
		return this.startDate == null || this.endDate == null || !this.endDate.isBefore(this.startDate);
	}

}
