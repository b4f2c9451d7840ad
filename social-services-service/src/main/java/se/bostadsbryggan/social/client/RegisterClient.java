package se.bostadsbryggan.social.client;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Register a client. A caseworker registers a client for themselves; a manager names the
 * responsible caseworker, one of their unit.
 *
 * @param personalIdentityNumber personnummer or samordningsnummer, 10 or 12 digits, with
 * or without {@code -} or {@code +}
 * @param name the client's name
 * @param caseworkerId the responsible caseworker (managers only; a caseworker's own
 * registration ignores it)
 */
public record RegisterClient(@NotBlank(
		message = "{client.personalIdentityNumber.required}") @ValidPersonalIdentityNumber String personalIdentityNumber,
		@NotBlank(message = "{client.name.required}") @Size(max = 200, message = "{client.name.size}") String name,
		UUID caseworkerId) {

	@Override
	public String toString() {
		return "RegisterClient[caseworkerId=" + this.caseworkerId + "]";
	}

}
