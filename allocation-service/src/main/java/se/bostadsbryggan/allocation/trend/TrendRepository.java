package se.bostadsbryggan.allocation.trend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the trends count from allocation's own tables, a few queries for all years
 * at once.
 */
@Repository
class TrendRepository {

	private final JdbcClient jdbc;

	TrendRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @return the first year with a social contract, a guarantee or a turnover figure, or
	 * {@code null} with none
	 */
	Integer firstYear() {
		return this.jdbc.sql("""
				select min(year) from (
				    select min(extract(year from start_date))::int as year from contract
				    union all select min(year) from turnover
				) as first_years
				""").query((rs, row) -> rs.getObject(1, Integer.class)).list().getFirst();
	}

	/** Every social contract and guarantee. */
	List<ContractRow> contracts() {
		return this.jdbc.sql("""
				select lease_type, start_date, end_date, guarantee_released_on, taken_over_on from contract
				""").query(ContractRow.class).list();
	}

	/** Per quota year: the placements not refused. */
	Map<Integer, Integer> placementsPerYear(int from, int to) {
		return perYear("""
				select quota_year as year, count(*) as n from placement
				where status <> 'REFUSED' and quota_year between :from and :to group by quota_year
				""", from, to);
	}

	/** Per year: the re-lets of the housing company's turnover. */
	Map<Integer, Integer> reLetsPerYear(int from, int to) {
		return perYear("select year, re_lets as n from turnover where year between :from and :to", from, to);
	}

	/**
	 * Per year: the social contracts that started in it, counted from the leases as the
	 * quota page's fairness line counts them.
	 */
	Map<Integer, Integer> socialStartedPerYear(int from, int to) {
		return perYear("""
				select extract(year from start_date)::int as year, count(*) as n from lease
				where lease_type = 'SOCIAL' and start_date >= make_date(:from, 1, 1)
				  and start_date < make_date(:to + 1, 1, 1)
				group by 1
				""", from, to);
	}

	private Map<Integer, Integer> perYear(String sql, int from, int to) {
		Map<Integer, Integer> perYear = new HashMap<>();
		this.jdbc.sql(sql)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> perYear.put(rs.getInt("year"), rs.getInt("n")))
			.list();
		return perYear;
	}

}
