package se.bostadsbryggan.housing.disturbance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores disturbance reports.
 */
@Repository
class DisturbanceRepository {

	private static final String COLUMNS = "id, lease_id, occurred_on, category, description, status, reason, "
			+ "reported_at, concluded_at";

	private final JdbcClient jdbc;

	DisturbanceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Disturbance disturbance) {
		this.jdbc.sql("""
				insert into disturbance (id, lease_id, occurred_on, category, description, status, reported_at)
				values (:id, :leaseId, :occurredOn, :category, :description, :status, :reportedAt)
				""")
			.param("id", disturbance.id())
			.param("leaseId", disturbance.leaseId())
			.param("occurredOn", Date.valueOf(disturbance.occurredOn()))
			.param("category", disturbance.category().name())
			.param("description", disturbance.description())
			.param("status", disturbance.status().name())
			.param("reportedAt", Timestamp.from(disturbance.reportedAt()))
			.update();
	}

	/**
	 * Concludes a report that is still open.
	 * @return whether it was open
	 */
	boolean conclude(UUID id, DisturbanceStatus outcome, String reason, Instant at) {
		return this.jdbc.sql("""
				update disturbance set status = :status, reason = :reason, concluded_at = :at
				where id = :id and status = 'REPORTED'
				""")
			.param("status", outcome.name())
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update() == 1;
	}

	Optional<Disturbance> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from disturbance where id = :id")
			.param("id", id)
			.query(Disturbance.class)
			.optional();
	}

	List<Disturbance> forLease(UUID leaseId) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from disturbance where lease_id = :id order by occurred_on desc, reported_at desc")
			.param("id", leaseId)
			.query(Disturbance.class)
			.list();
	}

}
