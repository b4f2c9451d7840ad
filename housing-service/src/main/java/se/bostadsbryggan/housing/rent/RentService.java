package se.bostadsbryggan.housing.rent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.housing.RentOverdue;
import se.bostadsbryggan.contracts.housing.RentPaymentRecorded;
import se.bostadsbryggan.housing.apartment.ApartmentService;
import se.bostadsbryggan.housing.lease.Lease;
import se.bostadsbryggan.housing.lease.LeaseService;
import se.bostadsbryggan.housing.lease.LeaseType;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.web.ProblemException;

/**
 * The rent ledger: generates each lease's monthly charges, registers payments and tells
 * social services, for social contracts and guaranteed leases only, whether each month's
 * rent was paid on time and when it is overdue. An ordinary tenant's payments never leave
 * the housing company.
 */
@Service
public class RentService {

	private static final Logger log = LoggerFactory.getLogger(RentService.class);

	/** The lease types whose conduct social services follow. */
	private static final Set<LeaseType> FOLLOWED = Set.of(LeaseType.SOCIAL, LeaseType.GUARANTEED);

	private final RentRepository rent;

	private final LeaseService leases;

	private final ApartmentService apartments;

	private final Outbox outbox;

	private final Clock clock;

	private final RentProperties properties;

	RentService(RentRepository rent, LeaseService leases, ApartmentService apartments, Outbox outbox, Clock clock,
			RentProperties properties) {
		this.rent = rent;
		this.leases = leases;
		this.apartments = apartments;
		this.outbox = outbox;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Charges every lease for each month it runs, through next month. Idempotent.
	 * @return how many new charges there are
	 */
	@Transactional
	public int generateCharges() {
		int created = this.rent.generateCharges(this.properties.ledgerStart().atDay(1), nextMonth(),
				this.clock.instant());
		if (created > 0) {
			log.info("Generated {} rent charges", created);
		}
		return created;
	}

	/**
	 * A lease's ledger today, its charges generated first.
	 * @param leaseId the lease
	 * @return the ledger
	 * @throws ProblemException 404 for an unknown lease
	 */
	@Transactional
	public RentLedger ledger(UUID leaseId) {
		Lease lease = this.leases.lease(leaseId);
		generateCharges(lease);
		return currentLedger(lease.id());
	}

	/**
	 * Registers a payment by hand; it pays the oldest open charge first.
	 * @param leaseId the lease
	 * @param command the payment
	 * @return the ledger afterwards
	 * @throws ProblemException 404 for an unknown lease, 409 if the reference was
	 * registered already, 400 for a paid date in the future
	 */
	@Transactional
	public RentLedger record(UUID leaseId, RecordPayment command) {
		Lease lease = lock(leaseId);
		LocalDate today = LocalDate.now(this.clock);
		if (command.paidDate().isAfter(today)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "payment-in-future", today);
		}
		if (command.reference() != null && this.rent.referenceExists(command.reference())) {
			throw ProblemException.conflict("payment-reference-taken", command.reference());
		}
		return insert(lease, new RentRepository.NewPayment(UUID.randomUUID(), lease.id(), command.amount(),
				command.paidDate(), command.reference(), "MANUAL", this.clock.instant()));
	}

	/**
	 * Registers imported payments in one transaction (joining the caller's), so that a
	 * whole file commits or nothing does. References already registered are skipped.
	 * @param payments the payments, in the file's order
	 * @return how many were registered (the rest were registered before)
	 */
	@Transactional
	public int importPayments(List<ImportedPayment> payments) {
		int imported = 0;
		for (ImportedPayment payment : payments) {
			if (this.rent.referenceExists(payment.reference())) {
				continue;
			}
			Lease lease = lock(payment.leaseId());
			insert(lease, new RentRepository.NewPayment(UUID.randomUUID(), lease.id(), payment.amount(),
					payment.paidDate(), payment.reference(), "IMPORT", this.clock.instant()));
			imported++;
		}
		return imported;
	}

