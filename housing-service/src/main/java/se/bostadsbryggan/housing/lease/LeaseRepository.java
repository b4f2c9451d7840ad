package se.bostadsbryggan.housing.lease;

import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores leases. The database keeps at most one lease per apartment on any day (an
 * exclusion constraint); a statement that would break that throws
 * {@link OverlappingLeaseException}.
 */
@Repository
class LeaseRepository {

	/** PostgreSQL's SQLSTATE for a violated exclusion constraint. */
	static final String EXCLUSION_VIOLATION = "23P01";

	private static final String COLUMNS = "id, apartment_id, tenant_id, type, start_date, end_date, notice_date, "
			+ "monthly_rent, created_at, ended_at, placement_id";

	private final JdbcClient jdbc;

	LeaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param lease the lease, with the placement a social contract is signed for
	 */
	void insert(Lease lease) {
		try {
			this.jdbc.sql("""
					insert into lease (id, apartment_id, tenant_id, type, start_date, end_date, notice_date,
					                   monthly_rent, created_at, placement_id)
					values (:id, :apartmentId, :tenantId, :type, :startDate, :endDate, :noticeDate, :rent, :createdAt,
					        :placementId)
					""")
				.param("id", lease.id())
				.param("placementId", lease.placementId())
				.param("apartmentId", lease.apartmentId())
				.param("tenantId", lease.tenantId())
				.param("type", lease.type().name())
				.param("startDate", Date.valueOf(lease.startDate()))
				.param("endDate", date(lease.endDate()))
				.param("noticeDate", date(lease.noticeDate()))
				.param("rent", lease.monthlyRent())
				.param("createdAt", Timestamp.from(lease.createdAt()))
				.update();
		}
		catch (DataAccessException ex) {
			throw translated(ex);
		}
	}

	void end(UUID id, LocalDate endDate, LocalDate noticeDate, Instant endedAt) {
		try {
			this.jdbc
				.sql("update lease set end_date = :endDate, notice_date = :noticeDate, ended_at = :endedAt "
						+ "where id = :id")
				.param("endDate", Date.valueOf(endDate))
				.param("noticeDate", date(noticeDate))
				.param("endedAt", Timestamp.from(endedAt))
				.param("id", id)
				.update();
		}
		catch (DataAccessException ex) {
			throw translated(ex);
		}
	}

	Optional<Lease> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from lease where id = :id")
			.param("id", id)
			.query(Lease.class)
			.optional();
	}

	List<Lease> forApartment(UUID apartmentId) {
		return this.jdbc.sql("select " + COLUMNS + " from lease where apartment_id = :id order by start_date desc")
			.param("id", apartmentId)
			.query(Lease.class)
			.list();
	}

	Optional<Lease> findByPlacement(UUID placementId) {
		return this.jdbc.sql("select " + COLUMNS + " from lease where placement_id = :id")
			.param("id", placementId)
			.query(Lease.class)
			.optional();
	}

	/**
	 * @param apartmentId an apartment
	 * @param day a day
	 * @return whether a lease of the apartment runs on that day or any later one
	 */
	boolean anyRunningOnOrAfter(UUID apartmentId, LocalDate day) {
		return this.jdbc.sql(
				"select exists (select 1 from lease where apartment_id = :id and (end_date is null or end_date >= :day))")
			.param("id", apartmentId)
			.param("day", Date.valueOf(day))
			.query(Boolean.class)
			.single();
	}

	boolean anyStartingAfter(UUID apartmentId, LocalDate day) {
		return this.jdbc.sql("select exists (select 1 from lease where apartment_id = :id and start_date > :day)")
			.param("id", apartmentId)
			.param("day", Date.valueOf(day))
			.query(Boolean.class)
			.single();
	}

	private static RuntimeException translated(DataAccessException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
				return new OverlappingLeaseException(ex);
			}
		}
		return ex;
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	/**
	 * The database refused a lease period that overlaps another lease of the apartment.
	 */
	static final class OverlappingLeaseException extends RuntimeException {

		OverlappingLeaseException(Throwable cause) {
			super("The lease overlaps another lease of the apartment", cause);
		}

	}

}
