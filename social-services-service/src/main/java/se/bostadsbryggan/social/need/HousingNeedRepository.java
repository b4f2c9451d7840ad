package se.bostadsbryggan.social.need;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores housing needs in the social services database.
 */
@Repository
class HousingNeedRepository {

	private static final String COLUMNS = "id, reference, household_size, rooms_needed, registered_at";

	private final JdbcClient jdbc;

	HousingNeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(HousingNeed need) {
		this.jdbc.sql("""
				insert into housing_need (id, reference, household_size, rooms_needed, registered_at)
				values (:id, :reference, :householdSize, :roomsNeeded, :registeredAt)
				""")
			.param("id", need.id())
			.param("reference", need.reference())
			.param("householdSize", need.householdSize())
			.param("roomsNeeded", need.roomsNeeded())
			.param("registeredAt", Timestamp.from(need.registeredAt()))
			.update();
	}

	Optional<HousingNeed> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from housing_need where id = :id")
			.param("id", id)
			.query(HousingNeed.class)
			.optional();
	}

	List<HousingNeed> findAll() {
		return this.jdbc.sql("select " + COLUMNS + " from housing_need order by registered_at desc, id")
			.query(HousingNeed.class)
			.list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from housing_need").query(Long.class).single();
	}

}
