package se.bostadsbryggan.housing.takeover;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * The housing manager approves a takeover.
 *
 * @param takeoverDate the first day of the own contract
 */
record ApproveTakeoverForm(@NotNull(message = "{takeover.date.required}") LocalDate takeoverDate) {
}
