package se.bostadsbryggan.housing.lease;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/**
 * End a lease.
 *
 * @param endDate the lease's last day
 * @param noticeDate the day notice was given, optional
 */
public record EndLease(@NotNull(message = "{lease.endDate.required}") LocalDate endDate, LocalDate noticeDate) {
}
