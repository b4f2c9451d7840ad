package se.bostadsbryggan.allocation.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a year's agreement (samarbetsavtal) between the housing company and
 * social services.
 *
 * @param year the calendar year it governs
 * @param version 1 for the first, one more for each save
 * @param terms the terms
 * @param changedBy the username of the manager who saved it
 * @param changedByOrganisation {@code HOUSING} or {@code SOCIAL}
 * @param changedAt when it was saved
 */
public record Agreement(int year, int version, AgreementTerms terms, String changedBy, String changedByOrganisation,
		Instant changedAt) {

	/**
	 * The year's quota by the rule: for a share, <em>round half up</em> of share × the
	 * apartments re-let last year / 100 (62 at 10 % gives 6.2, so 6; 65 gives 6.5, so 7);
	 * for a fixed number, that number.
	 * @param quotaMode the rule
	 * @param quotaPercent the share, for {@link QuotaMode#SHARE}
	 * @param quotaFixed the number, for {@link QuotaMode#FIXED}
	 * @param apartmentsReLetLastYear the apartments re-let last year, or {@code null}
	 * when not known
	 * @return the quota, or {@code null} when a share's base is not known yet
	 */
	public static Integer quota(QuotaMode quotaMode, BigDecimal quotaPercent, Integer quotaFixed,
			Integer apartmentsReLetLastYear) {
		if (quotaMode == QuotaMode.FIXED) {
			return quotaFixed;
		}
		if (apartmentsReLetLastYear == null) {
			return null;
		}
		return BigDecimal.valueOf(apartmentsReLetLastYear)
			.multiply(quotaPercent)
			.divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
			.intValueExact();
	}

	/**
	 * @param apartmentsReLetLastYear the apartments re-let last year, or {@code null}
	 * @return this agreement's quota, see
	 * {@link #quota(QuotaMode, BigDecimal, Integer, Integer)}
	 */
	public Integer quota(Integer apartmentsReLetLastYear) {
		return quota(this.terms.quotaMode(), this.terms.quotaPercent(), this.terms.quotaFixed(),
				apartmentsReLetLastYear);
	}

	/**
	 * @param apartments the apartments of a property
	 * @return the most social contracts and guarantees the property may have: its share
	 * of the apartments, rounded down, but at least 1 (a small property is held by the
	 * stairwell limit instead)
	 */
	public int maxPerProperty(int apartments) {
		return Math.max(1, apartments * this.terms.maxPerPropertyPercent() / 100);
	}

	/**
	 * @param previous the version before, or {@code null}
	 * @return what changed since it: field name, old and new value
	 */
	public List<Change> changesSince(Agreement previous) {
		List<Change> changes = new ArrayList<>();
		Map<String, Object> now = this.terms.values();
		Map<String, Object> before = (previous != null) ? previous.terms.values() : Map.of();
		now.forEach((field, value) -> {
			Object old = before.get(field);
			if (previous == null ? value != null : !Objects.equals(String.valueOf(old), String.valueOf(value))) {
				changes.add(new Change(field, (old != null) ? old.toString() : null,
						(value != null) ? value.toString() : null));
			}
		});
		return changes;
	}

	/**
	 * A term that changed.
	 *
	 * @param field the term's field name
	 * @param from its value before, or {@code null}
	 * @param to its value after, or {@code null}
	 */
	public record Change(String field, String from, String to) {
	}

}
