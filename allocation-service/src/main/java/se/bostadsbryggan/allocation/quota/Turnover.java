package se.bostadsbryggan.allocation.quota;

import java.time.Instant;

/**
 * The housing company's turnover of a year, its latest published figure.
 *
 * @param year the year
 * @param reLets leases started on an apartment whose earlier lease had ended
 * @param apartmentsReLet distinct apartments among them: the quota's base
 * @param apartments the apartments the housing company had
 * @param yearClosed whether the year was over when it was calculated
 * @param calculatedAt when housing-service published it
 */
public record Turnover(int year, int reLets, int apartmentsReLet, int apartments, boolean yearClosed,
		Instant calculatedAt) {
}
