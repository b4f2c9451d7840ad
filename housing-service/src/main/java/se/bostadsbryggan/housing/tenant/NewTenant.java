package se.bostadsbryggan.housing.tenant;

/**
 * A tenant as a lease names them: registered, or updated when the personal identity
 * number is known already.
 *
 * @param name full name
 * @param personalIdentityNumber a valid personal identity number in any accepted form
 * @param phone phone number, optional
 * @param email e-mail address, optional
 */
public record NewTenant(String name, String personalIdentityNumber, String phone, String email) {
}
