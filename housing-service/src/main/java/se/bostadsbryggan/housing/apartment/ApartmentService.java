package se.bostadsbryggan.housing.apartment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.contracts.housing.ApartmentRegistered;
import se.bostadsbryggan.contracts.housing.ApartmentVacated;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.web.ProblemException;

/**
 * Registers apartments and reports them vacant. Each change and its event commit
 * together.
 */
@Service
public class ApartmentService {

	private static final Logger log = LoggerFactory.getLogger(ApartmentService.class);

	private final ApartmentRepository apartments;

	private final Outbox outbox;

	private final Clock clock;

	ApartmentService(ApartmentRepository apartments, Outbox outbox, Clock clock) {
		this.apartments = apartments;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	public Apartment register(RegisterApartment command) {
		if (this.apartments.objectNumberTaken(command.objectNumber())) {
			throw ProblemException.conflict("object-number-taken", command.objectNumber());
		}
		Apartment apartment = new Apartment(UUID.randomUUID(), command.objectNumber(), command.address(),
				command.stairwell(), command.rooms(), command.areaSquareMetres(), command.monthlyRent(),
				ApartmentStatus.LET, null, this.clock.instant());
		try {
			this.apartments.insert(apartment);
		}
		catch (DuplicateKeyException ex) {
			// Another request registered the same object number a moment ago.
			throw ProblemException.conflict("object-number-taken", command.objectNumber());
		}
		this.outbox.append(HousingEvents.APARTMENT_REGISTERED, apartment.id(),
				new ApartmentRegistered(apartment.id(), apartment.objectNumber(), apartment.address(),
						apartment.stairwell(), apartment.rooms(), apartment.areaSquareMetres(),
						apartment.monthlyRent()));
		log.info("Registered apartment {} ({}) in stairwell {}", apartment.objectNumber(), apartment.id(),
				apartment.stairwell());
		return apartment;
	}

	@Transactional
	public Apartment reportVacant(UUID apartmentId, ReportVacancy command) {
		Apartment apartment = this.apartments.findForUpdate(apartmentId)
			.orElseThrow(() -> ProblemException.notFound("apartment-not-found", apartmentId));
		if (apartment.status() == ApartmentStatus.VACANT) {
			throw ProblemException.conflict("apartment-already-vacant", apartment.objectNumber());
		}
		LocalDate today = LocalDate.now(this.clock);
		if (command.availableFrom().isBefore(today)) {
			throw new ProblemException(org.springframework.http.HttpStatus.BAD_REQUEST, "available-from-in-past",
					today);
		}
		Apartment vacant = apartment.vacated(command.availableFrom());
		this.apartments.markVacant(vacant);
		this.outbox.append(HousingEvents.APARTMENT_VACATED, vacant.id(),
				new ApartmentVacated(vacant.id(), vacant.objectNumber(), vacant.availableFrom()));
		log.info("Apartment {} reported vacant from {}", vacant.objectNumber(), vacant.availableFrom());
		return vacant;
	}

	@Transactional(readOnly = true)
	public List<Apartment> all() {
		return this.apartments.findAll();
	}

	@Transactional(readOnly = true)
	public Apartment get(UUID id) {
		return this.apartments.find(id).orElseThrow(() -> ProblemException.notFound("apartment-not-found", id));
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.apartments.count();
	}

}
