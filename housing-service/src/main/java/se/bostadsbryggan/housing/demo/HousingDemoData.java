package se.bostadsbryggan.housing.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import se.bostadsbryggan.housing.apartment.Apartment;
import se.bostadsbryggan.housing.apartment.ApartmentService;
import se.bostadsbryggan.housing.apartment.RegisterApartment;
import se.bostadsbryggan.housing.disturbance.ConcludeDisturbance;
import se.bostadsbryggan.housing.disturbance.Disturbance;
import se.bostadsbryggan.housing.disturbance.DisturbanceCategory;
import se.bostadsbryggan.housing.disturbance.DisturbanceService;
import se.bostadsbryggan.housing.disturbance.DisturbanceStatus;
import se.bostadsbryggan.housing.disturbance.ReportDisturbance;
import se.bostadsbryggan.housing.lease.CreateLease;
import se.bostadsbryggan.housing.lease.EndLease;
import se.bostadsbryggan.housing.lease.Lease;
import se.bostadsbryggan.housing.lease.LeaseService;
import se.bostadsbryggan.housing.lease.LeaseType;
import se.bostadsbryggan.housing.rent.RecordPayment;
import se.bostadsbryggan.housing.rent.RentLedger;
import se.bostadsbryggan.housing.rent.RentService;
import se.bostadsbryggan.housing.rent.RentService.ImportedPayment;
import se.bostadsbryggan.housing.turnover.TurnoverService;
import se.bostadsbryggan.housing.takeover.Takeover;
import se.bostadsbryggan.housing.takeover.TakeoverService;

/**
 * Demo data for the local run only ({@code bb.demo.enabled=true}), shaped like Götene's
 * housing company: five properties with five stairwells each, 16 apartments per stairwell
 * (400 in all), a lease history that gives 60 re-lets last year, 12 social contracts and
 * 2 guaranteed leases today, and 10 apartments vacant, with Götene's story of social
 * contracts, guarantees and own contracts since 2015 (see {@link DemoLeaseHistory}); this
 * year's rent mostly paid on time, some paid late and some unpaid, and a few
 * disturbances, some verified and some dismissed. Deterministic: everything follows from
 * the apartment's number and today's date. Own contracts (mirrored by social services'
 * HousingDemoTenancies): apartment 5's social contract runs from the 1st of the month 14
 * months ago and 38's from 11 months ago to the day, both with rent always on time and no
 * disturbance; 71's social contract has rent on time and one verified disturbance 2
 * months ago; 50's guaranteed lease pays on time and has no disturbance. Loaded once,
 * into an empty database, through the same services as staff use, so the events flow as
 * in real use. Production starts empty.
 */
