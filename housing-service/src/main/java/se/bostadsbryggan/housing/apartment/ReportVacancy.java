package se.bostadsbryggan.housing.apartment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * Report an apartment vacant for re-letting.
 *
 * @param availableFrom the first day it can be let
 */
public record ReportVacancy(@NotNull(message = "{apartment.availableFrom.required}") LocalDate availableFrom) {
}
