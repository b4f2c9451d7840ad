package se.bostadsbryggan.housing.property;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The housing company's properties, buildings and stairwells. A stairwell named for the
 * first time is created in the building at the given address; a new building goes to the
 * given property, or to a property of its own designated by its address until staff move
 * it.
 */
@Service
public class StairwellRegister {

	private static final String SELECT = """
			select s.id, s.code, b.street_address, p.designation as property, p.name as property_name
			from stairwell s
			join building b on b.id = s.building_id
			join property p on p.id = b.property_id
			""";

	private final JdbcClient jdbc;

	StairwellRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The stairwell with this code, created (with its building and property if needed)
	 * when it does not exist yet. Safe when two requests name the same new stairwell at
	 * once.
	 * @param code the stairwell's code
	 * @param streetAddress the building's street address, used only for a new stairwell
	 * @param propertyDesignation the property's designation, or {@code null} for a
	 * property of the building's own; used only for a new building
	 * @return the stairwell
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Stairwell findOrCreate(String code, String streetAddress, String propertyDesignation) {
		Optional<Stairwell> existing = find(code);
		if (existing.isPresent()) {
			return existing.get();
		}
		UUID buildingId = buildingAt(streetAddress, (propertyDesignation != null && !propertyDesignation.isBlank())
				? propertyDesignation.strip() : streetAddress);
		this.jdbc
			.sql("insert into stairwell (id, building_id, code) values (:id, :building, :code) "
					+ "on conflict (code) do nothing")
			.param("id", UUID.randomUUID())
			.param("building", buildingId)
			.param("code", code)
			.update();
		return find(code).orElseThrow();
	}

	/**
	 * @return every stairwell, by code
	 */
	@Transactional(readOnly = true)
	public List<Stairwell> all() {
		return this.jdbc.sql(SELECT + " order by s.code").query(Stairwell.class).list();
	}

	/**
	 * @param code a stairwell's code
	 * @return the stairwell, if it exists
	 */
	@Transactional(readOnly = true)
	public Optional<Stairwell> find(String code) {
		return this.jdbc.sql(SELECT + " where s.code = :code").param("code", code).query(Stairwell.class).optional();
	}

	private UUID buildingAt(String streetAddress, String propertyDesignation) {
		this.jdbc
			.sql("insert into property (id, designation, name) values (:id, :designation, :designation) "
					+ "on conflict (designation) do nothing")
			.param("id", UUID.randomUUID())
			.param("designation", propertyDesignation)
			.update();
		this.jdbc.sql("""
				insert into building (id, property_id, street_address)
				select :id, p.id, :address from property p where p.designation = :designation
				on conflict (street_address) do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("address", streetAddress)
			.param("designation", propertyDesignation)
			.update();
		return this.jdbc.sql("select id from building where street_address = :address")
			.param("address", streetAddress)
			.query(UUID.class)
			.single();
	}

}
