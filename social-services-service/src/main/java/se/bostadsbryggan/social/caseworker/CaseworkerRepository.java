package se.bostadsbryggan.social.caseworker;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores caseworkers in the social services database.
 */
@Repository
class CaseworkerRepository {

	private static final String COLUMNS = "id, username, user_id, display_name, unit";

	private final JdbcClient jdbc;

	CaseworkerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Caseworker> findByUsername(String username) {
		return this.jdbc.sql("select " + COLUMNS + " from caseworker where username = :username")
			.param("username", username)
			.query(Caseworker.class)
			.optional();
	}

	Optional<Caseworker> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from caseworker where id = :id")
			.param("id", id)
			.query(Caseworker.class)
			.optional();
	}

	List<Caseworker> inUnit(String unit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from caseworker where unit = :unit order by display_name, username")
			.param("unit", unit)
			.query(Caseworker.class)
			.list();
	}

	/**
	 * Inserts the caseworker, or brings the row with the same login name up to date. A
	 * user id held by another login name (a renamed account) moves to this one.
	 */
	Caseworker upsert(Caseworker caseworker) {
		if (caseworker.userId() != null) {
			this.jdbc.sql("update caseworker set user_id = null where user_id = :userId and username <> :username")
				.param("userId", caseworker.userId())
				.param("username", caseworker.username())
				.update();
		}
		return this.jdbc.sql("""
				insert into caseworker (id, username, user_id, display_name, unit)
				values (:id, :username, :userId, :displayName, :unit)
				on conflict (username) do update
				    set user_id = coalesce(excluded.user_id, caseworker.user_id),
				        display_name = excluded.display_name,
				        unit = excluded.unit
				returning id, username, user_id, display_name, unit
				""")
			.param("id", caseworker.id())
			.param("username", caseworker.username())
			.param("userId", caseworker.userId())
			.param("displayName", caseworker.displayName())
			.param("unit", caseworker.unit())
			.query(Caseworker.class)
			.single();
	}

	void insertIfMissing(Caseworker caseworker) {
		this.jdbc.sql("""
				insert into caseworker (id, username, user_id, display_name, unit)
				values (:id, :username, :userId, :displayName, :unit)
				on conflict (username) do nothing
				""")
			.param("id", caseworker.id())
			.param("username", caseworker.username())
			.param("userId", caseworker.userId())
			.param("displayName", caseworker.displayName())
			.param("unit", caseworker.unit())
			.update();
	}

}
