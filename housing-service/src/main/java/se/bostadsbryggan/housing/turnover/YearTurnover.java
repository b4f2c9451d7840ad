package se.bostadsbryggan.housing.turnover;

import java.time.Instant;

/**
 * The turnover (omflyttning) of one calendar year, derived from the lease history.
 *
 * @param year the year
 * @param reLets leases that started in the year on an apartment whose earlier lease had
 * ended
 * @param apartmentsReLet distinct apartments among them
 * @param closed whether the year is over
 * @param lastPublishedAt when the figure of this year was last published, or {@code null}
 */
public record YearTurnover(int year, int reLets, int apartmentsReLet, boolean closed, Instant lastPublishedAt) {
}
