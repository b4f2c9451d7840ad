package se.bostadsbryggan.allocation.apartment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.bostadsbryggan.contracts.housing.ApartmentRegistered;

/**
 * Stores the apartments and their vacancies in the allocation database.
 */
@Repository
class ApartmentRepository {

	private static final String COLUMNS = """
			apartment_id, object_number, address, stairwell, rooms, area_square_metres, monthly_rent, available,
			available_from, updated_at, property, floor, lift, ground_floor, adapted, for_social_contract""";

	private final JdbcClient jdbc;

	ApartmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the apartment, or fills in and updates the details of one already known,
	 * leaving its availability as it is.
	 */
	void saveDetails(ApartmentRegistered apartment, Instant now) {
		this.jdbc.sql("""
				insert into apartment (apartment_id, object_number, address, stairwell, rooms, area_square_metres,
				                       monthly_rent, updated_at, property, floor, lift, ground_floor, adapted)
				values (:id, :objectNumber, :address, :stairwell, :rooms, :area, :rent, :now, :property, :floor, :lift,
				        :groundFloor, :adapted)
				on conflict (apartment_id) do update
				set object_number = excluded.object_number, address = excluded.address,
				    stairwell = excluded.stairwell, rooms = excluded.rooms,
				    area_square_metres = excluded.area_square_metres, monthly_rent = excluded.monthly_rent,
				    updated_at = excluded.updated_at, property = excluded.property, floor = excluded.floor,
				    lift = excluded.lift, ground_floor = excluded.ground_floor, adapted = excluded.adapted
				""")
			.param("id", apartment.apartmentId())
			.param("objectNumber", apartment.objectNumber())
			.param("address", apartment.address())
			.param("stairwell", apartment.stairwell())
			.param("rooms", apartment.rooms())
			.param("area", apartment.areaSquareMetres())
			.param("rent", apartment.monthlyRent())
			.param("now", Timestamp.from(now))
			.param("property", apartment.property())
			.param("floor", apartment.floor())
			.param("lift", apartment.lift())
			.param("groundFloor", apartment.groundFloor())
			.param("adapted", apartment.adapted())
			.update();
	}

	/**
	 * The apartment was let: no longer available, nor offered for a social contract.
	 * @return whether the apartment was known
	 */
	boolean markLet(UUID apartmentId, Instant now) {
		return this.jdbc.sql("""
				update apartment set available = false, available_from = null, for_social_contract = false,
				       updated_at = :now
				where apartment_id = :id
				""").param("id", apartmentId).param("now", Timestamp.from(now)).update() > 0;
	}

	/**
	 * Offers an available apartment for a social contract, or withdraws the offer (not
	 * while an offer for a request holds it).
	 * @return whether an available apartment changed
	 */
	boolean offerForSocialContract(UUID apartmentId, boolean offered, String by, Instant now) {
		return this.jdbc.sql("""
				update apartment set for_social_contract = :offered, for_social_changed_by = :by,
				       for_social_changed_at = :now
				where apartment_id = :id and available and address is not null and (:offered or in_offer is null)
				""")
			.param("id", apartmentId)
			.param("offered", offered)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() > 0;
	}

	List<Apartment> findOfferedForSocialContract() {
		return this.jdbc.sql("select " + COLUMNS
				+ " from apartment where available and for_social_contract and in_offer is null order by available_from, object_number")
			.query(Apartment.class)
			.list();
	}

	/**
	 * Marks the apartment available from a date; an apartment not known yet gets a row
	 * with its object number only, for its registration to fill in.
	 */
	void markAvailable(UUID apartmentId, String objectNumber, LocalDate from, Instant now) {
		this.jdbc.sql("""
				insert into apartment (apartment_id, object_number, available, available_from, updated_at)
				values (:id, :objectNumber, true, :from, :now)
				on conflict (apartment_id) do update
				set available = true, available_from = excluded.available_from, updated_at = excluded.updated_at
				""")
			.param("id", apartmentId)
			.param("objectNumber", objectNumber)
			.param("from", Date.valueOf(from))
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Adds one vacancy to the apartment's history. A plain insert on purpose: the event
	 * id is unique, so a duplicate that got past the inbox fails instead of counting
	 * twice.
	 */
	void insertVacancy(UUID apartmentId, UUID eventId, LocalDate from, Instant reportedAt) {
		this.jdbc.sql("""
				insert into vacancy (apartment_id, event_id, available_from, reported_at)
				values (:apartmentId, :eventId, :from, :reportedAt)
				""")
			.param("apartmentId", apartmentId)
			.param("eventId", eventId)
			.param("from", Date.valueOf(from))
			.param("reportedAt", Timestamp.from(reportedAt))
			.update();
	}

	/**
	 * Reserves an apartment offered for a social contract for one offer.
	 * @return whether it was offered and in no other offer
	 */
	boolean reserve(UUID apartmentId, UUID offerId) {
		return this.jdbc.sql("""
				update apartment set in_offer = :offer
				where apartment_id = :id and available and for_social_contract and in_offer is null
				""").param("id", apartmentId).param("offer", offerId).update() > 0;
	}

	/** Ends the offer's reservation: the apartment is available for offers again. */
	void release(UUID apartmentId, UUID offerId) {
		this.jdbc.sql("update apartment set in_offer = null where apartment_id = :id and in_offer = :offer")
			.param("id", apartmentId)
			.param("offer", offerId)
			.update();
	}

	/** A placement took the apartment: no longer available nor offered. */
	void take(UUID apartmentId, Instant now) {
		this.jdbc.sql("""
				update apartment set available = false, available_from = null, for_social_contract = false,
				       in_offer = null, updated_at = :now
				where apartment_id = :id
				""").param("id", apartmentId).param("now", Timestamp.from(now)).update();
	}

	/**
	 * Neither available nor offered: the housing company has let it or does not know it.
	 */
	void withdraw(UUID apartmentId, Instant now) {
		this.jdbc.sql("""
				update apartment set available = false, available_from = null, for_social_contract = false,
				       in_offer = null, updated_at = :now
				where apartment_id = :id
				""").param("id", apartmentId).param("now", Timestamp.from(now)).update();
	}

	/**
	 * Available again from its latest vacancy (if it had one), not offered for a social
	 * contract.
	 */
	void availableAgain(UUID apartmentId, Instant now) {
		this.jdbc.sql("""
				update apartment a set available = true, for_social_contract = false, in_offer = null,
				       available_from = v.available_from, updated_at = :now
				from (select available_from from vacancy where apartment_id = :id
				      order by reported_at desc, id desc limit 1) v
				where a.apartment_id = :id
				""").param("id", apartmentId).param("now", Timestamp.from(now)).update();
	}

	List<Apartment> findAvailable() {
		return this.jdbc
			.sql("select " + COLUMNS + " from apartment where available order by available_from, object_number")
			.query(Apartment.class)
			.list();
	}

	Optional<Apartment> find(UUID apartmentId) {
		return this.jdbc.sql("select " + COLUMNS + " from apartment where apartment_id = :id")
			.param("id", apartmentId)
			.query(Apartment.class)
			.optional();
	}

}
