package se.bostadsbryggan.allocation.trend;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One year's figures on the trend page, in the CSV and in the API.
 *
 * @param year the year
 * @param referenceDay the day the running contracts are counted on: 31 December, or today
 * in the current year
 * @param socialActive social contracts running on the reference day
 * @param guaranteesActive guarantees running on the reference day and not released by
 * then
 * @param placements placements of the year's quota not refused
 * @param quota the year's quota with its exceptions, or {@code null} with none
 * @param quotaUsedPercent placements against the quota in percent (one decimal), or
 * {@code null} without a quota
 * @param takeovers contracts taken over to an own contract in the year
 * @param guaranteesReleased guarantees released in the year
 * @param medianMonthsToOwnContract the median time from the start of the contract to the
 * own contract of the year's takeovers, in months (one decimal), or {@code null} with
 * none
 * @param reLets the year's re-lets, or {@code null} while not published
 * @param socialStarted social contracts that started in the year
 * @param reLetSharePercent their share of the re-lets in percent (one decimal), or
 * {@code null}
 */
public record TrendYear(int year, LocalDate referenceDay, int socialActive, int guaranteesActive, int placements,
		Integer quota, BigDecimal quotaUsedPercent, int takeovers, int guaranteesReleased,
		BigDecimal medianMonthsToOwnContract, Integer reLets, int socialStarted, BigDecimal reLetSharePercent) {
}
