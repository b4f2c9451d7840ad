package se.bostadsbryggan.allocation.meeting;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The open matters an agenda is generated from, read from the shared workflow's tables:
 * offers, placements, the contracts followed for takeover and their disturbances. Reads
 * only; no client identity is stored in any of them.
 */
@Repository
class AgendaRepository {

	/** The contract's caseworker, else the one of its latest readiness assessment. */
	private static final String CASEWORKER = """
			coalesce(c.caseworker, (select ra.caseworker from readiness_assessment ra
			    where ra.caseworker is not null
			      and ((c.request_reference is not null and ra.request_reference = c.request_reference)
			           or ra.object_number = c.object_number) and ra.assessed_on >= c.start_date
			    order by ra.assessed_on desc, ra.received_at desc limit 1))
			""";

	private static final String RUNNING = " (c.end_date is null or c.end_date >= :day) and c.taken_over_on is null ";

	private final JdbcClient jdbc;

	AgendaRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Agenda.WaitingOffer> offers() {
		return this.jdbc.sql("""
				select o.id, o.status, a.object_number, o.request_reference, r.household_size, o.answer_by,
				       r.caseworker
				from offer o join apartment a on a.apartment_id = o.apartment_id
				     join housing_request r on r.request_reference = o.request_reference
				where o.status in ('CHECKING', 'OPEN')
				order by o.answer_by nulls first, a.object_number
				""").query(Agenda.WaitingOffer.class).list();
	}

	List<Agenda.WaitingPlacement> placements() {
		return this.jdbc.sql("""
				select p.id, p.offer_id, a.object_number, p.request_reference, r.household_size,
				       p.identity_status is not null as identity_known, r.caseworker
				from placement p join apartment a on a.apartment_id = p.apartment_id
				     join housing_request r on r.request_reference = p.request_reference
				where p.status = 'AGREED'
				order by p.placed_on, a.object_number
				""").query(Agenda.WaitingPlacement.class).list();
	}

	/**
	 * @param day the meeting's day
	 * @return the social contracts and guarantees running that day, not taken over
	 */
	List<Agenda.OpenContract> contracts(LocalDate day) {
		return this.jdbc
			.sql("select c.lease_id, c.apartment_id, c.object_number, c.lease_type, " + CASEWORKER
					+ " as caseworker, c.transferable, c.status_changed_on, c.expected_on, c.lasting, c.review_on,"
					+ " c.guarantee_released_on, c.takeover_approved_on as approved_on,"
					+ " c.takeover_refused_on as refused_on from contract c where" + RUNNING
					+ "order by c.lease_type desc, c.object_number, c.start_date")
			.param("day", Date.valueOf(day))
			.query(Agenda.OpenContract.class)
			.list();
	}

	/**
	 * @param day the meeting's day
	 * @return verified disturbances of the contracts running that day and still evaluated
	 * for takeover (not lasting, guarantee not released)
	 */
	List<Agenda.Disturbance> disturbances(LocalDate day) {
		return this.jdbc
			.sql("select d.disturbance_id as id, c.lease_id, c.apartment_id, c.object_number," + " d.occurred_on, "
					+ CASEWORKER + " as caseworker"
					+ " from contract_disturbance d join contract c on c.lease_id = d.lease_id"
					+ " where d.outcome = 'VERIFIED' and not c.lasting and c.guarantee_released_on is null and"
					+ RUNNING + "order by c.object_number, d.occurred_on")
			.param("day", Date.valueOf(day))
			.query(Agenda.Disturbance.class)
			.list();
	}

}
