package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import se.bostadsbryggan.allocation.takeover.ContractFacts.Readiness;
import se.bostadsbryggan.allocation.takeover.ContractFacts.RentMonth;

/**
 * Judges whether a contract is transferable to an own contract on a day, criterion by
 * criterion, and when it is expected to become so. Pure: the same facts, criteria and day
 * always give the same answer, so the daily evaluation and the one on each event agree.
 * <ul>
 * <li><b>Contract age</b>: met from the start day plus the months.</li>
 * <li><b>Rent on time</b>: a month is on time when paid at most the grace days after its
 * due day; late when paid later, or still unpaid once the grace days have passed; a month
 * still within its grace days neither counts nor breaks the run. Met when the run of
 * on-time months since the last late one is long enough, from the day the last month
 * needed was paid.</li>
 * <li><b>No verified disturbance</b>: met when the last verified disturbance is at least
 * the months old (at once when there is none); dismissed ones never reach here.</li>
 * <li><b>Readiness</b>: met while the latest assessment judged the client ready and is at
 * most the months old.</li>
 * </ul>
 */
public final class TakeoverRules {

	private TakeoverRules() {
	}

	/**
	 * @param facts the contract's facts
	 * @param criteria the agreement's criteria
	 * @param today the day to judge
	 * @return the evaluation
	 */
	public static Evaluation evaluate(ContractFacts facts, TakeoverCriteria criteria, LocalDate today) {
		List<CriterionResult> results = List.of(contractAge(facts, criteria, today), rentOnTime(facts, criteria, today),
				noVerifiedDisturbance(facts, criteria, today), readiness(facts, criteria, today));
		boolean transferable = results.stream().allMatch(CriterionResult::met);
		return new Evaluation(today, results, transferable, expectedOn(results, transferable));
	}

	private static CriterionResult contractAge(ContractFacts facts, TakeoverCriteria criteria, LocalDate today) {
		LocalDate metOn = facts.startDate().plusMonths(criteria.contractMonths());
		boolean met = !today.isBefore(metOn);
		return new CriterionResult(Criterion.CONTRACT_AGE, met, facts.startDate(), metOn,
				met ? 0 : monthsUntil(today, metOn), null);
	}

	private static CriterionResult rentOnTime(ContractFacts facts, TakeoverCriteria criteria, LocalDate today) {
		int needed = criteria.onTimeRentMonths();
		List<RentMonth> due = facts.rent()
			.stream()
			.filter((month) -> !month.dueDate().isAfter(today))
			.sorted(Comparator.comparing(RentMonth::dueDate))
			.toList();
		List<RentMonth> run = new ArrayList<>();
		RentMonth lastLate = null;
		for (RentMonth month : due) {
			LocalDate lastOnTimeDay = month.dueDate().plusDays(criteria.graceDays());
			if (month.paidDate() != null && !month.paidDate().isAfter(lastOnTimeDay)) {
				run.add(month);
			}
			else if (month.paidDate() != null || today.isAfter(lastOnTimeDay)) {
				lastLate = month;
				run.clear();
			}
		}
		LocalDate since = run.isEmpty() ? null : run.getFirst().dueDate();
		if (needed == 0) {
			return new CriterionResult(Criterion.RENT_ON_TIME, true, since, facts.startDate(), 0, null);
		}
		if (run.size() >= needed) {
			return new CriterionResult(Criterion.RENT_ON_TIME, true, since, run.get(needed - 1).paidDate(), 0, null);
		}
		int monthsLeft = needed - run.size();
		LocalDate metOn;
		if (!run.isEmpty()) {
			metOn = run.getLast().dueDate().plusMonths(monthsLeft);
		}
		else if (lastLate != null) {
			metOn = lastLate.dueDate().plusMonths(needed);
		}
		else {
			metOn = facts.startDate().plusMonths(needed);
		}
		return new CriterionResult(Criterion.RENT_ON_TIME, false, since, metOn, monthsLeft, null);
	}

	private static CriterionResult noVerifiedDisturbance(ContractFacts facts, TakeoverCriteria criteria,
			LocalDate today) {
		LocalDate last = facts.verifiedDisturbances()
			.stream()
			.filter((day) -> !day.isAfter(today))
			.max(Comparator.naturalOrder())
			.orElse(null);
		if (last == null) {
			return new CriterionResult(Criterion.NO_VERIFIED_DISTURBANCE, true, facts.startDate(), facts.startDate(), 0,
					null);
		}
		LocalDate metOn = last.plusMonths(criteria.disturbanceFreeMonths());
		boolean met = !today.isBefore(metOn);
		return new CriterionResult(Criterion.NO_VERIFIED_DISTURBANCE, met, last.plusDays(1), metOn,
				met ? 0 : monthsUntil(today, metOn), null);
	}

	private static CriterionResult readiness(ContractFacts facts, TakeoverCriteria criteria, LocalDate today) {
		Readiness readiness = facts.readiness();
		if (readiness == null || readiness.assessedOn().isAfter(today)) {
			return new CriterionResult(Criterion.READINESS, false, null, null, 0, null);
		}
		if (!readiness.ready()) {
			return new CriterionResult(Criterion.READINESS, false, readiness.assessedOn(), null, 0, null);
		}
		LocalDate validUntil = readiness.assessedOn().plusMonths(criteria.readinessMaxAgeMonths());
		boolean met = !today.isAfter(validUntil);
		return new CriterionResult(Criterion.READINESS, met, readiness.assessedOn(), readiness.assessedOn(), 0,
				validUntil);
	}

	private static LocalDate expectedOn(List<CriterionResult> results, boolean transferable) {
		if (results.stream().map(CriterionResult::metOn).anyMatch(Objects::isNull)) {
			return null;
		}
		LocalDate latest = results.stream().map(CriterionResult::metOn).max(Comparator.naturalOrder()).orElseThrow();
		if (transferable) {
			return latest;
		}
		CriterionResult readiness = results.stream()
			.filter((r) -> r.criterion() == Criterion.READINESS)
			.findFirst()
			.orElseThrow();
		// Expired or due to expire before the rest is met: a new assessment is needed
		// first.
		if (!readiness.met() || latest.isAfter(readiness.validUntil())) {
			return null;
		}
		return latest;
	}

	private static int monthsUntil(LocalDate today, LocalDate day) {
		long months = ChronoUnit.MONTHS.between(today, day);
		return (int) (today.plusMonths(months).isBefore(day) ? months + 1 : months);
	}

}
