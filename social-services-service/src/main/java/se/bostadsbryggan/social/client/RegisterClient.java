package se.bostadsbryggan.social.client;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.bostadsbryggan.identity.ValidPersonalIdentityNumber;

/**
 * Register a client. A caseworker registers a client for themselves; a manager names the
 * responsible caseworker, one of their unit.
 *
 * @param personalIdentityNumber personnummer or samordningsnummer, 10 or 12 digits, with
 * or without {@code -} or {@code +}
 * @param name the client's name
 * @param caseworkerId the responsible caseworker (managers only; a caseworker's own
 * registration ignores it)
 * @param phone phone number, optional
 * @param email e-mail address, optional
 * @param address postal address, optional
 * @param protectedIdentity whether the client has protected identity (skyddade
 * personuppgifter); {@code null} means no
 */
public record RegisterClient(@NotBlank(
		message = "{client.personalIdentityNumber.required}") @ValidPersonalIdentityNumber String personalIdentityNumber,
		@NotBlank(message = "{client.name.required}") @Size(max = 200, message = "{client.name.size}") String name,
		UUID caseworkerId,
		@Size(max = 40, message = "{client.phone.size}") @Pattern(regexp = "[0-9 +()-]*",
				message = "{client.phone.format}") String phone,
		@Size(max = 200, message = "{client.email.size}") @Email(message = "{client.email.format}") String email,
		@Size(max = 300, message = "{client.address.size}") String address, Boolean protectedIdentity) {

	/**
	 * A client with identity and name only.
	 * @param personalIdentityNumber the number
	 * @param name the name
	 * @param caseworkerId the responsible caseworker, or {@code null}
	 */
	public RegisterClient(String personalIdentityNumber, String name, UUID caseworkerId) {
		this(personalIdentityNumber, name, caseworkerId, null, null, null, null);
	}

	boolean isProtectedIdentity() {
		return Boolean.TRUE.equals(this.protectedIdentity);
	}

	@Override
	public String toString() {
		return "RegisterClient[caseworkerId=" + this.caseworkerId + "]";
	}

}
