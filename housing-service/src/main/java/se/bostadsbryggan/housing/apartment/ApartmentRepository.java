package se.bostadsbryggan.housing.apartment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores apartments in the housing database.
 */
@Repository
class ApartmentRepository {

	private static final String SELECT = """
			select a.id, a.object_number, a.address, s.code as stairwell, p.designation as property, a.floor, a.rooms,
			       a.area_square_metres, a.monthly_rent, a.lift, a.ground_floor, a.adapted, a.status,
			       a.available_from, a.registered_at
			from apartment a
			join stairwell s on s.id = a.stairwell_id
			join building b on b.id = s.building_id
			join property p on p.id = b.property_id
			""";

	/** The lease running on a given day; lease periods include their last day. */
	private static final String LEASE_ON_DAY = "l.apartment_id = a.id "
			+ "and daterange(l.start_date, l.end_date, '[]') @> cast(:today as date)";

	private final JdbcClient jdbc;

	ApartmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Apartment apartment, UUID stairwellId) {
		this.jdbc.sql("""
				insert into apartment (id, object_number, address, stairwell_id, floor, rooms, area_square_metres,
				                       monthly_rent, lift, ground_floor, adapted, status, available_from,
				                       registered_at)
				values (:id, :objectNumber, :address, :stairwellId, :floor, :rooms, :area, :rent, :lift,
				        :groundFloor, :adapted, :status, :availableFrom, :registeredAt)
				""")
			.param("id", apartment.id())
			.param("objectNumber", apartment.objectNumber())
			.param("address", apartment.address())
			.param("stairwellId", stairwellId)
			.param("floor", apartment.floor())
			.param("rooms", apartment.rooms())
			.param("area", apartment.areaSquareMetres())
			.param("rent", apartment.monthlyRent())
			.param("lift", apartment.lift())
			.param("groundFloor", apartment.groundFloor())
			.param("adapted", apartment.adapted())
			.param("status", apartment.status().name())
			.param("availableFrom", date(apartment.availableFrom()))
			.param("registeredAt", Timestamp.from(apartment.registeredAt()))
			.update();
	}

	void updateStatus(Apartment apartment) {
		this.jdbc.sql("update apartment set status = :status, available_from = :from where id = :id")
			.param("status", apartment.status().name())
			.param("from", date(apartment.availableFrom()))
			.param("id", apartment.id())
			.update();
	}

	boolean objectNumberTaken(String objectNumber) {
		return this.jdbc.sql("select exists (select 1 from apartment where object_number = :objectNumber)")
			.param("objectNumber", objectNumber)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Reads an apartment and locks its row until the transaction ends. {@code NO KEY
	 * UPDATE} does not block the key-share locks that inserting a lease for it takes.
	 */
	Optional<Apartment> findForUpdate(UUID id) {
		return this.jdbc.sql(SELECT + " where a.id = :id for no key update of a")
			.param("id", id)
			.query(Apartment.class)
			.optional();
	}

	Optional<Apartment> find(UUID id) {
		return this.jdbc.sql(SELECT + " where a.id = :id").param("id", id).query(Apartment.class).optional();
	}

	Optional<Apartment> findByObjectNumber(String objectNumber) {
		return this.jdbc.sql(SELECT + " where a.object_number = :objectNumber")
			.param("objectNumber", objectNumber)
			.query(Apartment.class)
			.optional();
	}

	List<Apartment> findAll() {
		return this.jdbc.sql(SELECT + " order by a.object_number").query(Apartment.class).list();
	}

	ApartmentPage search(ApartmentFilter filter, LocalDate today) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("today", Date.valueOf(today));
		if (filter.status() != null) {
			conditions.add("a.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.stairwell() != null) {
			conditions.add("s.code = :stairwell");
			params.put("stairwell", filter.stairwell());
		}
		if (filter.leaseType() != null) {
			conditions.add("exists (select 1 from lease l where " + LEASE_ON_DAY + " and l.type = :leaseType)");
			params.put("leaseType", filter.leaseType());
		}
		if (filter.onlyVacant()) {
			conditions.add("not exists (select 1 from lease l where " + LEASE_ON_DAY + ")");
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		String from = " from apartment a join stairwell s on s.id = a.stairwell_id";
		long total = this.jdbc.sql("select count(*)" + from + where)
			.params(withoutUnused(params, where))
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + ApartmentFilter.PAGE_SIZE - 1) / ApartmentFilter.PAGE_SIZE);
		int page = Math.min(filter.page(), pages);
		params.put("limit", ApartmentFilter.PAGE_SIZE);
		params.put("offset", (page - 1) * ApartmentFilter.PAGE_SIZE);
		List<ApartmentListing> items = this.jdbc.sql("""
				select a.id, a.object_number, a.address, s.code as stairwell, a.rooms, a.area_square_metres,
				       a.monthly_rent, a.status, a.available_from,
				       (select l.type from lease l where %s) as current_lease_type
				%s%s
				order by a.object_number
				limit :limit offset :offset
				""".formatted(LEASE_ON_DAY, from, where)).params(params).query(ApartmentListing.class).list();
		return new ApartmentPage(items, page, pages, total);
	}

	long count() {
		return this.jdbc.sql("select count(*) from apartment").query(Long.class).single();
	}

	private static Map<String, Object> withoutUnused(Map<String, Object> params, String sql) {
		Map<String, Object> used = new LinkedHashMap<>(params);
		used.keySet().removeIf((name) -> !sql.contains(":" + name));
		return used;
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

}
