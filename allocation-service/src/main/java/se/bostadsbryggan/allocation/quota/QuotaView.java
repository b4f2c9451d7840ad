package se.bostadsbryggan.allocation.quota;

import java.util.List;

import se.bostadsbryggan.allocation.agreement.Agreement;

/**
 * A year's quota as the page and API show it.
 *
 * @param year the year
 * @param agreement the agreement in force, or {@code null} while the year has none
 * @param lastYear last year's turnover, or {@code null} while not published
 * @param byRule the quota by the agreement's rule, or {@code null} while it cannot be set
 * @param exceptions the extra slots granted
 * @param extraSlots their sum
 * @param total the rule's quota plus the extra slots, or {@code null} with no rule quota
 * @param placed placements this year
 * @param offered open offers this year
 * @param left slots left, or {@code null} with no quota
 * @param months per month of the year
 * @param fairness last year's and this year's social contracts against the re-lets
 */
public record QuotaView(int year, Agreement agreement, Turnover lastYear, Integer byRule,
		List<QuotaException> exceptions, int extraSlots, Integer total, int placed, int offered, Integer left,
		List<Month> months, List<Fairness> fairness) {

	/**
	 * One month of the year.
	 *
	 * @param month 1 to 12
	 * @param placed placements made in it
	 * @param offered offers made in it (open or not)
	 */
	public record Month(int month, int placed, int offered) {
	}

	/**
	 * How one year's re-lets went: what share became social contracts, against the quota.
	 *
	 * @param year the year
	 * @param turnover its turnover, or {@code null} while not published
	 * @param socialContracts social contracts that started in it
	 * @param sharePercent their share of the re-lets in percent (one decimal), or
	 * {@code null}
	 * @param quota the year's quota by the rule, or {@code null}
	 */
	public record Fairness(int year, Turnover turnover, int socialContracts, java.math.BigDecimal sharePercent,
			Integer quota) {

		/**
		 * The share of a year's re-lets that went to social contracts, as the quota page
		 * and the trend page show it.
		 * @param socialContracts social contracts that started in the year
		 * @param reLets the year's re-lets, or {@code null} while not published
		 * @return the share in percent with one decimal (half up), or {@code null} with
		 * no re-lets to count from
		 */
		public static java.math.BigDecimal sharePercent(int socialContracts, Integer reLets) {
			if (reLets == null || reLets <= 0) {
				return null;
			}
			return java.math.BigDecimal.valueOf(socialContracts * 100L)
				.divide(java.math.BigDecimal.valueOf(reLets), 1, java.math.RoundingMode.HALF_UP);
		}

	}

}
