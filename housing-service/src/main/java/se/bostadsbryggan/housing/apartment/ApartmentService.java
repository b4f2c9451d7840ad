package se.bostadsbryggan.housing.apartment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.contracts.housing.ApartmentLet;
import se.bostadsbryggan.contracts.housing.ApartmentRegistered;
import se.bostadsbryggan.contracts.housing.ApartmentVacated;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.housing.property.Stairwell;
import se.bostadsbryggan.housing.property.StairwellRegister;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.web.ProblemException;

/**
 * Registers apartments and keeps their status. Each change and its event commit together.
 */
@Service
public class ApartmentService {

	private static final Logger log = LoggerFactory.getLogger(ApartmentService.class);

	private final ApartmentRepository apartments;

	private final StairwellRegister stairwells;

	private final Outbox outbox;

	private final Clock clock;

	ApartmentService(ApartmentRepository apartments, StairwellRegister stairwells, Outbox outbox, Clock clock) {
		this.apartments = apartments;
		this.stairwells = stairwells;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	public Apartment register(RegisterApartment command) {
		if (this.apartments.objectNumberTaken(command.objectNumber())) {
			throw ProblemException.conflict("object-number-taken", command.objectNumber());
		}
		Stairwell stairwell = this.stairwells.findOrCreate(command.stairwell(), command.address(), command.property());
		Apartment apartment = new Apartment(UUID.randomUUID(), command.objectNumber(), command.address(),
				stairwell.code(), stairwell.property(), command.floor(), command.rooms(), command.areaSquareMetres(),
				command.monthlyRent(), Boolean.TRUE.equals(command.lift()), Boolean.TRUE.equals(command.groundFloor()),
				Boolean.TRUE.equals(command.adapted()), ApartmentStatus.LET, null, this.clock.instant());
		try {
			this.apartments.insert(apartment, stairwell.id());
		}
		catch (DuplicateKeyException ex) {
			// Another request registered the same object number a moment ago.
			throw ProblemException.conflict("object-number-taken", command.objectNumber());
		}
		this.outbox.append(HousingEvents.APARTMENT_REGISTERED, apartment.id(),
				new ApartmentRegistered(apartment.id(), apartment.objectNumber(), apartment.address(),
						apartment.stairwell(), apartment.rooms(), apartment.areaSquareMetres(), apartment.monthlyRent(),
						apartment.property(), apartment.floor(), apartment.lift(), apartment.groundFloor(),
						apartment.adapted()));
		log.info("Registered apartment {} ({}) in stairwell {}", apartment.objectNumber(), apartment.id(),
				apartment.stairwell());
		return apartment;
	}

	@Transactional
	public Apartment reportVacant(UUID apartmentId, ReportVacancy command) {
		Apartment apartment = lock(apartmentId);
		if (apartment.status() == ApartmentStatus.VACANT) {
			throw ProblemException.conflict("apartment-already-vacant", apartment.objectNumber());
		}
		LocalDate today = LocalDate.now(this.clock);
		if (command.availableFrom().isBefore(today)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "available-from-in-past", today);
		}
		return vacate(apartment, command.availableFrom());
	}

	/**
	 * Reads an apartment and locks it for the rest of the caller's transaction, so that
	 * changes to its leases and status happen one at a time.
	 * @param apartmentId the apartment
	 * @return the apartment
	 * @throws ProblemException 404 if there is no such apartment
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Apartment lock(UUID apartmentId) {
		return this.apartments.findForUpdate(apartmentId)
			.orElseThrow(() -> ProblemException.notFound("apartment-not-found", apartmentId));
	}

	/**
	 * A lease lets the apartment: it becomes let, and if it was not let before,
	 * {@code ApartmentLet} is published.
	 * @param apartment the apartment, {@linkplain #lock locked}
	 * @param from the lease's first day
	 * @return the apartment as it is now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Apartment let(Apartment apartment, LocalDate from) {
		if (apartment.status() == ApartmentStatus.LET) {
			return apartment;
		}
		Apartment let = apartment.withStatus(ApartmentStatus.LET, null);
		this.apartments.updateStatus(let);
		this.outbox.append(HousingEvents.APARTMENT_LET, let.id(),
				new ApartmentLet(let.id(), let.objectNumber(), let.stairwell(), from));
		log.info("Apartment {} let from {}", let.objectNumber(), from);
		return let;
	}

	/**
	 * The apartment's last lease ended: it is vacant for re-letting from the day after.
	 * @param apartment the apartment, {@linkplain #lock locked}
	 * @param availableFrom the first day without a lease
	 * @return the apartment as it is now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Apartment vacantAfterLease(Apartment apartment, LocalDate availableFrom) {
		return vacate(apartment, availableFrom);
	}

	private Apartment vacate(Apartment apartment, LocalDate availableFrom) {
		Apartment vacant = apartment.withStatus(ApartmentStatus.VACANT, availableFrom);
		this.apartments.updateStatus(vacant);
		this.outbox.append(HousingEvents.APARTMENT_VACATED, vacant.id(),
				new ApartmentVacated(vacant.id(), vacant.objectNumber(), vacant.availableFrom()));
		log.info("Apartment {} vacant from {}", vacant.objectNumber(), vacant.availableFrom());
		return vacant;
	}

	@Transactional(readOnly = true)
	public List<Apartment> all() {
		return this.apartments.findAll();
	}

	@Transactional(readOnly = true)
	public ApartmentPage search(ApartmentFilter filter) {
		return this.apartments.search(filter, LocalDate.now(this.clock));
	}

	@Transactional(readOnly = true)
	public Apartment get(UUID id) {
		return this.apartments.find(id).orElseThrow(() -> ProblemException.notFound("apartment-not-found", id));
	}

	/**
	 * @param id an apartment's id
	 * @return the apartment, if there is one
	 */
	@Transactional(readOnly = true)
	public Optional<Apartment> find(UUID id) {
		return this.apartments.find(id);
	}

	/**
	 * @param objectNumber an object number
	 * @return the apartment with it, if any
	 */
	@Transactional(readOnly = true)
	public Optional<Apartment> findByObjectNumber(String objectNumber) {
		return this.apartments.findByObjectNumber(objectNumber);
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.apartments.count();
	}

}
