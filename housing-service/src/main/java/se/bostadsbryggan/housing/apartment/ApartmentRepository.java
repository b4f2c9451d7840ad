package se.bostadsbryggan.housing.apartment;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores apartments in the housing database.
 */
@Repository
class ApartmentRepository {

	private static final String COLUMNS = """
			id, object_number, address, stairwell, rooms, area_square_metres, monthly_rent, status, available_from,
			registered_at""";

	private final JdbcClient jdbc;

	ApartmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Apartment apartment) {
		this.jdbc.sql("""
				insert into apartment (id, object_number, address, stairwell, rooms, area_square_metres,
				                       monthly_rent, status, available_from, registered_at)
				values (:id, :objectNumber, :address, :stairwell, :rooms, :area, :rent, :status, :availableFrom,
				        :registeredAt)
				""")
			.param("id", apartment.id())
			.param("objectNumber", apartment.objectNumber())
			.param("address", apartment.address())
			.param("stairwell", apartment.stairwell())
			.param("rooms", apartment.rooms())
			.param("area", apartment.areaSquareMetres())
			.param("rent", apartment.monthlyRent())
			.param("status", apartment.status().name())
			.param("availableFrom",
					(apartment.availableFrom() != null) ? Date.valueOf(apartment.availableFrom()) : null)
			.param("registeredAt", Timestamp.from(apartment.registeredAt()))
			.update();
	}

	void markVacant(Apartment apartment) {
		this.jdbc.sql("update apartment set status = 'VACANT', available_from = :from where id = :id")
			.param("from", Date.valueOf(apartment.availableFrom()))
			.param("id", apartment.id())
			.update();
	}

	boolean objectNumberTaken(String objectNumber) {
		return this.jdbc.sql("select exists (select 1 from apartment where object_number = :objectNumber)")
			.param("objectNumber", objectNumber)
			.query(Boolean.class)
			.single();
	}

	Optional<Apartment> findForUpdate(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from apartment where id = :id for update")
			.param("id", id)
			.query(Apartment.class)
			.optional();
	}

	Optional<Apartment> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from apartment where id = :id")
			.param("id", id)
			.query(Apartment.class)
			.optional();
	}

	List<Apartment> findAll() {
		return this.jdbc.sql("select " + COLUMNS + " from apartment order by object_number")
			.query(Apartment.class)
			.list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from apartment").query(Long.class).single();
	}

}
