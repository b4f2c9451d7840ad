package se.bostadsbryggan.housing.csvimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.bostadsbryggan.housing.apartment.Apartment;
import se.bostadsbryggan.housing.apartment.ApartmentService;
import se.bostadsbryggan.housing.apartment.RegisterApartment;
import se.bostadsbryggan.housing.lease.CreateLease;
import se.bostadsbryggan.housing.lease.LeaseService;
import se.bostadsbryggan.housing.lease.LeaseType;
import se.bostadsbryggan.web.ProblemException;

/**
 * Imports apartments, each with its current lease if it has one, from a CSV export (see
 * the README for the columns). All or nothing: every row is checked first, the rows are
 * written in one transaction, and a file with any bad row changes nothing. An object
 * number already registered is skipped with its lease, so importing the same file again
 * changes nothing; the import registers, it never updates.
 */
@Service
class ApartmentImport {

	private static final Logger log = LoggerFactory.getLogger(ApartmentImport.class);

	static final List<String> REQUIRED = List.of("objectnumber", "address", "stairwell", "rooms", "area", "rent");

	private final ApartmentService apartments;

	private final LeaseService leases;

	private final Validator validator;

	private final TransactionTemplate transactions;

	private final ImportMessages messages;

	ApartmentImport(ApartmentService apartments, LeaseService leases, Validator validator,
			TransactionTemplate transactions, ImportMessages messages) {
		this.apartments = apartments;
		this.leases = leases;
		this.validator = validator;
		this.transactions = transactions;
		this.messages = messages;
	}

	ImportResult run(String text) {
		CsvTable table = CsvTable.parse(text);
		Optional<ImportResult> unreadable = this.messages.refuseShape(table, REQUIRED);
		if (unreadable.isPresent()) {
			return unreadable.get();
		}
		List<ImportResult.RowError> errors = new ArrayList<>();
		Set<String> objectNumbers = new HashSet<>();
		List<NewRow> rows = new ArrayList<>();
		int skipped = 0;
		for (CsvTable.Row row : table.rows()) {
			List<String> problems = new ArrayList<>();
			RegisterApartment apartment = apartment(row, problems);
			CreateLease lease = lease(row, problems);
			if (apartment.objectNumber() != null && !objectNumbers.add(apartment.objectNumber())) {
				problems.add(this.messages.get("import.objectNumber.repeated", apartment.objectNumber()));
			}
			if (!problems.isEmpty()) {
				errors.add(new ImportResult.RowError(row.line(), String.join(" ", problems)));
			}
			else if (this.apartments.findByObjectNumber(apartment.objectNumber()).isPresent()) {
				skipped++;
			}
			else {
				rows.add(new NewRow(row.line(), apartment, lease));
			}
		}
		if (!errors.isEmpty()) {
			log.info("Apartment import refused: {} bad rows of {}", errors.size(), table.rows().size());
			return ImportResult.rejected(table.rows().size(), errors);
		}
		List<ImportResult.RowError> failed = new ArrayList<>();
		this.transactions.executeWithoutResult((status) -> {
			for (NewRow row : rows) {
				try {
					Apartment registered = this.apartments.register(row.apartment());
					if (row.lease() != null) {
						this.leases.create(registered.id(), row.lease());
					}
				}
				catch (ProblemException ex) {
					failed.add(new ImportResult.RowError(row.line(),
							this.messages.get("problem." + ex.code() + ".detail", ex.arguments())));
					status.setRollbackOnly();
					return;
				}
			}
		});
		if (!failed.isEmpty()) {
			return ImportResult.rejected(table.rows().size(), failed);
		}
		log.info("Imported {} apartments, {} imported before", rows.size(), skipped);
		return new ImportResult(table.rows().size(), rows.size(), skipped, List.of());
	}

	private RegisterApartment apartment(CsvTable.Row row, List<String> problems) {
		RegisterApartment apartment = new RegisterApartment(row.get("objectnumber"), row.get("address"),
				row.get("stairwell"), parsed(row, "rooms", CsvValues::integer, problems),
				parsed(row, "area", CsvValues::decimal, problems), parsed(row, "rent", CsvValues::decimal, problems),
				row.get("property"), parsed(row, "floor", CsvValues::integer, problems),
				parsed(row, "lift", CsvValues::yesNo, problems), parsed(row, "groundfloor", CsvValues::yesNo, problems),
				parsed(row, "adapted", CsvValues::yesNo, problems));
		problems.addAll(violations(this.validator.validate(apartment)));
		return apartment;
	}

	private CreateLease lease(CsvTable.Row row, List<String> problems) {
		String type = row.get("leasetype");
		if (type == null) {
			if (row.get("leasestart") != null || row.get("tenantname") != null) {
				problems.add(this.messages.get("import.lease.type.required"));
			}
			return null;
		}
		LeaseType leaseType = null;
		try {
			leaseType = LeaseType.valueOf(type.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(this.messages.get("import.lease.type.invalid", type));
			return null;
		}
		CreateLease lease = new CreateLease(leaseType, parsed(row, "leasestart", CsvValues::date, problems),
				parsed(row, "leaseend", CsvValues::date, problems), null, row.get("tenantname"),
				row.get("personalidentitynumber"), null, null);
		problems.addAll(violations(this.validator.validate(lease)));
		return lease;
	}

	private <T> T parsed(CsvTable.Row row, String column, Function<String, T> parser, List<String> problems) {
		String text = row.get(column);
		if (text == null) {
			return null;
		}
		T value = parser.apply(text);
		if (value == null) {
			problems.add(this.messages.get("import.value.invalid", text, this.messages.get("import.column." + column)));
		}
		return value;
	}

	private static <T> List<String> violations(Set<ConstraintViolation<T>> violations) {
		return violations.stream()
			.sorted(Comparator.comparing((ConstraintViolation<T> violation) -> violation.getPropertyPath().toString()))
			.map(ConstraintViolation::getMessage)
			.distinct()
			.toList();
	}

	private record NewRow(int line, RegisterApartment apartment, CreateLease lease) {
	}

}
