package se.bostadsbryggan.social.caseworker;

import java.util.UUID;

/**
 * A social services caseworker (or manager), as known from the gateway's token.
 *
 * @param id internal id
 * @param username the login name, unique
 * @param userId the gateway's user id, or {@code null} until the user has logged in
 * @param displayName the name shown in pages
 * @param unit the unit, e.g. {@code Vuxenenheten}, or {@code null}
 */
public record Caseworker(UUID id, String username, UUID userId, String displayName, String unit) {

}
