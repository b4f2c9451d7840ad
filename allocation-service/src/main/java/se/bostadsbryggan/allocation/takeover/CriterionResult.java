package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;

/**
 * How one criterion stands on a day.
 *
 * @param criterion the criterion
 * @param met whether it is met that day
 * @param since the day from which the fact counts: the contract's start, the first due
 * day of the current run of on-time payments, the day after the last verified disturbance
 * (the contract's start if none), the day of the assessment; {@code null} if nothing
 * counts yet
 * @param metOn the day it was or will be met, if that can be known; for readiness, the
 * assessment's day when it judged the client ready
 * @param monthsLeft whole months still missing (0 when met, and always 0 for readiness)
 * @param validUntil the last day it stays met without anything happening (readiness only:
 * the assessment ages), else {@code null}
 */
public record CriterionResult(Criterion criterion, boolean met, LocalDate since, LocalDate metOn, int monthsLeft,
		LocalDate validUntil) {

}
