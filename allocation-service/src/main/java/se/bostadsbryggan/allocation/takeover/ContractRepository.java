package se.bostadsbryggan.allocation.takeover;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.bostadsbryggan.allocation.takeover.ContractFacts.Readiness;
import se.bostadsbryggan.allocation.takeover.ContractFacts.RentMonth;

/**
 * The contracts followed for takeover and what is known of their conduct. Conduct may
 * arrive before its lease (another topic), so it is stored by lease id without a foreign
 * key. A readiness assessment belongs to a contract by its request reference or its
 * object number, and counts only from the contract's start.
 */
@Repository
class ContractRepository {

	private static final String ASSESSMENT_OF_CONTRACT = """
			((c.request_reference is not null and ra.request_reference = c.request_reference)
			     or ra.object_number = c.object_number) and ra.assessed_on >= c.start_date
			""";

	private static final String COLUMNS = """
			c.lease_id, c.apartment_id, c.object_number, c.lease_type, c.start_date, c.end_date,
			c.request_reference,
			coalesce(c.caseworker, (select ra.caseworker from readiness_assessment ra
			    where ra.caseworker is not null and """ + ASSESSMENT_OF_CONTRACT + """
			    order by ra.assessed_on desc, ra.received_at desc limit 1)) as caseworker,
			c.lasting, c.review_on, c.guarantee_released_on, c.taken_over_on, c.transferable,
			c.status_changed_on, c.expected_on, c.evaluated_on
			""";

	private static final String RUNNING = " (c.end_date is null or c.end_date >= :today) ";

	/** The contracts the daily job evaluates: running and still followed for takeover. */
	private static final String EVALUATED_AND_RUNNING = " not c.lasting and c.guarantee_released_on is null"
			+ " and c.taken_over_on is null and" + RUNNING;

	private final JdbcClient jdbc;

	ContractRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A started lease; one known already (its end came first) keeps its end. */
	void started(UUID leaseId, UUID apartmentId, String objectNumber, String leaseType, LocalDate start, LocalDate end,
			UUID requestReference, String caseworker, Instant now) {
		this.jdbc.sql("""
				insert into contract (lease_id, apartment_id, object_number, lease_type, start_date, end_date,
				                      request_reference, caseworker, status_changed_on, updated_at)
				values (:id, :apartment, :object, :type, :start, :end, :request, :caseworker, :start, :now)
				on conflict (lease_id) do update
				    set request_reference = coalesce(contract.request_reference, excluded.request_reference),
				        caseworker = coalesce(contract.caseworker, excluded.caseworker),
				        updated_at = excluded.updated_at
				""")
			.param("id", leaseId)
			.param("apartment", apartmentId)
			.param("object", objectNumber)
			.param("type", leaseType)
			.param("start", Date.valueOf(start))
			.param("end", (end != null) ? Date.valueOf(end) : null)
			.param("request", requestReference)
			.param("caseworker", caseworker)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** A lease's end, inserting the lease if its start has not arrived. */
	void ended(UUID leaseId, UUID apartmentId, String objectNumber, String leaseType, LocalDate start, LocalDate end,
			Instant now) {
		this.jdbc.sql("""
				insert into contract (lease_id, apartment_id, object_number, lease_type, start_date, end_date,
				                      status_changed_on, updated_at)
				values (:id, :apartment, :object, :type, :start, :end, :start, :now)
				on conflict (lease_id) do update set end_date = excluded.end_date, updated_at = excluded.updated_at
				""")
			.param("id", leaseId)
			.param("apartment", apartmentId)
			.param("object", objectNumber)
			.param("type", leaseType)
			.param("start", Date.valueOf(start))
			.param("end", Date.valueOf(end))
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * @return whether it changed
	 */
	boolean takenOver(UUID leaseId, LocalDate on, Instant now) {
		return this.jdbc.sql("""
				update contract set taken_over_on = :on, updated_at = :now
				where lease_id = :id and taken_over_on is distinct from :on
				""").param("id", leaseId).param("on", Date.valueOf(on)).param("now", Timestamp.from(now)).update() > 0;
	}

	/**
	 * @return whether it changed
	 */
	boolean takeoverApproved(UUID leaseId, LocalDate on, Instant now) {
		return this.jdbc.sql("""
				update contract set takeover_approved_on = :on, updated_at = :now
				where lease_id = :id and takeover_approved_on is distinct from :on
				""").param("id", leaseId).param("on", Date.valueOf(on)).param("now", Timestamp.from(now)).update() > 0;
	}

	/**
	 * @return whether it changed
	 */
	boolean takeoverRefused(UUID leaseId, String reason, LocalDate on, Instant now) {
		return this.jdbc.sql("""
				update contract set takeover_refused_on = :on, takeover_refused_reason = :reason, updated_at = :now
				where lease_id = :id
				  and (takeover_refused_on is distinct from :on or takeover_refused_reason is distinct from :reason)
				""")
			.param("id", leaseId)
			.param("on", Date.valueOf(on))
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.update() > 0;
	}

	Optional<TakeoverSteps> steps(UUID leaseId) {
		return this.jdbc.sql("""
				select takeover_approved_on as approved_on, takeover_refused_on as refused_on,
				       takeover_refused_reason as refused_reason, taken_over_on
				from contract where lease_id = :id
				""").param("id", leaseId).query(TakeoverSteps.class).optional();
	}

	/**
	 * Marks or unmarks the running contracts of the object number and type.
	 * @return their leases
	 */
	List<UUID> lasting(String objectNumber, String leaseType, boolean lasting, LocalDate reviewOn, LocalDate today,
			Instant now) {
		return this.jdbc
			.sql("""
					update contract c set lasting = :lasting, review_on = :review, updated_at = :now
					where c.object_number = :object and c.lease_type = :type and c.taken_over_on is null and"""
					+ RUNNING + "returning c.lease_id")
			.param("lasting", lasting)
			.param("review", lasting && reviewOn != null ? Date.valueOf(reviewOn) : null)
			.param("object", objectNumber)
			.param("type", leaseType)
			.param("today", Date.valueOf(today))
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.list();
	}

	/**
	 * Releases the running guarantees of the object number.
	 * @return their leases
	 */
	List<UUID> guaranteeReleased(String objectNumber, LocalDate releasedOn, LocalDate today, Instant now) {
		return this.jdbc.sql("""
				update contract c set guarantee_released_on = :released, updated_at = :now
				where c.object_number = :object and c.lease_type = 'GUARANTEED'
				  and c.guarantee_released_on is null and""" + RUNNING + "returning c.lease_id")
			.param("released", Date.valueOf(releasedOn))
			.param("object", objectNumber)
			.param("today", Date.valueOf(today))
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.list();
	}

	void rentPaid(UUID leaseId, YearMonth month, LocalDate dueDate, LocalDate paidDate) {
		this.jdbc.sql("""
				insert into contract_rent_month (lease_id, month, due_date, paid_date)
				values (:id, :month, :due, :paid)
				on conflict (lease_id, month) do update set due_date = excluded.due_date, paid_date = excluded.paid_date
				""")
			.param("id", leaseId)
			.param("month", Date.valueOf(month.atDay(1)))
			.param("due", Date.valueOf(dueDate))
			.param("paid", Date.valueOf(paidDate))
			.update();
	}

	/** A month unpaid at its due date; a payment recorded already stays. */
	void rentOverdue(UUID leaseId, YearMonth month, LocalDate dueDate) {
		this.jdbc.sql("""
				insert into contract_rent_month (lease_id, month, due_date) values (:id, :month, :due)
				on conflict (lease_id, month) do nothing
				""")
			.param("id", leaseId)
			.param("month", Date.valueOf(month.atDay(1)))
			.param("due", Date.valueOf(dueDate))
			.update();
	}

	void disturbance(UUID disturbanceId, UUID leaseId, LocalDate occurredOn, String outcome) {
		this.jdbc
			.sql("""
					insert into contract_disturbance (disturbance_id, lease_id, occurred_on, outcome)
					values (:id, :lease, :on, :outcome)
					on conflict (disturbance_id) do update set occurred_on = excluded.occurred_on, outcome = excluded.outcome
					""")
			.param("id", disturbanceId)
			.param("lease", leaseId)
			.param("on", Date.valueOf(occurredOn))
			.param("outcome", outcome)
			.update();
	}

	/**
	 * Stores an assessment.
	 * @return the running contracts it belongs to
	 */
	List<UUID> readinessAssessed(UUID eventId, UUID requestReference, String objectNumber, boolean ready,
			LocalDate assessedOn, String caseworker, LocalDate today, Instant now) {
		this.jdbc.sql("""
				insert into readiness_assessment (event_id, request_reference, object_number, outcome, assessed_on,
				                                  caseworker, received_at)
				values (:id, :request, :object, :outcome, :on, :caseworker, :now)
				on conflict (event_id) do nothing
				""")
			.param("id", eventId)
			.param("request", requestReference)
			.param("object", objectNumber)
			.param("outcome", ready ? "READY" : "NOT_YET")
			.param("on", Date.valueOf(assessedOn))
			.param("caseworker", caseworker)
			.param("now", Timestamp.from(now))
			.update();
		return this.jdbc.sql("""
				select c.lease_id from contract c
				where ((cast(:request as uuid) is not null and c.request_reference = :request)
				       or c.object_number = :object) and""" + RUNNING)
			.param("request", requestReference)
			.param("object", objectNumber)
			.param("today", Date.valueOf(today))
			.query(UUID.class)
			.list();
	}

	Optional<Contract> find(UUID leaseId) {
		return this.jdbc.sql("select " + COLUMNS + " from contract c where c.lease_id = :id")
			.param("id", leaseId)
			.query(Contract.class)
			.optional();
	}

	/**
	 * @param caseworker only this caseworker's, or {@code null} for all
	 * @return the running contracts, by object number
	 */
	List<Contract> running(LocalDate today, String caseworker) {
		return this.jdbc
			.sql("select * from (select " + COLUMNS + " from contract c where" + RUNNING
					+ ") running where cast(:caseworker as text) is null or caseworker = :caseworker "
					+ "order by object_number, start_date")
			.param("today", Date.valueOf(today))
			.param("caseworker", caseworker)
			.query(Contract.class)
			.list();
	}

	/**
	 * The contracts the daily job evaluates.
	 * @return the running contracts still evaluated for takeover
	 */
	List<UUID> toEvaluate(LocalDate today) {
		return this.jdbc
			.sql("""
					select c.lease_id from contract c
					where not c.lasting and c.guarantee_released_on is null and c.taken_over_on is null and""" + RUNNING
					+ "order by c.lease_id")
			.param("today", Date.valueOf(today))
			.query(UUID.class)
			.list();
	}

	/**
	 * The contract's status changed that many days ago or more and it is still
	 * transferable without an approved takeover (none, one from before the change, or one
	 * the housing company refused).
	 */
	private static final String AWAITS_REMINDER = " " + """
			c.transferable and not c.lasting and c.guarantee_released_on is null and c.taken_over_on is null
			and (c.takeover_approved_on is null or c.takeover_approved_on < c.status_changed_on
			     or c.takeover_refused_on >= c.takeover_approved_on)
			and c.status_changed_on <= :cutoff and (c.reminded_on is null or c.reminded_on <= :cutoff) and""" + RUNNING;

	/**
	 * @param cutoff today less the reminder days
	 * @return the contracts to remind of today
	 */
	List<UUID> remindersDue(LocalDate today, LocalDate cutoff) {
		return this.jdbc.sql("select c.lease_id from contract c where" + AWAITS_REMINDER + "order by c.lease_id")
			.param("today", Date.valueOf(today))
			.param("cutoff", Date.valueOf(cutoff))
			.query(UUID.class)
			.list();
	}

	/**
	 * Records today's reminder, if it is still due: only one caller gets {@code true}.
	 */
	boolean reminded(UUID leaseId, LocalDate today, LocalDate cutoff, Instant now) {
		return this.jdbc
			.sql("update contract c set reminded_on = :today, updated_at = :now where c.lease_id = :id and"
					+ AWAITS_REMINDER)
			.param("id", leaseId)
			.param("today", Date.valueOf(today))
			.param("cutoff", Date.valueOf(cutoff))
			.param("now", Timestamp.from(now))
			.update() > 0;
	}

	ContractFacts facts(Contract contract) {
		List<RentMonth> rent = this.jdbc
			.sql("select month, due_date, paid_date from contract_rent_month where lease_id = :id order by month")
			.param("id", contract.leaseId())
			.query((rs, row) -> {
				Date paid = rs.getDate("paid_date");
				return new RentMonth(YearMonth.from(rs.getDate("month").toLocalDate()),
						rs.getDate("due_date").toLocalDate(), (paid != null) ? paid.toLocalDate() : null);
			})
			.list();
		List<LocalDate> disturbances = this.jdbc.sql("""
				select occurred_on from contract_disturbance where lease_id = :id and outcome = 'VERIFIED'
				order by occurred_on
				""").param("id", contract.leaseId()).query(LocalDate.class).list();
		Readiness readiness = this.jdbc.sql("""
				select ra.outcome = 'READY' as ready, ra.assessed_on from readiness_assessment ra, contract c
				where c.lease_id = :id and""" + ASSESSMENT_OF_CONTRACT + """
				order by ra.assessed_on desc, ra.received_at desc limit 1
				""").param("id", contract.leaseId()).query(Readiness.class).optional().orElse(null);
		return new ContractFacts(contract.startDate(), rent, disturbances, readiness);
	}

	/**
	 * The stored status of every contract the daily job evaluates, with its facts, read
	 * in four set-based queries instead of four per contract.
	 * @param today the day
	 * @return the contracts' states, by lease
	 */
	List<StoredState> statesToEvaluate(LocalDate today) {
		Map<UUID, List<RentMonth>> rent = new HashMap<>();
		this.jdbc
			.sql("select r.lease_id, r.month, r.due_date, r.paid_date from contract_rent_month r"
					+ " join contract c on c.lease_id = r.lease_id where" + EVALUATED_AND_RUNNING)
			.param("today", Date.valueOf(today))
			.query((rs) -> {
				Date paid = rs.getDate("paid_date");
				rent.computeIfAbsent(rs.getObject("lease_id", UUID.class), (lease) -> new ArrayList<>())
					.add(new RentMonth(YearMonth.from(rs.getDate("month").toLocalDate()),
							rs.getDate("due_date").toLocalDate(), (paid != null) ? paid.toLocalDate() : null));
			});
		Map<UUID, List<LocalDate>> disturbances = new HashMap<>();
		this.jdbc
			.sql("select d.lease_id, d.occurred_on from contract_disturbance d"
					+ " join contract c on c.lease_id = d.lease_id where d.outcome = 'VERIFIED' and"
					+ EVALUATED_AND_RUNNING)
			.param("today", Date.valueOf(today))
			.query((rs) -> {
				disturbances.computeIfAbsent(rs.getObject("lease_id", UUID.class), (lease) -> new ArrayList<>())
					.add(rs.getDate("occurred_on").toLocalDate());
			});
		Map<UUID, Readiness> readiness = new HashMap<>();
		this.jdbc
			.sql("select distinct on (c.lease_id) c.lease_id, ra.outcome = 'READY' as ready, ra.assessed_on"
					+ " from contract c join readiness_assessment ra on " + ASSESSMENT_OF_CONTRACT + " where"
					+ EVALUATED_AND_RUNNING + " order by c.lease_id, ra.assessed_on desc, ra.received_at desc")
			.param("today", Date.valueOf(today))
			.query((rs) -> {
				readiness.put(rs.getObject("lease_id", UUID.class),
						new Readiness(rs.getBoolean("ready"), rs.getDate("assessed_on").toLocalDate()));
			});
		return this.jdbc
			.sql("select c.lease_id, c.start_date, c.transferable, c.expected_on, c.evaluated_on from contract c where"
					+ EVALUATED_AND_RUNNING)
			.param("today", Date.valueOf(today))
			.query((rs, row) -> {
				UUID lease = rs.getObject("lease_id", UUID.class);
				Date expected = rs.getDate("expected_on");
				Date evaluated = rs.getDate("evaluated_on");
				ContractFacts facts = new ContractFacts(rs.getDate("start_date").toLocalDate(),
						rent.getOrDefault(lease, List.of()), disturbances.getOrDefault(lease, List.of()),
						readiness.get(lease));
				return new StoredState(lease, rs.getBoolean("transferable"),
						(expected != null) ? expected.toLocalDate() : null,
						(evaluated != null) ? evaluated.toLocalDate() : null, facts);
			})
			.list();
	}

	/**
	 * Records that the contracts were evaluated today with no change: one statement for
	 * many contracts.
	 * @param leaseIds the contracts' leases
	 * @param today the day
	 * @return how many rows changed
	 */
	int evaluatedUnchanged(List<UUID> leaseIds, LocalDate today) {
		if (leaseIds.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				update contract set evaluated_on = :today
				where lease_id = any(cast(:ids as uuid[])) and evaluated_on is distinct from :today
				""")
			.param("ids", leaseIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
			.param("today", Date.valueOf(today))
			.update();
	}

	void evaluated(UUID leaseId, LocalDate today, LocalDate expectedOn) {
		this.jdbc.sql("update contract set evaluated_on = :today, expected_on = :expected where lease_id = :id")
			.param("id", leaseId)
			.param("today", Date.valueOf(today))
			.param("expected", (expectedOn != null) ? Date.valueOf(expectedOn) : null)
			.update();
	}

	/**
	 * Changes the status only if it differs, so redelivery, a rerun or a second instance
	 * changes it once.
	 * @return whether this call changed it
	 */
	boolean changeStatus(UUID leaseId, boolean transferable, LocalDate today) {
		return this.jdbc.sql("""
				update contract set transferable = :new, status_changed_on = :today
				where lease_id = :id and transferable is distinct from :new
				""").param("id", leaseId).param("new", transferable).param("today", Date.valueOf(today)).update() > 0;
	}

	/**
	 * A contract the daily job evaluates: its stored status and its facts.
	 *
	 * @param leaseId the contract's lease
	 * @param transferable its stored status
	 * @param expectedOn its stored expected day
	 * @param evaluatedOn the day of its last evaluation
	 * @param facts what is known of its conduct
	 */
	record StoredState(UUID leaseId, boolean transferable, LocalDate expectedOn, LocalDate evaluatedOn,
			ContractFacts facts) {
	}

}
