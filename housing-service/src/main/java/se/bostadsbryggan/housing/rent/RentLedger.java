package se.bostadsbryggan.housing.rent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A lease's rent ledger on a given day: its charges, each with what has been paid of it,
 * and its payments. Payments are allocated in the order they were registered, each to the
 * oldest charge not yet fully paid; what is left over is credit for later charges. A
 * charge paid in full after its due date was paid late; a charge not paid in full after
 * its due date is in arrears.
 *
 * @param lines the charges, oldest first
 * @param payments the payments, in the order they were registered
 * @param charged the sum of all charges
 * @param paid the sum of all payments
 * @param balance what is owed ({@code charged - paid}; negative is credit)
 * @param arrears what is unpaid of charges past their due date
 * @param latePayments how many charges were paid in full after their due date
 */
public record RentLedger(List<Line> lines, List<RentPayment> payments, BigDecimal charged, BigDecimal paid,
		BigDecimal balance, BigDecimal arrears, int latePayments) {

	/**
	 * Computes a ledger.
	 * @param charges the lease's charges, in any order
	 * @param payments the lease's payments, in any order
	 * @param today the day to judge due dates by
	 * @return the ledger
	 */
	public static RentLedger of(List<RentCharge> charges, List<RentPayment> payments, LocalDate today) {
		List<RentCharge> byMonth = charges.stream().sorted(Comparator.comparing(RentCharge::month)).toList();
		List<RentPayment> inOrder = payments.stream().sorted(Comparator.comparingLong(RentPayment::seq)).toList();
		BigDecimal[] paidOf = new BigDecimal[byMonth.size()];
		LocalDate[] settledOn = new LocalDate[byMonth.size()];
		UUID[] settledBy = new UUID[byMonth.size()];
		java.util.Arrays.fill(paidOf, BigDecimal.ZERO);
		int open = 0;
		for (RentPayment payment : inOrder) {
			BigDecimal left = payment.amount();
			while (left.signum() > 0 && open < byMonth.size()) {
				BigDecimal missing = byMonth.get(open).amount().subtract(paidOf[open]);
				BigDecimal applied = left.min(missing);
				paidOf[open] = paidOf[open].add(applied);
				left = left.subtract(applied);
				if (paidOf[open].compareTo(byMonth.get(open).amount()) >= 0) {
					settledOn[open] = payment.paidDate();
					settledBy[open] = payment.id();
					open++;
				}
			}
		}
		List<Line> lines = new ArrayList<>();
		BigDecimal charged = BigDecimal.ZERO;
		BigDecimal arrears = BigDecimal.ZERO;
		int late = 0;
		for (int i = 0; i < byMonth.size(); i++) {
			RentCharge charge = byMonth.get(i);
			Status status;
			if (settledOn[i] != null) {
				status = settledOn[i].isAfter(charge.dueDate()) ? Status.PAID_LATE : Status.PAID;
			}
			else {
				status = charge.dueDate().isBefore(today) ? Status.OVERDUE : Status.NOT_DUE;
			}
			if (status == Status.PAID_LATE) {
				late++;
			}
			if (status == Status.OVERDUE) {
				arrears = arrears.add(charge.amount().subtract(paidOf[i]));
			}
			charged = charged.add(charge.amount());
			lines.add(new Line(charge, paidOf[i], settledOn[i], settledBy[i], status));
		}
		BigDecimal paid = inOrder.stream().map(RentPayment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new RentLedger(List.copyOf(lines), inOrder, charged, paid, charged.subtract(paid), arrears, late);
	}

	/**
	 * @param paymentId a payment
	 * @return the charges that payment paid in full
	 */
	public List<Line> settledBy(UUID paymentId) {
		return this.lines.stream().filter((line) -> paymentId.equals(line.settledBy())).toList();
	}

	/**
	 * @return the charges in arrears
	 */
	public List<Line> overdue() {
		return this.lines.stream().filter((line) -> line.status() == Status.OVERDUE).toList();
	}

	/**
	 * One charge and what has been paid of it.
	 *
	 * @param charge the charge
	 * @param paid what has been allocated to it
	 * @param settledOn the paid date of the payment that paid it in full, or {@code null}
	 * @param settledBy that payment, or {@code null}
	 * @param status its state on the ledger's day
	 */
	public record Line(RentCharge charge, BigDecimal paid, LocalDate settledOn, UUID settledBy, Status status) {

		/**
		 * @return what is still unpaid of the charge
		 */
		public BigDecimal remaining() {
			return this.charge.amount().subtract(this.paid);
		}

	}

	/** The state of a charge. */
	public enum Status {

		/** Paid in full on or before its due date. */
		PAID,

		/** Paid in full after its due date: a late payment. */
		PAID_LATE,

		/** Not paid in full and past its due date: arrears. */
		OVERDUE,

		/** Not paid in full and not yet due. */
		NOT_DUE

	}

}
