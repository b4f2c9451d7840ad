package se.bostadsbryggan.housing.csvimport;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import se.bostadsbryggan.housing.apartment.Apartment;
import se.bostadsbryggan.housing.apartment.ApartmentService;
import se.bostadsbryggan.housing.lease.Lease;
import se.bostadsbryggan.housing.lease.LeaseService;
import se.bostadsbryggan.housing.rent.RentService;
import se.bostadsbryggan.housing.rent.RentService.ImportedPayment;

/**
 * Imports rent payments from the bank's or the ERP's CSV file (columns
 * {@code reference;objectNumber;amount;paidDate}). All or nothing: every row is checked
 * first, and a file with any bad row changes nothing. A payment reference is imported
 * once, so importing the same file again changes nothing. Each payment pays the lease
 * that ran on the apartment on its paid date (or the last one that had started).
 */
@Service
class PaymentImport {

	private static final Logger log = LoggerFactory.getLogger(PaymentImport.class);

	static final List<String> COLUMNS = List.of("reference", "objectnumber", "amount", "paiddate");

	private static final Pattern REFERENCE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z/._-]{0,59}");

	private final ApartmentService apartments;

	private final LeaseService leases;

	private final RentService rent;

	private final ImportMessages messages;

	private final Clock clock;

	PaymentImport(ApartmentService apartments, LeaseService leases, RentService rent, ImportMessages messages,
			Clock clock) {
		this.apartments = apartments;
		this.leases = leases;
		this.rent = rent;
		this.messages = messages;
		this.clock = clock;
	}

	ImportResult run(String text) {
		CsvTable table = CsvTable.parse(text);
		Optional<ImportResult> unreadable = this.messages.refuseShape(table, COLUMNS);
		if (unreadable.isPresent()) {
			return unreadable.get();
		}
		List<ImportResult.RowError> errors = new ArrayList<>();
		LocalDate today = LocalDate.now(this.clock);
		Set<String> references = new HashSet<>();
		List<ImportedPayment> payments = new ArrayList<>();
		int skipped = 0;
		for (CsvTable.Row row : table.rows()) {
			List<String> problems = new ArrayList<>();
			String reference = row.get("reference");
			if (reference == null) {
				problems.add(this.messages.get("import.payment.reference.required"));
			}
			else if (!REFERENCE.matcher(reference).matches()) {
				problems.add(this.messages.get("import.payment.reference.format"));
			}
			else if (!references.add(reference)) {
				problems.add(this.messages.get("import.payment.reference.repeated", reference));
			}
			BigDecimal amount = null;
			if (row.get("amount") == null) {
				problems.add(this.messages.get("import.payment.amount.required"));
			}
			else {
				amount = CsvValues.decimal(row.get("amount"));
				if (amount == null || amount.signum() <= 0 || amount.scale() > 2
						|| amount.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
					problems.add(this.messages.get("import.payment.amount.invalid", row.get("amount")));
				}
			}
			LocalDate paidDate = null;
			if (row.get("paiddate") == null) {
				problems.add(this.messages.get("import.payment.paidDate.required"));
			}
			else {
				paidDate = CsvValues.date(row.get("paiddate"));
				if (paidDate == null) {
					problems.add(this.messages.get("import.date.invalid", row.get("paiddate")));
				}
				else if (paidDate.isAfter(today)) {
					problems.add(this.messages.get("import.payment.paidDate.future", row.get("paiddate")));
				}
			}
			Lease lease = null;
			String objectNumber = row.get("objectnumber");
			if (objectNumber == null) {
				problems.add(this.messages.get("import.objectNumber.required"));
			}
			else {
				Optional<Apartment> apartment = this.apartments.findByObjectNumber(objectNumber);
				if (apartment.isEmpty()) {
					problems.add(this.messages.get("import.objectNumber.unknown", objectNumber));
				}
				else if (paidDate != null) {
					lease = leaseOn(apartment.get(), paidDate);
					if (lease == null) {
						problems.add(this.messages.get("import.payment.noLease", objectNumber, row.get("paiddate")));
					}
				}
			}
			if (!problems.isEmpty()) {
				errors.add(new ImportResult.RowError(row.line(), String.join(" ", problems)));
			}
			else if (this.rent.paymentRegistered(reference)) {
				skipped++;
			}
			else {
				payments.add(new ImportedPayment(lease.id(), amount, paidDate, reference));
			}
		}
		if (!errors.isEmpty()) {
			log.info("Payment import refused: {} bad rows of {}", errors.size(), table.rows().size());
			return ImportResult.rejected(table.rows().size(), errors);
		}
		try {
			int imported = this.rent.importPayments(payments);
			log.info("Imported {} payments, {} imported before", imported, skipped + payments.size() - imported);
			return new ImportResult(table.rows().size(), imported, table.rows().size() - imported, List.of());
		}
		catch (DuplicateKeyException ex) {
			// Someone imported the same payments a moment ago: nothing was written.
			return ImportResult.rejected(table.rows().size(),
					List.of(new ImportResult.RowError(0, this.messages.get("import.concurrent"))));
		}
	}

	private Lease leaseOn(Apartment apartment, LocalDate day) {
		List<Lease> leases = this.leases.leasesOf(apartment.id());
		return leases.stream()
			.filter((lease) -> lease.runsOn(day))
			.findFirst()
			.orElseGet(
					() -> leases.stream().filter((lease) -> !lease.startDate().isAfter(day)).findFirst().orElse(null));
	}

}
