package se.bostadsbryggan.social.client;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * Closing a client's case: the client has moved on (an own contract, moved away, no more
 * need). The day may not be after today.
 *
 * @param closedOn the day the case closed
 */
public record CloseCase(@NotNull(message = "{client.case.closedOn.required}") LocalDate closedOn) {

}
