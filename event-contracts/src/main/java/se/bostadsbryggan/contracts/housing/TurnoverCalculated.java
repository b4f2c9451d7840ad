package se.bostadsbryggan.contracts.housing;

/**
 * The housing company's turnover (omflyttning) of one calendar year, derived from its
 * lease history: the base of the yearly quota of social contracts. Published when a year
 * closes and on demand; a later figure for the same year replaces an earlier one.
 *
 * @param year the calendar year (the Kafka key)
 * @param reLets leases that started in the year on an apartment whose earlier lease had
 * ended
 * @param apartmentsReLet distinct apartments among those re-lets
 * @param apartments the apartments the housing company has when the figure is calculated
 * @param yearClosed whether the year was over when the figure was calculated
 */
public record TurnoverCalculated(int year, int reLets, int apartmentsReLet, int apartments, boolean yearClosed) {
}