@Component
@ConditionalOnBooleanProperty("bb.demo.enabled")
class HousingDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HousingDemoData.class);

	private static final List<Place> PLACES = List.of(new Place("Götene Storgatan 1:12", "Storgatan", "STORG"),
			new Place("Götene Kyrkvägen 2:3", "Kyrkvägen", "KYRKV"),
			new Place("Götene Ängen 4:1", "Ängsgatan", "ANGSG"),
			new Place("Götene Prästgården 3:7", "Prästgårdsvägen", "PRAST"),
			new Place("Götene Hönsäter 1:5", "Hönsätervägen", "HONSA"));

	private static final List<String> FIRST_NAMES = List.of("Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara",
			"Per", "Emma", "Nils", "Lena", "Ali", "Fatima", "Oskar", "Ingrid", "Ahmed", "Elin", "Gustav");

	private static final List<String> LAST_NAMES = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
			"Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Hassan", "Lindberg");

	/**
	 * The own-contract demo, which social services' HousingDemoTenancies mirror: a social
	 * contract transferable once social services' "ready" assessment arrives (from the
	 * 1st of the month 14 months ago, rent always on time, no disturbance).
	 */
	static final int TRANSFERABLE = 5;

	/**
	 * A social contract a month away from transferable (from 11 months ago to the day).
	 */
	static final int A_MONTH_AWAY = 38;

	/** A social contract blocked by a verified disturbance 2 months ago. */
	static final int BLOCKED = 71;

	/** A guaranteed lease whose guarantee is ready for release. */
	static final int GUARANTEE_READY = 50;

	/** Rent always on time and no disturbance, whatever the apartment's number says. */
	static final Set<Integer> ON_TIME = Set.of(TRANSFERABLE, A_MONTH_AWAY, GUARANTEE_READY);

	private static final int STAIRWELLS_PER_PROPERTY = 5;

	private static final int APARTMENTS_PER_STAIRWELL = 16;

	private static final List<String> DISTURBANCES = List.of("Hög musik och fest efter klockan 23 flera kvällar.",
			"Vattenskada i badrummet som läckt ner till lägenheten under.",
			"Grannar klagar på bråk och höga röster i trapphuset.", "Trasig ytterdörr efter inbrottsförsök.",
			"Sopor ställda i trapphuset i flera dagar.", "Hund som skäller i timmar när ingen är hemma.");

	private final ApartmentService apartments;

	private final LeaseService leases;

	private final RentService rent;

	private final DisturbanceService disturbances;

	private final TakeoverService takeovers;

	private final TurnoverService turnover;

	private final Clock clock;

	private final TransactionTemplate transactions;

	HousingDemoData(ApartmentService apartments, LeaseService leases, RentService rent, DisturbanceService disturbances,
			TakeoverService takeovers, TurnoverService turnover, Clock clock, TransactionTemplate transactions) {
		this.apartments = apartments;
		this.transactions = transactions;
		this.turnover = turnover;
		this.leases = leases;
		this.takeovers = takeovers;
		this.rent = rent;
		this.disturbances = disturbances;
		this.clock = clock;
	}

	/**
	 * Loads the demo in one transaction, all or nothing: the services it calls join it,
	 * so their events still go through the outbox with their changes. Some 3,000 separate
	 * commits, each waiting for its WAL flush, made the first start of the local run 5 to
	 * 10 s slower.
	 */
	@Override
	public void run(ApplicationArguments args) {
		this.transactions.executeWithoutResult((status) -> load());
	}

	private void load() {
		if (this.apartments.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		List<DemoLease> all = new ArrayList<>();
		DemoLeaseHistory history = new DemoLeaseHistory(today);
		int number = 0;
		for (int p = 0; p < PLACES.size(); p++) {
			Place place = PLACES.get(p);
			for (int s = 0; s < STAIRWELLS_PER_PROPERTY; s++) {
				String entrance = (2 * s + 10) + "A";
				for (int a = 0; a < APARTMENTS_PER_STAIRWELL; a++) {
					Apartment apartment = register(place, p, s, entrance, a);
					letWithHistory(apartment, number, history, all);
					number++;
				}
			}
		}
		payRent(all, today);
		int reports = reportDisturbances(all, today);
		publishEarlierTurnover(today);
		log.info("Loaded housing demo data: {} apartments in {} stairwells with lease history, rent and {} "
				+ "disturbance reports", number, PLACES.size() * STAIRWELLS_PER_PROPERTY, reports);
	}

	/**
	 * The turnover of the three years before last year, as the housing manager would
	 * publish it once the system is in use (last year's is published when the year
	 * closes, as in real use), so that the shared trends show the share of re-lets that
	 * went to social contracts. Earlier years are left unpublished: the demo's lease
	 * history before them holds too few ordinary re-lets to give a fair figure.
	 */
	private void publishEarlierTurnover(LocalDate today) {
		for (int year = today.getYear() - 4; year <= today.getYear() - 2; year++) {
			this.turnover.publish(year);
		}
	}

	/**
	 * This year's rent. By the apartment's number: most pay on time, some pay every third
	 * month late, some pay every other month late, and some leave the latest one or two
	 * months unpaid. Social contracts and guaranteed leases pay through the same service
	 * as staff use, so their conduct events flow; ordinary tenants' payments go in
	 * batches.
	 */
	private void payRent(List<DemoLease> all, LocalDate today) {
		this.rent.generateCharges();
		List<ImportedPayment> firstHand = new ArrayList<>();
		for (DemoLease demo : all) {
			List<RentLedger.Line> lines = this.rent.ledger(demo.lease().id()).lines();
			int pattern = (demo.number() == 250) ? 8 : ON_TIME.contains(demo.number()) ? 0 : demo.number() % 10;
			int due = (int) lines.stream().filter((line) -> !line.charge().dueDate().isAfter(today)).count();
			int unpaid = (pattern != 9) ? 0 : (demo.number() % 20 == 9) ? 2 : 1;
			for (int j = 0; j < due - unpaid; j++) {
				RentLedger.Line line = lines.get(j);
				boolean late = (pattern == 6 || pattern == 7) ? j % 3 == 2 : pattern == 8 && j % 2 == 0;
				LocalDate paid = late ? line.charge().dueDate().plusDays(4 + demo.number() % 6)
						: line.charge().dueDate().minusDays(demo.number() % 3);
				if (paid.isAfter(today)) {
					continue;
				}
				String reference = "DEMO-" + demo.lease().id().toString().substring(0, 8) + "-"
						+ line.charge().yearMonth();
				if (demo.lease().type() == LeaseType.FIRST_HAND) {
					firstHand.add(new ImportedPayment(demo.lease().id(), line.charge().amount(), paid, reference));
				}
				else {
					this.rent.record(demo.lease().id(), new RecordPayment(line.charge().amount(), paid, reference));
				}
			}
		}
		this.rent.recordFirstHandPayments(firstHand);
	}

	/**
	 * A few disturbances and damages on running leases, three of them on social
	 * contracts: a third verified, a third dismissed, a third still to investigate.
	 */
	private int reportDisturbances(List<DemoLease> all, LocalDate today) {
		int reports = 0;
		// Each report's place in the rotation of verified, dismissed and open: apartment
		// 38
		// (no disturbance any more, see ON_TIME) keeps its place so that the others keep
		// theirs.
		int rotation = 0;
		for (DemoLease demo : all) {
			int i = demo.number();
			boolean running = demo.lease().runsOn(today);
			if (running && i == BLOCKED) {
				LocalDate occurredOn = today.minusMonths(2);
				if (occurredOn.isBefore(demo.lease().startDate())) {
					occurredOn = demo.lease().startDate();
				}
				Disturbance disturbance = this.disturbances.report(demo.lease().id(),
						new ReportDisturbance(occurredOn, DisturbanceCategory.values()[0], DISTURBANCES.get(0)));
				this.disturbances.conclude(disturbance.id(),
						new ConcludeDisturbance(DisturbanceStatus.VERIFIED, "Bekräftat av bovärden och två grannar."));
				reports++;
				continue;
			}
			if (!running || !(i % 29 == 3 || i == 38 || i == 104 || i == 203)) {
				continue;
			}
			if (ON_TIME.contains(i)) {
				rotation++;
				continue;
			}
			LocalDate occurredOn = today.minusDays(5 + i % 60);
			if (occurredOn.isBefore(demo.lease().startDate())) {
				occurredOn = demo.lease().startDate();
			}
			DisturbanceCategory category = DisturbanceCategory.values()[i % 3];
			Disturbance disturbance = this.disturbances.report(demo.lease().id(),
					new ReportDisturbance(occurredOn, category, DISTURBANCES.get(i % DISTURBANCES.size())));
			switch (rotation % 3) {
				case 0 -> this.disturbances.conclude(disturbance.id(),
						new ConcludeDisturbance(DisturbanceStatus.VERIFIED, "Bekräftat av bovärden och två grannar."));
				case 1 ->
					this.disturbances.conclude(disturbance.id(), new ConcludeDisturbance(DisturbanceStatus.DISMISSED,
							"Kunde inte styrkas; ingen annan granne hörde något."));
				default -> {
				}
			}
			rotation++;
			reports++;
		}
		return reports;
	}

	private Apartment register(Place place, int p, int s, String entrance, int a) {
		int floor = a / 4;
		int rooms = 1 + (a % 4);
		BigDecimal area = BigDecimal.valueOf(28 + rooms * 19 + (a % 3) * 2L).setScale(1, RoundingMode.UNNECESSARY);
		BigDecimal rent = area.multiply(BigDecimal.valueOf(112)).setScale(-1, RoundingMode.HALF_UP).setScale(0);
		String objectNumber = String.format("%d%02d-%02d%02d", 11 + p, s + 1, floor, a % 4 + 1);
		return this.apartments.register(new RegisterApartment(objectNumber, place.street() + " " + entrance,
				place.code() + "-" + entrance, rooms, area, rent, place.designation(), floor, p % 2 == 0, floor == 0,
				floor == 0 && a % 4 == 1));
	}

	/**
	 * The apartment's leases, as {@link DemoLeaseHistory} plans them: each is let, ended
	 * where it ended, and a social contract taken over to an own contract through the
	 * takeover's history import, so that the events flow as they would have. A social
	 * contract or guaranteed lease of the past is let with its last day already known, so
	 * that its {@code LeaseStarted} never looks like a running contract to the shared
	 * workflow (which would judge it transferable or not, today, and tell both sides).
	 */
	private void letWithHistory(Apartment apartment, int i, DemoLeaseHistory history, List<DemoLease> all) {
		List<DemoLeaseHistory.Segment> segments = history.leases(i);
		List<UUID> ids = new ArrayList<>();
		Lease previous = null;
		for (int k = 0; k < segments.size(); k++) {
			DemoLeaseHistory.Segment segment = segments.get(k);
			LocalDate lastDay = (k + 1 < segments.size() && segments.get(k + 1).takeover())
					? segments.get(k + 1).start().minusDays(1) : segment.end();
			Lease lease;
			if (segment.takeover()) {
				Takeover takeover = this.takeovers.recordEarlierTakeover(previous.id(), segment.start(),
						name(segment.person()), personalIdentityNumber(segment.person()));
				lease = this.leases.lease(takeover.newLeaseId());
			}
			else {
				LocalDate knownEnd = (segment.type() != LeaseType.FIRST_HAND) ? lastDay : null;
				lease = lease(apartment, segment.type(), segment.start(), knownEnd, segment.person());
			}
			if (segment.end() != null) {
				lease = this.leases.end(lease.id(), new EndLease(segment.end(), segment.notice()));
			}
			ids.add(lease.id());
			previous = lease;
		}
		for (UUID id : ids) {
			all.add(new DemoLease(i, this.leases.lease(id)));
		}
	}

	private Lease lease(Apartment apartment, LeaseType type, LocalDate start, LocalDate end, int person) {
		if (type == LeaseType.SOCIAL) {
			return this.leases.create(apartment.id(), new CreateLease(type, start, end, null, null, null, null, null));
		}
		return this.leases.create(apartment.id(), new CreateLease(type, start, end, null, name(person),
				personalIdentityNumber(person), "0511-" + (10000 + person), null));
	}

	private static String name(int person) {
		return FIRST_NAMES.get(person % FIRST_NAMES.size()) + " "
				+ LAST_NAMES.get((person / FIRST_NAMES.size() + person) % LAST_NAMES.size());
	}

	/** A valid, made-up personal identity number, different for each person. */
	static String personalIdentityNumber(int person) {
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(person * 37L % 18000);
		// Birth number 000 is never given out, and the number check refuses it.
		int birthNumber = (person % 1000 == 0) ? 999 : person % 1000;
		String first = String.format("%04d%02d%02d%03d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
				birthNumber);
		String tenDigits = first.substring(2);
		int sum = 0;
		for (int k = 0; k < tenDigits.length(); k++) {
			int digit = (tenDigits.charAt(k) - '0') * ((k % 2 == 0) ? 2 : 1);
			sum += (digit > 9) ? digit - 9 : digit;
		}
		return first + (10 - sum % 10) % 10;
	}

	private record Place(String designation, String street, String code) {
	}

	/** A lease and the number of its apartment, which decides how its rent is paid. */
	private record DemoLease(int number, Lease lease) {
	}

}
