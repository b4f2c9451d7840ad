package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.allocation.takeover.ContractFacts.Readiness;
import se.bostadsbryggan.allocation.takeover.ContractFacts.RentMonth;

import static org.assertj.core.api.Assertions.assertThat;

class TakeoverRulesTest {

	private static final LocalDate START = LocalDate.of(2025, 12, 1);

	private static final TakeoverCriteria CRITERIA = TakeoverCriteria.DEFAULTS;

	@Test
	void aContractTurnsTransferableTheDayItReachesTwelveMonthsWithNoEventThatDay() {
		ContractFacts facts = contract().paidOnTimeThrough(YearMonth.of(2026, 11))
			.readyOn(LocalDate.of(2026, 9, 15))
			.facts();

		Evaluation dayBefore = TakeoverRules.evaluate(facts, CRITERIA, LocalDate.of(2026, 11, 30));
		Evaluation anniversary = TakeoverRules.evaluate(facts, CRITERIA, LocalDate.of(2026, 12, 1));

		assertThat(dayBefore.transferable()).isFalse();
		assertThat(dayBefore.result(Criterion.CONTRACT_AGE).met()).isFalse();
		assertThat(dayBefore.result(Criterion.CONTRACT_AGE).monthsLeft()).isEqualTo(1);
		assertThat(dayBefore.expectedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(anniversary.transferable()).isTrue();
		assertThat(anniversary.expectedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void aLatePaymentMakesItNonTransferableAndTheRunStartsAgainAfterIt() {
		ContractFacts facts = contract().paidOnTimeThrough(YearMonth.of(2026, 11))
			.paidLate(YearMonth.of(2026, 12), LocalDate.of(2026, 12, 12))
			.readyOn(LocalDate.of(2026, 9, 15))
			.facts();

		Evaluation evaluation = TakeoverRules.evaluate(facts, CRITERIA, LocalDate.of(2026, 12, 15));

		assertThat(evaluation.transferable()).isFalse();
		CriterionResult rent = evaluation.result(Criterion.RENT_ON_TIME);
		assertThat(rent.met()).isFalse();
		assertThat(rent.since()).isNull();
		assertThat(rent.monthsLeft()).isEqualTo(12);
		assertThat(rent.metOn()).isEqualTo(LocalDate.of(2027, 11, 30));
		assertThat(evaluation.expectedOn()).isNull();
	}

	@Test
	void aPaymentWithinTheGraceDaysIsOnTimeAndAnUnpaidMonthIsLateOnlyAfterThem() {
		ContractBuilder builder = contract().paidOnTimeThrough(YearMonth.of(2026, 10))
			.paidLate(YearMonth.of(2026, 11), LocalDate.of(2026, 11, 4))
			.readyOn(LocalDate.of(2026, 9, 15));
		ContractFacts withinGrace = builder.facts();
		ContractFacts unpaid = builder.unpaid(YearMonth.of(2026, 12)).facts();

		assertThat(TakeoverRules.evaluate(withinGrace, CRITERIA, LocalDate.of(2026, 12, 1)).transferable()).isTrue();
		assertThat(TakeoverRules.evaluate(unpaid, CRITERIA, LocalDate.of(2026, 12, 4)).transferable())
			.as("unpaid, three days after the due day")
			.isTrue();
		assertThat(TakeoverRules.evaluate(unpaid, CRITERIA, LocalDate.of(2026, 12, 6)).transferable())
			.as("unpaid, six days after the due day")
			.isFalse();
	}

	@Test
	void explainsSinceWhenTheRentWasPaidOnTimeAndHowManyMonthsAreLeft() {
		ContractFacts facts = contract().paidLate(YearMonth.of(2026, 2), LocalDate.of(2026, 2, 20))
			.paidOnTimeThrough(YearMonth.of(2026, 11))
			.readyOn(LocalDate.of(2026, 9, 15))
			.facts();

		CriterionResult rent = TakeoverRules.evaluate(facts, CRITERIA, LocalDate.of(2026, 11, 5))
			.result(Criterion.RENT_ON_TIME);

		assertThat(rent.met()).isFalse();
		assertThat(rent.since()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(rent.monthsLeft()).isEqualTo(3);
		assertThat(rent.metOn()).isEqualTo(LocalDate.of(2027, 1, 31));
	}

	@Test
	void aVerifiedDisturbanceBlocksForTwelveMonthsFromTheDayItHappened() {
		ContractFacts facts = contract().paidOnTimeThrough(YearMonth.of(2026, 11))
			.readyOn(LocalDate.of(2026, 9, 15))
			.disturbanceOn(LocalDate.of(2026, 3, 10))
			.facts();

		Evaluation evaluation = TakeoverRules.evaluate(facts, CRITERIA, LocalDate.of(2026, 12, 1));

		CriterionResult disturbance = evaluation.result(Criterion.NO_VERIFIED_DISTURBANCE);
		assertThat(evaluation.transferable()).isFalse();
		assertThat(disturbance.met()).isFalse();
		assertThat(disturbance.since()).isEqualTo(LocalDate.of(2026, 3, 11));
		assertThat(disturbance.metOn()).isEqualTo(LocalDate.of(2027, 3, 10));
		assertThat(disturbance.monthsLeft()).isEqualTo(4);
		assertThat(evaluation.expectedOn()).as("the assessment is still recent enough then")
			.isEqualTo(LocalDate.of(2027, 3, 10));
		ContractFacts olderAssessment = contract().paidOnTimeThrough(YearMonth.of(2026, 11))
			.readyOn(LocalDate.of(2026, 8, 1))
			.disturbanceOn(LocalDate.of(2026, 3, 10))
			.facts();
		assertThat(TakeoverRules.evaluate(olderAssessment, CRITERIA, LocalDate.of(2026, 12, 1)).expectedOn())
			.as("the assessment is too old by then: a new one is needed first")
			.isNull();
		assertThat(TakeoverRules.evaluate(facts, CRITERIA, LocalDate.of(2027, 3, 10))
			.result(Criterion.NO_VERIFIED_DISTURBANCE)
			.met()).isTrue();
	}

	@Test
	void aReadinessAssessmentCountsOnlyWhenReadyAndAtMostSixMonthsOld() {
		ContractBuilder builder = contract().paidOnTimeThrough(YearMonth.of(2027, 5));
		LocalDate today = LocalDate.of(2027, 3, 15);

		assertThat(TakeoverRules.evaluate(builder.facts(), CRITERIA, today).result(Criterion.READINESS).met())
			.isFalse();
		assertThat(TakeoverRules.evaluate(builder.notYetOn(LocalDate.of(2027, 3, 1)).facts(), CRITERIA, today)
			.result(Criterion.READINESS)
			.met()).isFalse();
		CriterionResult ready = TakeoverRules
			.evaluate(builder.readyOn(LocalDate.of(2026, 9, 15)).facts(), CRITERIA, today)
			.result(Criterion.READINESS);
		assertThat(ready.met()).isTrue();
		assertThat(ready.validUntil()).isEqualTo(LocalDate.of(2027, 3, 15));
		assertThat(TakeoverRules.evaluate(builder.facts(), CRITERIA, today.plusDays(1)).transferable()).isFalse();
	}

	@Test
	void expectsTheDayTheLastCriterionIsMetWhenNothingGoesWrong() {
		ContractFacts facts = contract().paidOnTimeThrough(YearMonth.of(2026, 11))
			.readyOn(LocalDate.of(2026, 10, 1))
			.facts();

		Evaluation evaluation = TakeoverRules.evaluate(facts, CRITERIA, LocalDate.of(2026, 11, 5));

		assertThat(evaluation.transferable()).isFalse();
		assertThat(evaluation.expectedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	private static ContractBuilder contract() {
		return new ContractBuilder();
	}

	/**
	 * A social contract from {@link #START} whose rent is due the last day of the month
	 * before.
	 */
	private static final class ContractBuilder {

		private final List<RentMonth> rent = new ArrayList<>();

		private final List<LocalDate> disturbances = new ArrayList<>();

		private Readiness readiness;

		ContractBuilder paidOnTimeThrough(YearMonth last) {
			YearMonth month = this.rent.isEmpty() ? YearMonth.from(START) : this.rent.getLast().month().plusMonths(1);
			for (; !month.isAfter(last); month = month.plusMonths(1)) {
				LocalDate due = dueDate(month);
				this.rent.add(new RentMonth(month, due, due.minusDays(2)));
			}
			return this;
		}

		ContractBuilder paidLate(YearMonth month, LocalDate paid) {
			if (this.rent.isEmpty()) {
				for (YearMonth m = YearMonth.from(START); m.isBefore(month); m = m.plusMonths(1)) {
					this.rent.add(new RentMonth(m, dueDate(m), dueDate(m)));
				}
			}
			this.rent.add(new RentMonth(month, dueDate(month), paid));
			return this;
		}

		ContractBuilder unpaid(YearMonth month) {
			this.rent.add(new RentMonth(month, dueDate(month), null));
			return this;
		}

		ContractBuilder disturbanceOn(LocalDate day) {
			this.disturbances.add(day);
			return this;
		}

		ContractBuilder readyOn(LocalDate day) {
			this.readiness = new Readiness(true, day);
			return this;
		}

		ContractBuilder notYetOn(LocalDate day) {
			this.readiness = new Readiness(false, day);
			return this;
		}

		ContractFacts facts() {
			return new ContractFacts(START, this.rent, this.disturbances, this.readiness);
		}

		private static LocalDate dueDate(YearMonth month) {
			return month.minusMonths(1).atEndOfMonth();
		}

	}

}
