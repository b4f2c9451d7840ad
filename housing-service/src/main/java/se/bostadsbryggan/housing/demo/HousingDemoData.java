package se.bostadsbryggan.housing.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import se.bostadsbryggan.housing.apartment.Apartment;
import se.bostadsbryggan.housing.apartment.ApartmentService;
import se.bostadsbryggan.housing.apartment.RegisterApartment;
import se.bostadsbryggan.housing.lease.CreateLease;
import se.bostadsbryggan.housing.lease.EndLease;
import se.bostadsbryggan.housing.lease.Lease;
import se.bostadsbryggan.housing.lease.LeaseService;
import se.bostadsbryggan.housing.lease.LeaseType;

/**
 * Demo data for the local run only ({@code bb.demo.enabled=true}), shaped like Götene's
 * housing company: five properties with five stairwells each, 16 apartments per stairwell
 * (400 in all), a lease history that gives 60 re-lets last year, 12 social contracts and
 * 2 guaranteed leases today, and 10 apartments vacant. Deterministic: everything follows
 * from the apartment's number and today's date. Loaded once, into an empty database,
 * through the same services as staff use, so the events flow as in real use. Production
 * starts empty.
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

	private static final int STAIRWELLS_PER_PROPERTY = 5;

	private static final int APARTMENTS_PER_STAIRWELL = 16;

	private final ApartmentService apartments;

	private final LeaseService leases;

	private final Clock clock;

	HousingDemoData(ApartmentService apartments, LeaseService leases, Clock clock) {
		this.apartments = apartments;
		this.leases = leases;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.apartments.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		int number = 0;
		for (int p = 0; p < PLACES.size(); p++) {
			Place place = PLACES.get(p);
			for (int s = 0; s < STAIRWELLS_PER_PROPERTY; s++) {
				String entrance = (2 * s + 10) + "A";
				for (int a = 0; a < APARTMENTS_PER_STAIRWELL; a++) {
					Apartment apartment = register(place, p, s, entrance, a);
					letWithHistory(apartment, number, today);
					number++;
				}
			}
		}
		log.info("Loaded housing demo data: {} apartments in {} stairwells with lease history", number,
				PLACES.size() * STAIRWELLS_PER_PROPERTY);
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
	 * The apartment's leases. Which apartments are re-let in which year, vacant, or let
	 * on a social contract or with a guarantee follows from its number: 60 re-lets last
	 * year (one of them across the new year), 40 in each of the three years before, 20 so
	 * far this year, 10 vacant, 12 social contracts and 2 guaranteed leases.
	 */
	private void letWithHistory(Apartment apartment, int i, LocalDate today) {
		int thisYear = today.getYear();
		int lastYear = thisYear - 1;
		LeaseType currentType = (i % 33 == 5) ? LeaseType.SOCIAL
				: (i == 50 || i == 250) ? LeaseType.GUARANTEED : LeaseType.FIRST_HAND;
		LocalDate firstStart = LocalDate.of(2008 + i % 12, 1 + i % 12, 1);
		if (i % 40 == 7) {
			Lease only = lease(apartment, LeaseType.FIRST_HAND, firstStart, i);
			this.leases.end(only.id(), new EndLease(today.minusDays(20 + i % 10), today.minusMonths(4)));
			return;
		}
		Integer reLetYear = switch (i % 20) {
			case 3, 11, 17 -> lastYear;
			case 5, 9 -> lastYear - 1;
			case 0, 14 -> lastYear - 2;
			case 6, 12 -> lastYear - 3;
			case 1 -> (today.getDayOfYear() > 40) ? thisYear : null;
			default -> null;
		};
		if (reLetYear == null) {
			lease(apartment, currentType, firstStart, i);
			return;
		}
		LocalDate newStart;
		if (i == 3) {
			// Across the new year: the old lease ends 31 December, the new one starts 2
			// January.
			newStart = LocalDate.of(reLetYear, 1, 2);
		}
		else {
			int lastMonth = (reLetYear == thisYear) ? Math.max(1, today.getMonthValue() - 1) : 12;
			newStart = LocalDate.of(reLetYear, 1 + i % lastMonth, 1);
		}
		LocalDate oldEnd = (i == 3) ? newStart.minusDays(2) : newStart.minusDays(1);
		Lease old = lease(apartment, LeaseType.FIRST_HAND, firstStart, i + 7);
		this.leases.end(old.id(), new EndLease(oldEnd, oldEnd.minusMonths(3)));
		lease(apartment, currentType, newStart, i);
	}

	private Lease lease(Apartment apartment, LeaseType type, LocalDate start, int person) {
		if (type == LeaseType.SOCIAL) {
			return this.leases.create(apartment.id(), new CreateLease(type, start, null, null, null, null, null, null));
		}
		String name = FIRST_NAMES.get(person % FIRST_NAMES.size()) + " "
				+ LAST_NAMES.get((person / FIRST_NAMES.size() + person) % LAST_NAMES.size());
		return this.leases.create(apartment.id(), new CreateLease(type, start, null, null, name,
				personalIdentityNumber(person), "0511-" + (10000 + person), null));
	}

	/** A valid, made-up personal identity number, different for each person. */
	static String personalIdentityNumber(int person) {
		LocalDate born = LocalDate.of(1950, 1, 1).plusDays(person * 37L % 18000);
		String first = String.format("%04d%02d%02d%03d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
				person % 1000);
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

}
