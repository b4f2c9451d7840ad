package se.bostadsbryggan.housing.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import se.bostadsbryggan.housing.apartment.Apartment;
import se.bostadsbryggan.housing.apartment.ApartmentService;
import se.bostadsbryggan.housing.apartment.RegisterApartment;
import se.bostadsbryggan.housing.apartment.ReportVacancy;

/**
 * Demo data for the local run only ({@code bb.demo.enabled=true}): a few apartments in
 * three stairwells, two of them vacant. Loaded once, into an empty database, through the
 * same service as staff use, so the events flow as in real use. Production starts empty.
 */
@Component
@ConditionalOnBooleanProperty("bb.demo.enabled")
class HousingDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(HousingDemoData.class);

	private final ApartmentService apartments;

	private final Clock clock;

	HousingDemoData(ApartmentService apartments, Clock clock) {
		this.apartments = apartments;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.apartments.count() > 0) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		register("1001-0101", "Storgatan 12A", "STORG-12A", 1, "34.0", "4120");
		Apartment vacant = register("1001-0203", "Storgatan 12A", "STORG-12A", 2, "58.5", "6450");
		register("1001-0305", "Storgatan 12B", "STORG-12B", 3, "74.0", "7890");
		register("1002-0102", "Kyrkvägen 3", "KYRKV-3", 2, "61.0", "6720");
		Apartment second = register("1002-0204", "Kyrkvägen 3", "KYRKV-3", 4, "92.5", "9840");
		register("1003-0001", "Ängsgatan 7", "ANGSG-7", 1, "29.5", "3850");
		this.apartments.reportVacant(vacant.id(), new ReportVacancy(today.plusDays(14)));
		this.apartments.reportVacant(second.id(), new ReportVacancy(today.plusMonths(1).withDayOfMonth(1)));
		log.info("Loaded housing demo data: 6 apartments, 2 vacant");
	}

	private Apartment register(String objectNumber, String address, String stairwell, int rooms, String area,
			String rent) {
		return this.apartments.register(new RegisterApartment(objectNumber, address, stairwell, rooms,
				new BigDecimal(area), new BigDecimal(rent)));
	}

}
