package se.bostadsbryggan.allocation.notification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The settings page's form: an empty address means no mail.
 *
 * @param email the address
 * @param delivery immediate mail or a daily digest
 */
record SettingsForm(@Email(message = "{settings.email.invalid}") @Size(max = 254) String email,
		@NotNull(message = "{settings.delivery.required}") Delivery delivery) {

}
