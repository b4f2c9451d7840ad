package se.bostadsbryggan.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generated national-scale data, added with set-based SQL to a local run's migrated
 * databases next to its demo data: the apartments in housing-service's tables (spread
 * over 290 municipalities, their properties, buildings and stairwells) and, in
 * allocation-service's read models, what housing-service and social services would have
 * published of them: the vacancies (some offered for a social contract), the social
 * contracts and guaranteed leases with their rent months, disturbances and readiness
 * assessments, the housing requests, the year's turnover and placements. Every generated
 * key starts with {@code N} so it never collides with the demo's.
 *
 * @param apartments apartments in housing-service (1.5 million nationally)
 * @param contracts social contracts and guaranteed leases (25,000)
 * @param waitingRequests waiting housing requests (5,000)
 */
record NationalScaleData(int apartments, int contracts, int waitingRequests) {

	/** Sweden's municipalities. */
	static final int MUNICIPALITIES = 290;

	/** Apartments per stairwell, stairwells per building, buildings per property. */
	static final int PER_STAIRWELL = 15;

	/**
	 * @param smoke the smoke version: a hundredth of the data
	 * @return the national data set
	 */
	static NationalScaleData of(boolean smoke) {
		return smoke ? new NationalScaleData(15_000, 250, 50) : new NationalScaleData(1_500_000, 25_000, 5_000);
	}

	int stairwells() {
		return Math.max(1, this.apartments / PER_STAIRWELL);
	}

	/**
	 * Adds the apartments, properties, buildings and stairwells to housing-service's
	 * database.
	 * @param housing a connection to it, as its owner
	 * @throws SQLException when a statement fails
	 */
	void addToHousing(Connection housing) throws SQLException {
		int stairwells = stairwells();
		execute(housing, """
				insert into property (id, designation, name)
				select gen_random_uuid(), 'NP' || p, 'Kommun ' || (p %% %1$d) || ', fastighet ' || p
				from generate_series(0, (%2$d - 1) / 6) p
				""".formatted(MUNICIPALITIES, stairwells));
		execute(housing, """
				insert into building (id, property_id, street_address)
				select gen_random_uuid(), p.id, 'Nationalgatan ' || substr(p.designation, 3) || '-' || b
				from property p, generate_series(0, 1) b where p.designation like 'NP%%'
				""".formatted());
		execute(housing,
				"""
						insert into stairwell (id, building_id, code)
						select gen_random_uuid(), b.id, 'NS' || (substr(p.designation, 3)::int * 6 + right(b.street_address, 1)::int * 3 + s)
						from building b join property p on p.id = b.property_id, generate_series(0, 2) s
						where p.designation like 'NP%%' and substr(p.designation, 3)::int * 6 + right(b.street_address, 1)::int * 3 + s < %d
						"""
					.formatted(stairwells));
		execute(housing, """
				insert into apartment (id, object_number, address, rooms, area_square_metres, monthly_rent, status,
				                       available_from, registered_at, stairwell_id, floor, lift, ground_floor, adapted)
				select gen_random_uuid(), 'N' || n, 'Nationalgatan ' || (j / 6) || ', lgh ' || k,
				       1 + (n %% 5), 25 + (n %% 5) * 18 + (n %% 7), 4200 + (n %% 5) * 1500 + (n %% 11) * 50,
				       case when n %% 100 = 0 then 'VACANT' else 'LET' end,
				       case when n %% 100 = 0 then current_date + (n %% 60) end,
				       now() - make_interval(days => n %% 3650), s.id, k / 3, k %% 2 = 0, k < 3, n %% 50 = 0
				from (select id, substr(code, 3)::int as j from stairwell where code like 'NS%%') s,
				     generate_series(0, %d - 1) k, lateral (select s.j * %d + k as n) nn
				""".formatted(PER_STAIRWELL, PER_STAIRWELL));
		execute(housing, "analyze");
	}

