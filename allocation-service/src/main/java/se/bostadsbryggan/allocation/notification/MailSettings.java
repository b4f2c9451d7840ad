package se.bostadsbryggan.allocation.notification;

/**
 * A user's notification e-mail settings.
 *
 * @param username the login name
 * @param organisation {@code HOUSING} or {@code SOCIAL}, from the login
 * @param email the address, or {@code null} for no mail
 * @param delivery immediate mail or a daily digest
 */
record MailSettings(String username, String organisation, String email, Delivery delivery) {

}
