package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The message keys and arguments that explain a contract: its status line, and each
 * criterion, what is met, since when and what is missing. The words are in the message
 * bundles; this only chooses which sentence fits.
 */
final class ContractTexts {

	private ContractTexts() {
	}

	/**
	 * A sentence of the message bundle with its arguments.
	 *
	 * @param key the message key
	 * @param args its arguments (days as ISO dates, the Swedish format)
	 */
	record Text(String key, Object[] args) {

		static Text of(String key, Object... args) {
			Object[] values = new Object[args.length];
			for (int i = 0; i < args.length; i++) {
				values[i] = (args[i] instanceof LocalDate day) ? day.toString() : args[i];
			}
			return new Text(key, values);
		}

	}

	/**
	 * One criterion as the status page shows it.
	 *
	 * @param name what the criterion asks
	 * @param met whether it is met
	 * @param explanation what is met, since when, and what is missing
	 */
	record Line(Text name, boolean met, Text explanation) {
	}

	static Text status(Contract contract, LocalDate today) {
		ContractStatus status = contract.status(today);
		LocalDate day = contract.statusDay(today);
		if (status == ContractStatus.LASTING && day == null) {
			return Text.of("contract.status.LASTING.noReview");
		}
		if (status == ContractStatus.TRANSFERABLE && "GUARANTEED".equals(contract.leaseType())) {
			return Text.of("contract.status.TRANSFERABLE.GUARANTEED", day);
		}
		return Text.of("contract.status." + status, day);
	}

	static List<Line> criteria(TakeoverCriteria criteria, Evaluation evaluation) {
		List<Line> lines = new ArrayList<>();
		for (CriterionResult r : evaluation.criteria()) {
			lines.add(switch (r.criterion()) {
				case CONTRACT_AGE -> new Line(Text.of("criterion.CONTRACT_AGE", criteria.contractMonths()), r.met(),
						r.met() ? Text.of("criterion.age.met", r.since(), r.metOn())
								: Text.of("criterion.age.missing", r.since(), r.monthsLeft(), r.metOn()));
				case RENT_ON_TIME ->
					new Line(Text.of("criterion.RENT_ON_TIME", criteria.onTimeRentMonths(), criteria.graceDays()),
							r.met(), rent(r));
				case NO_VERIFIED_DISTURBANCE ->
					new Line(Text.of("criterion.NO_VERIFIED_DISTURBANCE", criteria.disturbanceFreeMonths()), r.met(),
							r.met() ? Text.of("criterion.disturbance.met", r.since())
									: Text.of("criterion.disturbance.missing", r.since(), r.metOn()));
				case READINESS ->
					new Line(Text.of("criterion.READINESS", criteria.readinessMaxAgeMonths()), r.met(), readiness(r));
			});
		}
		return lines;
	}

	static Text expected(Evaluation evaluation) {
		if (evaluation.transferable()) {
			return Text.of("contract.transferableSince", evaluation.expectedOn());
		}
		return (evaluation.expectedOn() != null) ? Text.of("contract.expectedOn", evaluation.expectedOn())
				: Text.of("contract.expectedUnknown");
	}

	private static Text rent(CriterionResult r) {
		if (r.met()) {
			return Text.of("criterion.rent.met", r.since());
		}
		if (r.since() != null) {
			return Text.of("criterion.rent.missing", r.since(), r.monthsLeft());
		}
		return Text.of("criterion.rent.none", r.monthsLeft());
	}

	private static Text readiness(CriterionResult r) {
		if (r.met()) {
			return Text.of("criterion.readiness.met", r.metOn(), r.validUntil());
		}
		if (r.since() == null) {
			return Text.of("criterion.readiness.none");
		}
		if (r.metOn() == null) {
			return Text.of("criterion.readiness.notReady", r.since());
		}
		return Text.of("criterion.readiness.expired", r.metOn(), r.validUntil());
	}

}
