package se.bostadsbryggan.housing.rent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bostadsbryggan.housing.rent.RentLedger.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's arithmetic on a fixed day: allocation to the oldest open charge, late
 * payments, arrears and credit.
 */
class RentLedgerTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"),
			ZoneId.of("Europe/Stockholm"));

	private static final LocalDate TODAY = LocalDate.now(CLOCK);

	private static final UUID LEASE = UUID.randomUUID();

	private final List<RentPayment> payments = new ArrayList<>();

	@Test
	void rentFallsDueOnTheLastWeekdayBeforeTheMonth() {
		// 30 November 2026 is a Monday; 31 January 2026 a Saturday; 28 February 2026 a
		// Saturday; 31 May 2026 a Sunday.
		assertThat(DueDates.of(YearMonth.of(2026, 12))).isEqualTo("2026-11-30");
		assertThat(DueDates.of(YearMonth.of(2026, 2))).isEqualTo("2026-01-30");
		assertThat(DueDates.of(YearMonth.of(2026, 3))).isEqualTo("2026-02-27");
		assertThat(DueDates.of(YearMonth.of(2026, 6))).isEqualTo("2026-05-29");
	}

	@Test
	void aPaymentPaysTheOldestOpenChargeFirstAndTheRestIsCreditForTheNext() {
		List<RentCharge> charges = List.of(charge(2026, 11, "6450"), charge(2026, 9, "6450"), charge(2026, 10, "6450"));
		pay("8000", "2026-08-28");

		RentLedger ledger = RentLedger.of(charges, this.payments, TODAY);

		assertThat(ledger.lines()).extracting((line) -> line.charge().yearMonth().toString())
			.containsExactly("2026-09", "2026-10", "2026-11");
		assertThat(ledger.lines()).extracting(RentLedger.Line::paid)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("6450"), new BigDecimal("1550"), BigDecimal.ZERO);
		assertThat(ledger.lines().get(0).status()).isEqualTo(Status.PAID);
		assertThat(ledger.lines().get(0).settledOn()).isEqualTo("2026-08-28");
		assertThat(ledger.lines().get(1).status()).isEqualTo(Status.OVERDUE);
		assertThat(ledger.lines().get(1).remaining()).isEqualByComparingTo("4900");
		// October's rest and all of November's, due 30 October.
		assertThat(ledger.arrears()).isEqualByComparingTo("11350");
		assertThat(ledger.lines().get(2).status()).isEqualTo(Status.OVERDUE);
	}

	@Test
	void arrearsAreWhatIsUnpaidOfChargesPastTheirDueDateAndNotWhatIsNotYetDue() {
		List<RentCharge> charges = List.of(charge(2026, 10, "5000"), charge(2026, 11, "5000"),
				charge(2026, 12, "5000"));
		pay("5000", "2026-09-30");
		pay("2000", "2026-10-30");

		RentLedger ledger = RentLedger.of(charges, this.payments, TODAY);

		assertThat(ledger.lines()).extracting(RentLedger.Line::status)
			.containsExactly(Status.PAID, Status.OVERDUE, Status.NOT_DUE);
		assertThat(ledger.arrears()).isEqualByComparingTo("3000");
		assertThat(ledger.charged()).isEqualByComparingTo("15000");
		assertThat(ledger.paid()).isEqualByComparingTo("7000");
		assertThat(ledger.balance()).isEqualByComparingTo("8000");
		assertThat(ledger.latePayments()).isZero();
	}

	@Test
	void aChargePaidInFullAfterItsDueDateIsALatePaymentDatedByThePaymentThatCompletedIt() {
		List<RentCharge> charges = List.of(charge(2026, 10, "5000"), charge(2026, 11, "5000"));
		UUID first = pay("3000", "2026-09-30");
		UUID second = pay("2000", "2026-10-05");
		UUID third = pay("5000", "2026-10-30");

		RentLedger ledger = RentLedger.of(charges, this.payments, TODAY);

		assertThat(ledger.lines().get(0).status()).isEqualTo(Status.PAID_LATE);
		assertThat(ledger.lines().get(0).settledOn()).isEqualTo("2026-10-05");
		assertThat(ledger.lines().get(1).status()).isEqualTo(Status.PAID);
		assertThat(ledger.settledBy(first)).isEmpty();
		assertThat(ledger.settledBy(second)).extracting((line) -> line.charge().yearMonth())
			.containsExactly(YearMonth.of(2026, 10));
		assertThat(ledger.settledBy(third)).extracting((line) -> line.charge().yearMonth())
			.containsExactly(YearMonth.of(2026, 11));
		assertThat(ledger.latePayments()).isEqualTo(1);
		assertThat(ledger.arrears()).isZero();
		assertThat(ledger.balance()).isZero();
	}

	@Test
	void paymentsAreAllocatedInTheOrderTheyWereRegisteredNotByTheirPaidDate() {
		List<RentCharge> charges = List.of(charge(2026, 10, "5000"), charge(2026, 11, "5000"));
		pay("5000", "2026-10-30");
		UUID backdated = pay("5000", "2026-09-01");

		RentLedger ledger = RentLedger.of(charges, this.payments, TODAY);

		assertThat(ledger.settledBy(backdated)).extracting((line) -> line.charge().yearMonth())
			.containsExactly(YearMonth.of(2026, 11));
		assertThat(ledger.lines().get(0).status()).isEqualTo(Status.PAID_LATE);
	}

	@Test
	void aPaymentOnTheDueDateItselfIsOnTimeAndOverpaymentIsCredit() {
		List<RentCharge> charges = List.of(charge(2026, 12, "4321.50"));
		pay("5000", "2026-11-30");

		RentLedger ledger = RentLedger.of(charges, this.payments, LocalDate.of(2026, 12, 15));

		assertThat(ledger.lines().get(0).status()).isEqualTo(Status.PAID);
		assertThat(ledger.balance()).isEqualByComparingTo("-678.50");
		assertThat(ledger.arrears()).isZero();
	}

	private static RentCharge charge(int year, int month, String amount) {
		YearMonth yearMonth = YearMonth.of(year, month);
		return new RentCharge(UUID.randomUUID(), LEASE, yearMonth.atDay(1), DueDates.of(yearMonth),
				new BigDecimal(amount));
	}

	private UUID pay(String amount, String paidDate) {
		UUID id = UUID.randomUUID();
		this.payments.add(new RentPayment(id, this.payments.size() + 1, LEASE, new BigDecimal(amount),
				LocalDate.parse(paidDate), null, "MANUAL", CLOCK.instant()));
		return id;
	}

}
