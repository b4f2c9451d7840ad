package se.bostadsbryggan.allocation.need;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the housing needs in the allocation database.
 */
@Repository
class HousingNeedRepository {

	private final JdbcClient jdbc;

	HousingNeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a need to the queue. A plain insert: a redelivered event is dropped by the
	 * inbox, and the reference's primary key makes a duplicate that got past it fail.
	 */
	void insert(HousingNeed need) {
		this.jdbc.sql("""
				insert into housing_need (need_reference, household_size, rooms_needed, registered_at)
				values (:reference, :householdSize, :roomsNeeded, :registeredAt)
				""")
			.param("reference", need.needReference())
			.param("householdSize", need.householdSize())
			.param("roomsNeeded", need.roomsNeeded())
			.param("registeredAt", Timestamp.from(need.registeredAt()))
			.update();
	}

	List<HousingNeed> findInQueueOrder() {
		return this.jdbc.sql("""
				select need_reference, household_size, rooms_needed, registered_at
				from housing_need order by registered_at, need_reference
				""").query(HousingNeed.class).list();
	}

}
