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
	 * counts, with the property's counts.
	 */
	List<Map<String, Object>> counts(LocalDate today) {
		return this.jdbc.sql("""
				with running as (
				    select l.stairwell, l.lease_type, l.apartment_id
				    from lease l
				    where l.lease_type in ('SOCIAL', 'GUARANTEED') and (l.end_date is null or l.end_date >= :today)
				), stairwells as (
				    select stairwell, max(property) as property, count(*) as apartments
				    from apartment where stairwell is not null group by stairwell
				    union
				    select r.stairwell, null, 0 from running r
				    where not exists (select 1 from apartment a where a.stairwell = r.stairwell)
				), per_stairwell as (
				    select s.stairwell, s.property,
				           (select count(*) from running r where r.stairwell = s.stairwell and r.lease_type = 'SOCIAL')
				               as social_contracts,
				           (select count(*) from running r where r.stairwell = s.stairwell
				                and r.lease_type = 'GUARANTEED') as guarantees
				    from stairwells s
				), per_property as (
				    select a.property, count(distinct a.apartment_id) as apartments,
				           (select count(*) from running r join apartment pa on pa.apartment_id = r.apartment_id
				            where pa.property = a.property) as running
				    from apartment a where a.property is not null group by a.property
				)
				select ps.stairwell, ps.property, ps.social_contracts, ps.guarantees,
				       coalesce(pp.running, 0) as property_count, coalesce(pp.apartments, 0) as property_apartments
				from per_stairwell ps left join per_property pp on pp.property = ps.property
				order by ps.social_contracts + ps.guarantees desc, ps.stairwell
				""").param("today", Date.valueOf(today)).query().listOfRows();
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
