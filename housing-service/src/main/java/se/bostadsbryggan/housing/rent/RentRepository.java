package se.bostadsbryggan.housing.rent;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores rent charges and payments.
 */
@Repository
class RentRepository {

	/**
	 * One charge per month each lease runs, from the later of its start and the ledger's
	 * start through the earlier of its end and {@code :until}; a partly run month pays
	 * its part (by days). Due the last weekday before the month. Months already charged
	 * are left alone, so running it again changes nothing.
	 */
	private static final String GENERATE = """
			insert into rent_charge (id, lease_id, month, due_date, amount, created_at)
			select gen_random_uuid(), l.id, m.month,
			       m.month - case extract(isodow from m.month - 1) when 6 then 2 when 7 then 3 else 1 end,
			       round(l.monthly_rent
			             * ((least(coalesce(l.end_date, m.last_day), m.last_day) - greatest(l.start_date, m.month) + 1)
			                / extract(day from m.last_day)), 2),
			       :now
			from lease l
			cross join lateral (
			    select cast(s as date) as month, cast(s + interval '1 month' - interval '1 day' as date) as last_day
			    from generate_series(date_trunc('month', greatest(l.start_date, :first)),
			                         date_trunc('month', least(coalesce(l.end_date, :until), :until)),
			                         interval '1 month') as s
			) m
			""";

	private static final String ON_CONFLICT = " on conflict (lease_id, month) do nothing";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	RentRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	int generateCharges(LocalDate first, LocalDate until, Instant now) {
		return this.jdbc.sql(GENERATE + ON_CONFLICT)
			.param("first", Date.valueOf(first))
			.param("until", Date.valueOf(until))
			.param("now", Timestamp.from(now))
			.update();
	}

	int generateCharges(UUID leaseId, LocalDate first, LocalDate until, Instant now) {
		return this.jdbc.sql(GENERATE + " where l.id = :leaseId" + ON_CONFLICT)
			.param("leaseId", leaseId)
			.param("first", Date.valueOf(first))
			.param("until", Date.valueOf(until))
			.param("now", Timestamp.from(now))
			.update();
	}

	List<RentCharge> charges(UUID leaseId) {
		return this.jdbc
			.sql("select id, lease_id, month, due_date, amount from rent_charge where lease_id = :id order by month")
			.param("id", leaseId)
			.query(RentCharge.class)
			.list();
	}

	List<RentPayment> payments(UUID leaseId) {
		return this.jdbc.sql("""
				select id, seq, lease_id, amount, paid_date, reference, source, registered_at
				from rent_payment where lease_id = :id order by seq
				""").param("id", leaseId).query(RentPayment.class).list();
	}

	boolean referenceExists(String reference) {
		return this.jdbc.sql("select exists (select 1 from rent_payment where reference = :reference)")
			.param("reference", reference)
			.query(Boolean.class)
			.single();
	}

	void insert(NewPayment payment) {
		this.jdbc.sql("""
				insert into rent_payment (id, lease_id, amount, paid_date, reference, source, registered_at)
				values (:id, :leaseId, :amount, :paidDate, :reference, :source, :registeredAt)
				""")
			.param("id", payment.id())
			.param("leaseId", payment.leaseId())
			.param("amount", payment.amount())
			.param("paidDate", Date.valueOf(payment.paidDate()))
			.param("reference", payment.reference())
			.param("source", payment.source())
			.param("registeredAt", Timestamp.from(payment.registeredAt()))
			.update();
	}

	void insertAll(List<NewPayment> payments) {
		this.template.batchUpdate("""
				insert into rent_payment (id, lease_id, amount, paid_date, reference, source, registered_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""", payments, 500, (statement, payment) -> {
			statement.setObject(1, payment.id());
			statement.setObject(2, payment.leaseId());
			statement.setBigDecimal(3, payment.amount());
			statement.setDate(4, Date.valueOf(payment.paidDate()));
			statement.setString(5, payment.reference());
			statement.setString(6, payment.source());
			statement.setTimestamp(7, Timestamp.from(payment.registeredAt()));
		});
	}

	/**
	 * @param types lease types
	 * @param today the day
	 * @return leases of those types with a charge past due and not yet checked
	 */
	List<UUID> leasesWithUncheckedPastDueCharges(Collection<String> types, LocalDate today) {
		return this.jdbc.sql("""
				select distinct c.lease_id from rent_charge c join lease l on l.id = c.lease_id
				where l.type in (:types) and c.due_date < :today and c.overdue_checked_at is null
				""").param("types", types).param("today", Date.valueOf(today)).query(UUID.class).list();
	}

	boolean markOverdueChecked(UUID chargeId, Instant at) {
		return this.jdbc
			.sql("update rent_charge set overdue_checked_at = :at where id = :id and overdue_checked_at is null")
			.param("at", Timestamp.from(at))
			.param("id", chargeId)
			.update() == 1;
	}

	/**
	 * A payment to store.
	 */
	record NewPayment(UUID id, UUID leaseId, java.math.BigDecimal amount, LocalDate paidDate, String reference,
			String source, Instant registeredAt) {
	}

}