	/**
	 * @param reference a payment reference
	 * @return whether a payment with it is registered
	 */
	@Transactional(readOnly = true)
	public boolean paymentRegistered(String reference) {
		return this.rent.referenceExists(reference);
	}

	/**
	 * Registers many payments of first-hand leases at once, in batches and without events
	 * (none is due for an ordinary tenant): for demo data, where speed matters.
	 * @param payments the payments
	 * @throws IllegalArgumentException for a payment of a social contract or a guaranteed
	 * lease
	 */
	@Transactional
	public void recordFirstHandPayments(List<ImportedPayment> payments) {
		payments.stream().map(ImportedPayment::leaseId).distinct().forEach((leaseId) -> {
			if (FOLLOWED.contains(this.leases.lease(leaseId).type())) {
				throw new IllegalArgumentException("Not a first-hand lease: " + leaseId);
			}
		});
		this.rent.insertAll(payments.stream()
			.map((payment) -> new RentRepository.NewPayment(UUID.randomUUID(), payment.leaseId(), payment.amount(),
					payment.paidDate(), payment.reference(), "IMPORT", this.clock.instant()))
			.toList());
	}

	/**
	 * Publishes {@code RentOverdue} for each charge of a social contract or guaranteed
	 * lease that is not paid in full when first checked after its due date. Idempotent.
	 * @return how many were published
	 */
	@Transactional
	public int reportOverdue() {
		LocalDate today = LocalDate.now(this.clock);
		int reported = 0;
		for (UUID leaseId : this.rent.leasesWithUncheckedPastDueCharges(FOLLOWED.stream().map(LeaseType::name).toList(),
				today)) {
			Lease lease = lock(leaseId);
			for (RentLedger.Line line : currentLedger(leaseId).lines()) {
				if (!line.charge().dueDate().isBefore(today)
						|| !this.rent.markOverdueChecked(line.charge().id(), this.clock.instant())) {
					continue;
				}
				if (line.status() == RentLedger.Status.OVERDUE) {
					this.outbox.append(HousingEvents.RENT_OVERDUE, lease.id(),
							new RentOverdue(lease.id(), lease.apartmentId(), lease.type().name(),
									line.charge().yearMonth(), line.charge().dueDate()));
					reported++;
				}
			}
		}
		return reported;
	}

	private RentLedger insert(Lease lease, RentRepository.NewPayment payment) {
		generateCharges(lease);
		this.rent.insert(payment);
		RentLedger ledger = currentLedger(lease.id());
		if (FOLLOWED.contains(lease.type())) {
			for (RentLedger.Line line : ledger.settledBy(payment.id())) {
				YearMonth month = line.charge().yearMonth();
				this.outbox.append(HousingEvents.RENT_PAYMENT_RECORDED, lease.id(),
						new RentPaymentRecorded(lease.id(), lease.apartmentId(), lease.type().name(), month,
								line.charge().dueDate(), line.settledOn(), line.status() == RentLedger.Status.PAID));
			}
		}
		return ledger;
	}

	private void generateCharges(Lease lease) {
		this.rent.generateCharges(lease.id(), this.properties.ledgerStart().atDay(1), nextMonth(),
				this.clock.instant());
	}

	private RentLedger currentLedger(UUID leaseId) {
		return RentLedger.of(this.rent.charges(leaseId), this.rent.payments(leaseId), LocalDate.now(this.clock));
	}

	/**
	 * Locks the lease's apartment, so one lease's payments are registered one at a time.
	 */
	private Lease lock(UUID leaseId) {
		Lease lease = this.leases.lease(leaseId);
		this.apartments.lock(lease.apartmentId());
		return lease;
	}

	private LocalDate nextMonth() {
		return YearMonth.now(this.clock).plusMonths(1).atDay(1);
	}

	/**
	 * A payment from a file.
	 *
	 * @param leaseId the lease it pays
	 * @param amount the amount in SEK
	 * @param paidDate the day it was paid
	 * @param reference the payment reference
	 */
	public record ImportedPayment(UUID leaseId, BigDecimal amount, LocalDate paidDate, String reference) {
	}

}
