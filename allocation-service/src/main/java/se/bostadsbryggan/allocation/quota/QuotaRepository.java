package se.bostadsbryggan.allocation.quota;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores turnover figures, quota years and exceptions, and counts offers and placements.
 */
@Repository
class QuotaRepository {

	private final JdbcClient jdbc;

	QuotaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Keeps the figure unless a later-calculated one of the same year is already kept.
	 */
	void saveTurnover(Turnover turnover, UUID eventId) {
		this.jdbc
			.sql("""
					insert into turnover (year, re_lets, apartments_re_let, apartments, year_closed, calculated_at, event_id)
					values (:year, :reLets, :apartmentsReLet, :apartments, :closed, :at, :eventId)
					on conflict (year) do update
					set re_lets = excluded.re_lets, apartments_re_let = excluded.apartments_re_let,
					    apartments = excluded.apartments, year_closed = excluded.year_closed,
					    calculated_at = excluded.calculated_at, event_id = excluded.event_id
					where turnover.calculated_at <= excluded.calculated_at
					""")
			.param("year", turnover.year())
			.param("reLets", turnover.reLets())
			.param("apartmentsReLet", turnover.apartmentsReLet())
			.param("apartments", turnover.apartments())
			.param("closed", turnover.yearClosed())
			.param("at", Timestamp.from(turnover.calculatedAt()))
			.param("eventId", eventId)
			.update();
	}

	Optional<Turnover> turnover(int year) {
		return this.jdbc.sql("""
				select year, re_lets, apartments_re_let, apartments, year_closed, calculated_at
				from turnover where year = :year
				""").param("year", year).query(Turnover.class).optional();
	}

	void ensureYear(int year, Instant now) {
		this.jdbc.sql("insert into quota_year (year, created_at) values (:year, :now) on conflict (year) do nothing")
			.param("year", year)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Locks the year's row until the transaction ends. */
	void lock(int year) {
		this.jdbc.sql("select year from quota_year where year = :year for update")
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	void insertException(int year, int extraSlots, String reason, String grantedBy, Instant now) {
		this.jdbc.sql("""
				insert into quota_exception (year, extra_slots, reason, granted_by, granted_at)
				values (:year, :slots, :reason, :by, :at)
				""")
			.param("year", year)
			.param("slots", extraSlots)
			.param("reason", reason)
			.param("by", grantedBy)
			.param("at", Timestamp.from(now))
			.update();
	}

	List<QuotaException> exceptions(int year) {
		return this.jdbc.sql("""
				select extra_slots, reason, granted_by, granted_at from quota_exception
				where year = :year order by granted_at, id
				""").param("year", year).query(QuotaException.class).list();
	}

	int placed(int year) {
		return this.jdbc.sql("select count(*) from placement where quota_year = :year and status <> 'REFUSED'")
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	int openOffers(int year) {
		return this.jdbc.sql("select count(*) from offer where quota_year = :year and status in ('CHECKING', 'OPEN')")
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	/** Per month of the year: placements and offers made. */
	List<Map<String, Object>> perMonth(int year) {
		return this.jdbc.sql("""
				select m.month,
				       (select count(*) from placement p
				        where p.quota_year = :year and p.status <> 'REFUSED'
				          and extract(month from p.placed_on) = m.month) as placed,
				       (select count(*) from offer o
				        where o.quota_year = :year and extract(month from o.offered_on) = m.month) as offered
				from generate_series(1, 12) as m(month) order by m.month
				""").param("year", year).query().listOfRows();
	}

}
