package se.bostadsbryggan.social.need;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.bostadsbryggan.identity.PersonalIdentityNumber;

/**
 * Stores housing needs and their conflict persons in the social services database.
 */
@Repository
class HousingNeedRepository {

	private static final String COLUMNS = """
			id, reference, household_size, rooms_needed, registered_at, client_id, max_rent,
			needs_lift, needs_ground_floor, needs_adapted, areas_to_avoid
			""";

	private final JdbcClient jdbc;

	HousingNeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(HousingNeed need) {
		this.jdbc.sql("""
				insert into housing_need (id, reference, household_size, rooms_needed, registered_at, client_id,
				                          max_rent, needs_lift, needs_ground_floor, needs_adapted, areas_to_avoid)
				values (:id, :reference, :householdSize, :roomsNeeded, :registeredAt, :clientId,
				        :maxRent, :needsLift, :needsGroundFloor, :needsAdapted, string_to_array(:areas, chr(31)))
				""")
			.param("id", need.id())
			.param("reference", need.reference())
			.param("householdSize", need.householdSize())
			.param("roomsNeeded", need.roomsNeeded())
			.param("registeredAt", Timestamp.from(need.registeredAt()))
			.param("clientId", need.clientId())
			.param("maxRent", need.maxRent())
			.param("needsLift", need.needsLift())
			.param("needsGroundFloor", need.needsGroundFloor())
			.param("needsAdapted", need.needsAdapted())
			.param("areas", String.join("\u001f", need.areasToAvoid()))
			.update();
	}

	void insertConflictPerson(UUID needId, PersonalIdentityNumber number) {
		this.jdbc.sql("""
				insert into conflict_person (need_id, personal_identity_number) values (:needId, :number)
				on conflict do nothing
				""").param("needId", needId).param("number", number.value()).update();
	}

	List<PersonalIdentityNumber> conflictPersons(UUID needId) {
		return this.jdbc
			.sql("select personal_identity_number from conflict_person where need_id = :needId"
					+ " order by personal_identity_number")
			.param("needId", needId)
			.query(String.class)
			.list()
			.stream()
			.map(PersonalIdentityNumber::new)
			.toList();
	}

	Optional<HousingNeed> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from housing_need where id = :id")
			.param("id", id)
			.query(HousingNeedRepository::need)
			.optional();
	}

	List<HousingNeed> findAll() {
		return this.jdbc.sql("select " + COLUMNS + " from housing_need order by registered_at desc, id")
			.query(HousingNeedRepository::need)
			.list();
	}

	List<HousingNeed> ofClient(UUID clientId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from housing_need where client_id = :clientId order by registered_at desc, id")
			.param("clientId", clientId)
			.query(HousingNeedRepository::need)
			.list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from housing_need").query(Long.class).single();
	}

	private static HousingNeed need(ResultSet rs, int row) throws SQLException {
		Array areas = rs.getArray("areas_to_avoid");
		return new HousingNeed(rs.getObject("id", UUID.class), rs.getObject("reference", UUID.class),
				rs.getInt("household_size"), rs.getInt("rooms_needed"), rs.getTimestamp("registered_at").toInstant(),
				rs.getObject("client_id", UUID.class), rs.getObject("max_rent", Integer.class),
				rs.getBoolean("needs_lift"), rs.getBoolean("needs_ground_floor"), rs.getBoolean("needs_adapted"),
				(areas != null) ? Arrays.asList((String[]) areas.getArray()) : List.of());
	}

}
