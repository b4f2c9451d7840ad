package se.bostadsbryggan.housing.turnover;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Derives turnover from the lease history and records what was published. A re-let is a
 * lease that starts on an apartment which had an earlier lease that ended before it
 * started; it counts for the year it starts in. A vacancy without a new lease, and an
 * apartment's first lease ever, count for nothing.
 */
@Repository
class TurnoverRepository {

	private final JdbcClient jdbc;

	TurnoverRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param fromYear the first year
	 * @param toYear the last year
	 * @return one row per year, also for years without re-lets, in order
	 */
	List<Figure> figures(int fromYear, int toYear) {
		return this.jdbc.sql("""
				with years as (
				    select generate_series(cast(:fromYear as int), cast(:toYear as int)) as year
				), re_lets as (
				    select cast(extract(year from l.start_date) as int) as year,
				           count(*) as re_lets,
				           count(distinct l.apartment_id) as apartments_re_let
				    from lease l
				    where l.start_date >= make_date(cast(:fromYear as int), 1, 1)
				      and l.start_date < make_date(cast(:toYear as int) + 1, 1, 1)
				      and exists (select 1 from lease earlier
				                  where earlier.apartment_id = l.apartment_id
				                    and earlier.end_date < l.start_date)
				    group by 1
				), published as (
				    select year, max(published_at) as last_published_at from turnover_publication group by year
				)
				select y.year, coalesce(r.re_lets, 0) as re_lets, coalesce(r.apartments_re_let, 0) as apartments_re_let,
				       p.last_published_at
				from years y
				left join re_lets r on r.year = y.year
				left join published p on p.year = y.year
				order by y.year
				""").param("fromYear", fromYear).param("toYear", toYear).query(Figure.class).list();
	}

	int apartments() {
		return this.jdbc.sql("select count(*) from apartment").query(Integer.class).single();
	}

	boolean anyLease() {
		return this.jdbc.sql("select exists (select 1 from lease)").query(Boolean.class).single();
	}

	/**
	 * Records a publication.
	 * @return whether it was recorded: a year closes once, so a second
	 * {@code YEAR_CLOSED} of the same year is not
	 */
	boolean recordPublication(int year, Figure figure, int apartments, String reason, Instant at) {
		return this.jdbc.sql("""
				insert into turnover_publication (year, re_lets, apartments_re_let, apartments, reason, published_at)
				values (:year, :reLets, :apartmentsReLet, :apartments, :reason, :at)
				on conflict do nothing
				""")
			.param("year", year)
			.param("reLets", figure.reLets())
			.param("apartmentsReLet", figure.apartmentsReLet())
			.param("apartments", apartments)
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/**
	 * One year's figures.
	 *
	 * @param year the year
	 * @param reLets re-lets
	 * @param apartmentsReLet distinct apartments re-let
	 * @param lastPublishedAt last publication, or {@code null}
	 */
	record Figure(int year, int reLets, int apartmentsReLet, Instant lastPublishedAt) {
	}

}