	/**
	 * Adds allocation-service's read models and workflow data of the national deployment.
	 * @param allocation a connection to its database, as its owner
	 * @throws SQLException when a statement fails
	 */
	void addToAllocation(Connection allocation) throws SQLException {
		// The vacancies (1 % of the apartments, as housing-service has them) and the
		// quarter of them offered for a social contract.
		execute(allocation, """
				insert into apartment (apartment_id, object_number, address, stairwell, rooms, area_square_metres,
				                       monthly_rent, available, available_from, updated_at, property, floor, lift,
				                       ground_floor, adapted, for_social_contract, for_social_changed_by,
				                       for_social_changed_at)
				select gen_random_uuid(), 'N' || n, 'Nationalgatan ' || (n / %1$d / 6) || ', lgh ' || (n %% %1$d),
				       'NS' || (n / %1$d), 1 + (n %% 5), 25 + (n %% 5) * 18 + (n %% 7),
				       4200 + (n %% 5) * 1500 + (n %% 11) * 50, true, current_date + (n %% 60), now(),
				       'NP' || (n / %1$d / 6), (n %% %1$d) / 3, (n %% %1$d) %% 2 = 0, (n %% %1$d) < 3, n %% 50 = 0,
				       n %% 400 = 0, case when n %% 400 = 0 then 'bench' end, case when n %% 400 = 0 then now() end
				from generate_series(0, %2$d - 1, 100) n
				""".formatted(PER_STAIRWELL, this.apartments));
		// Social contracts (85 %) and guaranteed leases, started over the last five
		// years; 5 % ended, 6 % lasting solutions, 4 % taken over.
		allocation.setAutoCommit(false);
		try {
			execute(allocation, """
					create temporary table national_contract on commit drop as
					select gen_random_uuid() as lease_id, gen_random_uuid() as apartment_id,
					       gen_random_uuid() as request_reference, i,
					       'N' || ((i * 7919) %% %1$d) as object_number,
					       'NS' || ((i * 7919) %% %1$d / %2$d) as stairwell,
					       case when i %% 7 = 0 then 'GUARANTEED' else 'SOCIAL' end as lease_type,
					       current_date - (i * 37 %% 1826) as start_date
					from generate_series(1, %3$d) i
					""".formatted(this.apartments, PER_STAIRWELL, this.contracts));
			execute(allocation, """
					insert into lease (lease_id, apartment_id, stairwell, lease_type, start_date, end_date, updated_at)
					select lease_id, apartment_id, stairwell, lease_type, start_date,
					       case when i %% 20 = 0 then current_date - 1 end, now()
					from national_contract
					""".formatted());
			execute(allocation, """
					insert into contract (lease_id, apartment_id, object_number, lease_type, start_date, end_date,
					                      request_reference, caseworker, lasting, review_on, taken_over_on,
					                      status_changed_on, updated_at)
					select lease_id, apartment_id, object_number, lease_type, start_date,
					       case when i %% 20 = 0 then current_date - 1 end, request_reference,
					       'handlaggare' || (i %% 600), i %% 17 = 0, case when i %% 17 = 0 then current_date + 90 end,
					       case when i %% 25 = 0 then current_date - (i %% 300) end, start_date, now()
					from national_contract
					""".formatted());
			// A rent month for every month since the start, due on its last working day
			// before; 4 % paid late, the current month's still open on some.
			execute(allocation,
					"""
							insert into contract_rent_month (lease_id, month, due_date, paid_date)
							select c.lease_id, m.month, m.month - 1,
							       case when m.month > current_date - 3 and (c.i + m.k) %% 3 = 0 then null
							            when (c.i * 13 + m.k) %% 25 = 0 then m.month + 10 + (c.i %% 20)
							            else m.month - 1 - ((c.i + m.k) %% 4) end
							from national_contract c,
							     lateral (select (date_trunc('month', c.start_date) + make_interval(months => k))::date as month, k
							              from generate_series(0, (extract(year from age(current_date, date_trunc('month', c.start_date))) * 12
							                                      + extract(month from age(current_date, date_trunc('month', c.start_date))))::int) k) m
							"""
						.formatted());
			execute(allocation, """
					insert into contract_disturbance (disturbance_id, lease_id, occurred_on, outcome)
					select gen_random_uuid(), lease_id, start_date + (i %% greatest(current_date - start_date, 1)),
					       case when i %% 3 = 0 then 'DISMISSED' else 'VERIFIED' end
					from national_contract where i %% 20 = 3
					""".formatted());
			// Readiness: 70 % assessed (by request reference), 80 % of them ready, some
			// assessed twice.
			execute(allocation,
					"""
							insert into readiness_assessment (event_id, request_reference, object_number, outcome, assessed_on,
							                                  caseworker, received_at)
							select gen_random_uuid(), request_reference, object_number,
							       case when (i + a) %% 5 = 0 then 'NOT_YET' else 'READY' end,
							       greatest(start_date, current_date - (i * 11 + a * 97) %% 540), 'handlaggare' || (i %% 600), now()
							from national_contract, generate_series(0, 1) a
							where i %% 10 < 7 and (a = 0 or i %% 4 = 0)
							"""
						.formatted());
			// Housing requests: the waiting ones and, as many again, placed or withdrawn.
			execute(allocation, """
					insert into housing_request (request_reference, household_size, rooms_needed, max_rent, needs_lift,
					                             needs_ground_floor, needs_adapted, areas_to_avoid, client_key_id,
					                             client_hash, caseworker, status, submitted_at)
					select gen_random_uuid(), hs, least(hs, 4) + case when i %% 9 = 0 then 1 else 0 end,
					       case when i %% 3 = 0 then null else 5000 + (i %% 8) * 1000 end, i %% 11 = 0, i %% 13 = 0,
					       i %% 29 = 0,
					       case when i %% 6 = 0 then array['NP' || (i %% 5000)] else '{}'::text[] end,
					       'bench', md5('national' || i), 'handlaggare' || (i %% 600),
					       case when i < %1$d then 'WAITING' when i %% 2 = 0 then 'PLACED' else 'WITHDRAWN' end,
					       now() - make_interval(days => i %% 720, mins => i)
					from generate_series(0, %1$d * 2 - 1) i,
					     lateral (select case when i %% 10 < 5 then 1 when i %% 10 < 7 then 2 when i %% 10 < 9 then 3
					                          else 4 + i %% 3 end as hs) h
					""".formatted(this.waitingRequests));
			// This year's turnover of the whole country and its placements so far.
			execute(allocation, """
					insert into turnover (year, re_lets, apartments_re_let, apartments, year_closed, calculated_at,
					                      event_id)
					values (extract(year from current_date)::int, %1$d / 8, %1$d / 9, %1$d, false, now(),
					        gen_random_uuid())
					on conflict (year) do update set re_lets = excluded.re_lets,
					    apartments_re_let = excluded.apartments_re_let, apartments = excluded.apartments,
					    calculated_at = excluded.calculated_at
					""".formatted(this.apartments));
			execute(allocation, """
					insert into quota_year (year, created_at) values (extract(year from current_date)::int, now())
					on conflict (year) do nothing
					""".formatted());
			execute(allocation,
					"""
							insert into placement (id, quota_year, request_reference, apartment_id, placed_on, stairwell,
							                       start_date, status, placed_by)
							select gen_random_uuid(), extract(year from current_date)::int, r.request_reference, a.apartment_id,
							       greatest(date_trunc('year', current_date)::date, current_date - (r.rn %% 330)::int), a.stairwell,
							       current_date, 'SIGNED', 'bench'
							from (select request_reference, row_number() over (order by request_reference) rn
							      from housing_request where status = 'PLACED' and client_key_id = 'bench') r
							join (select apartment_id, stairwell, row_number() over (order by apartment_id) rn
							      from apartment where object_number like 'N%%' and not for_social_contract) a on a.rn = r.rn
							"""
						.formatted());
			allocation.commit();
		}
		catch (SQLException ex) {
			allocation.rollback();
			throw ex;
		}
		finally {
			allocation.setAutoCommit(true);
		}
		execute(allocation, "analyze");
	}

	/**
	 * @param connection a connection
	 * @param tables the tables to count
	 * @return each table's rows and size on disk (with indexes)
	 * @throws SQLException when a query fails
	 */
	static Map<String, String> sizes(Connection connection, List<String> tables) throws SQLException {
		Map<String, String> sizes = new LinkedHashMap<>();
		for (String table : tables) {
			try (PreparedStatement statement = connection.prepareStatement(
					"select count(*), pg_size_pretty(pg_total_relation_size(cast(? as regclass))) from " + table)) {
				statement.setString(1, table);
				try (ResultSet rows = statement.executeQuery()) {
					rows.next();
					sizes.put(table, "%,d rows, %s".formatted(rows.getLong(1), rows.getString(2)));
				}
			}
		}
		return sizes;
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
