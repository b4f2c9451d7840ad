package se.bostadsbryggan.allocation.spread;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the leases in the allocation database and counts the running social contracts
 * and guarantees. A lease runs until its end date has passed (one signed to start later
 * counts already: the apartment is taken).
 */
@Repository
class LeaseRepository {

	private final JdbcClient jdbc;

	LeaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a started lease; one already known (its end came first) keeps its end. */
	void started(Lease lease, Instant now) {
		this.jdbc.sql("""
				insert into lease (lease_id, apartment_id, stairwell, lease_type, start_date, end_date, updated_at)
				values (:id, :apartmentId, :stairwell, :type, :start, :end, :now)
				on conflict (lease_id) do nothing
				""")
			.param("id", lease.leaseId())
			.param("apartmentId", lease.apartmentId())
			.param("stairwell", lease.stairwell())
			.param("type", lease.leaseType())
			.param("start", Date.valueOf(lease.startDate()))
			.param("end", (lease.endDate() != null) ? Date.valueOf(lease.endDate()) : null)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Records a lease's end, inserting the lease if its start has not arrived. */
	void ended(Lease lease, Instant now) {
		this.jdbc.sql("""
				insert into lease (lease_id, apartment_id, stairwell, lease_type, start_date, end_date, updated_at)
				values (:id, :apartmentId, :stairwell, :type, :start, :end, :now)
				on conflict (lease_id) do update set end_date = excluded.end_date, updated_at = excluded.updated_at
				""")
			.param("id", lease.leaseId())
			.param("apartmentId", lease.apartmentId())
			.param("stairwell", lease.stairwell())
			.param("type", lease.leaseType())
			.param("start", Date.valueOf(lease.startDate()))
			.param("end", Date.valueOf(lease.endDate()))
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<Lease> find(java.util.UUID leaseId) {
		return this.jdbc.sql(
				"select lease_id, apartment_id, stairwell, lease_type, start_date, end_date from lease where lease_id = :id")
			.param("id", leaseId)
			.query(Lease.class)
			.optional();
	}

	/**
	 * Per stairwell that has a running social contract or guarantee, or an apartment: the
	 * counts, with the property's counts. Set-based (one aggregate per level, joined), so
	 * it stays linear in the leases and apartments at national scale; for one stairwell
	 * only its own and its property's rows are read.
	 */
	List<Map<String, Object>> counts(LocalDate today) {
		return counts(today, null);
	}

	/**
	 * @param stairwell only this stairwell, or {@code null} for all
	 * @return as {@link #counts(LocalDate)}
	 */
	List<Map<String, Object>> counts(LocalDate today, String stairwell) {
		return this.jdbc.sql("""
				with running as (
				    select l.stairwell, l.lease_type, l.apartment_id
				    from lease l
				    where l.lease_type in ('SOCIAL', 'GUARANTEED') and (l.end_date is null or l.end_date >= :today)
				), running_per_stairwell as (
				    select stairwell, count(*) filter (where lease_type = 'SOCIAL') as social_contracts,
				           count(*) filter (where lease_type = 'GUARANTEED') as guarantees
				    from running where cast(:stairwell as text) is null or stairwell = :stairwell group by stairwell
				), apartment_stairwells as (
				    select stairwell, max(property) as property
				    from apartment
				    where stairwell is not null and (cast(:stairwell as text) is null or stairwell = :stairwell)
				    group by stairwell
				), stairwells as (
				    select stairwell, property from apartment_stairwells
				    union all
				    select r.stairwell, null from running_per_stairwell r
				    where not exists (select 1 from apartment_stairwells a where a.stairwell = r.stairwell)
				), per_property as (
				    select property, count(distinct apartment_id) as apartments
				    from apartment where property is not null and (cast(:stairwell as text) is null
				        or property in (select property from apartment where stairwell = :stairwell))
				    group by property
				), running_per_property as (
				    select pa.property, count(*) as running
				    from running r join apartment pa on pa.apartment_id = r.apartment_id
				    where pa.property is not null and (cast(:stairwell as text) is null
				        or pa.property in (select property from apartment where stairwell = :stairwell))
				    group by pa.property
				)
				select s.stairwell, s.property, coalesce(rs.social_contracts, 0) as social_contracts,
				       coalesce(rs.guarantees, 0) as guarantees, coalesce(rp.running, 0) as property_count,
				       coalesce(pp.apartments, 0) as property_apartments
				from stairwells s
				left join running_per_stairwell rs on rs.stairwell = s.stairwell
				left join per_property pp on pp.property = s.property
				left join running_per_property rp on rp.property = s.property
				where cast(:stairwell as text) is null or s.stairwell = :stairwell
				order by coalesce(rs.social_contracts, 0) + coalesce(rs.guarantees, 0) desc, s.stairwell
				""").param("today", Date.valueOf(today)).param("stairwell", stairwell).query().listOfRows();
	}

	int socialContractsStarted(int year) {
		return this.jdbc
			.sql("""
					select count(*) from lease
					where lease_type = 'SOCIAL' and start_date >= make_date(:year, 1, 1) and start_date < make_date(:year + 1, 1, 1)
					""")
			.param("year", year)
			.query(Integer.class)
			.single();
	}

}
