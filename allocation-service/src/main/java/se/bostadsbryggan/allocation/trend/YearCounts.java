package se.bostadsbryggan.allocation.trend;

/**
 * The figures of a year that are kept per year: its placements, quota, turnover and
 * social contracts started.
 *
 * @param year the year
 * @param placements placements of the year's quota not refused
 * @param quota the year's quota with its exceptions, or {@code null} with none
 * @param reLets the year's re-lets from the housing company's turnover, or {@code null}
 * while not published
 * @param socialStarted social contracts that started in the year
 */
record YearCounts(int year, int placements, Integer quota, Integer reLets, int socialStarted) {
}
