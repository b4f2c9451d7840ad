package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;
import java.util.List;

/**
 * A contract's takeover criteria judged on one day.
 *
 * @param on the day
 * @param criteria each criterion, in {@link Criterion} order
 * @param transferable whether every criterion is met
 * @param expectedOn when not transferable: the day it is expected to become so if nothing
 * goes wrong, or {@code null} when that depends on something nobody can foresee (a new
 * readiness assessment, a late month paid); when transferable: the day it became so
 */
public record Evaluation(LocalDate on, List<CriterionResult> criteria, boolean transferable, LocalDate expectedOn) {

	public Evaluation {
		criteria = List.copyOf(criteria);
	}

	/**
	 * @param criterion a criterion
	 * @return how it stands
	 */
	public CriterionResult result(Criterion criterion) {
		return this.criteria.stream().filter((r) -> r.criterion() == criterion).findFirst().orElseThrow();
	}

}
