package se.bostadsbryggan.social.workplan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.client.ClientView;
import se.bostadsbryggan.web.ProblemException;

/**
 * Clients' work plans: goals agreed with the client and the plan's follow-ups. Scoped and
 * audited like the rest of the case file; the notes of a follow-up never leave social
 * services and are not copied into the audit log.
 */
@Service
public class WorkPlanService {

	private static final String GOAL_COLUMNS = """
			id, client_id, description, agreed_on, status, status_on, recorded_at, recorded_by""";

	private static final String FOLLOW_UP_COLUMNS = """
			id, client_id, planned_on, planned_by, held_on, notes, recorded_by, recorded_at""";

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final AuditLog audit;

	private final Clock clock;

	WorkPlanService(JdbcClient jdbc, ClientService clients, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @return their work plan
	 */
	@Transactional
	public WorkPlan workPlan(UUID clientId) {
		ClientView client = this.clients.inCase(clientId, "WORK_PLAN_VIEW");
		this.audit.record(ClientService.caseEvent(client, "WORK_PLAN_VIEW"), Outcome.SUCCESS);
		return new WorkPlan(goals(clientId), followUps(clientId));
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @param command the goal
	 * @return it, active
	 */
	@Transactional
	public Goal addGoal(UUID clientId, AddGoal command) {
		ClientView client = this.clients.inCase(clientId, "WORK_PLAN_GOAL_ADD");
		Goal goal = insertGoal(clientId, command, Actor.current().username());
		this.audit.record(ClientService.caseEvent(client, "WORK_PLAN_GOAL_ADD").details(Map.of("goal", goal.id())),
				Outcome.SUCCESS);
		return goal;
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @param goalId one of their goals
	 * @param command the new status and its day
	 * @return the goal as changed
	 * @throws ProblemException 404 if the goal is not the client's, 400 if the day is
	 * before the goal was agreed
	 */
	@Transactional
	public Goal changeGoalStatus(UUID clientId, UUID goalId, ChangeGoalStatus command) {
		ClientView client = this.clients.inCase(clientId, "WORK_PLAN_GOAL_STATUS");
		Goal goal = goal(clientId, goalId).orElseThrow(() -> {
			this.audit.record(
					ClientService.caseEvent(client, "WORK_PLAN_GOAL_STATUS").details(Map.of("goal", goalId.toString())),
					Outcome.NOT_FOUND);
			return ProblemException.notFound("goal-not-found", goalId);
		});
		if (command.on().isBefore(goal.agreedOn())) {
			this.audit.record(
					ClientService.caseEvent(client, "WORK_PLAN_GOAL_STATUS").details(Map.of("goal", goalId.toString())),
					Outcome.INVALID);
			throw new ProblemException(HttpStatus.BAD_REQUEST, "goal-status-before-agreement", goal.agreedOn());
		}
		this.jdbc.sql("update work_plan_goal set status = :status, status_on = :on where id = :id")
			.param("status", command.status().name())
			.param("on", command.on())
			.param("id", goalId)
			.update();
		this.audit.record(ClientService.caseEvent(client, "WORK_PLAN_GOAL_STATUS")
			.details(Map.of("goal", goalId.toString(), "status", command.status().name())), Outcome.SUCCESS);
		return goal(clientId, goalId).orElseThrow();
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @param command the day
	 * @return the planned follow-up
	 * @throws ProblemException 409 if one is planned for that day already
	 */
	@Transactional
	public FollowUp planFollowUp(UUID clientId, PlanFollowUp command) {
		ClientView client = this.clients.inCase(clientId, "FOLLOW_UP_PLAN");
		try {
			FollowUp followUp = insertPlanned(clientId, command.plannedOn(), Actor.current().username());
			this.audit.record(ClientService.caseEvent(client, "FOLLOW_UP_PLAN")
				.details(Map.of("followUp", followUp.id().toString(), "plannedOn", command.plannedOn().toString())),
					Outcome.SUCCESS);
			return followUp;
		}
		catch (DuplicateKeyException ex) {
			this.audit.record(ClientService.caseEvent(client, "FOLLOW_UP_PLAN"), Outcome.CONFLICT);
			throw ProblemException.conflict("follow-up-planned", command.plannedOn());
		}
	}

	/**
	 * Records a follow-up as held: the planned one named, or a new unplanned one.
	 * @param clientId a client in the caller's scope
	 * @param command the follow-up
	 * @return it, held
	 * @throws ProblemException 404 if the planned follow-up is not the client's, 409 if
	 * it was recorded already
	 */
	@Transactional
	public FollowUp recordFollowUp(UUID clientId, RecordFollowUp command) {
		ClientView client = this.clients.inCase(clientId, "FOLLOW_UP_RECORD");
		String by = Actor.current().username();
		UUID id;
		if (command.plannedFollowUpId() == null) {
			id = insertHeld(clientId, command, by);
		}
		else {
			id = command.plannedFollowUpId();
			Optional<FollowUp> planned = followUp(clientId, id);
			if (planned.isEmpty()) {
				this.audit.record(
						ClientService.caseEvent(client, "FOLLOW_UP_RECORD").details(Map.of("followUp", id.toString())),
						Outcome.NOT_FOUND);
				throw ProblemException.notFound("follow-up-not-found", id);
			}
			if (!markHeld(id, command, by)) {
				this.audit.record(
						ClientService.caseEvent(client, "FOLLOW_UP_RECORD").details(Map.of("followUp", id.toString())),
						Outcome.CONFLICT);
				throw ProblemException.conflict("follow-up-held", planned.get().plannedOn());
			}
		}
		this.audit.record(
				ClientService.caseEvent(client, "FOLLOW_UP_RECORD")
					.details(Map.of("followUp", id.toString(), "planned", command.plannedFollowUpId() != null)),
				Outcome.SUCCESS);
		return followUp(clientId, id).orElseThrow();
	}

	/**
	 * Follow-ups planned and not held by a day, of clients the caller has been checked
	 * against (the start page's caseload); not audited here.
	 * @param clientIds the clients
	 * @param until the last planned day to include
	 * @return the follow-ups, the earliest first
	 */
	@Transactional(readOnly = true)
	public List<FollowUp> notHeldBy(Collection<UUID> clientIds, LocalDate until) {
		if (clientIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + FOLLOW_UP_COLUMNS + """
				 from follow_up
				where client_id in (:clientIds) and held_on is null and planned_on <= :until
				order by planned_on, client_id
				""").param("clientIds", clientIds).param("until", until).query(FollowUp.class).list();
	}

	/**
	 * Adds a goal without a caller or audit entry: the local run's demo data only.
	 * @param clientId the client
	 * @param command the goal
	 * @param status its status
	 * @param statusOn the day of the status
	 */
	@Transactional
	public void addDemoGoal(UUID clientId, AddGoal command, Goal.Status status, LocalDate statusOn) {
		Goal goal = insertGoal(clientId, command, "demo");
		this.jdbc.sql("update work_plan_goal set status = :status, status_on = :on where id = :id")
			.param("status", status.name())
			.param("on", statusOn)
			.param("id", goal.id())
			.update();
	}

	/**
	 * Plans a follow-up, on any day, without a caller or audit entry: the local run's
	 * demo data only.
	 * @param clientId the client
	 * @param plannedOn the day
	 * @param held the follow-up as held, or {@code null} if not held yet
	 */
	@Transactional
	public void planDemoFollowUp(UUID clientId, LocalDate plannedOn, RecordFollowUp held) {
		FollowUp followUp = insertPlanned(clientId, plannedOn, "demo");
		if (held != null) {
			markHeld(followUp.id(), held, "demo");
		}
	}

	private List<Goal> goals(UUID clientId) {
		return this.jdbc
			.sql("select " + GOAL_COLUMNS
					+ " from work_plan_goal where client_id = :clientId order by agreed_on desc, recorded_at desc")
			.param("clientId", clientId)
			.query(Goal.class)
			.list();
	}

	private Optional<Goal> goal(UUID clientId, UUID goalId) {
		return this.jdbc.sql("select " + GOAL_COLUMNS + " from work_plan_goal where id = :id and client_id = :clientId")
			.param("id", goalId)
			.param("clientId", clientId)
			.query(Goal.class)
			.optional();
	}

	private List<FollowUp> followUps(UUID clientId) {
		return this.jdbc.sql("select " + FOLLOW_UP_COLUMNS + """
				 from follow_up where client_id = :clientId
				order by coalesce(held_on, planned_on) desc, planned_on desc nulls last
				""").param("clientId", clientId).query(FollowUp.class).list();
	}

	private Optional<FollowUp> followUp(UUID clientId, UUID id) {
		return this.jdbc.sql("select " + FOLLOW_UP_COLUMNS + " from follow_up where id = :id and client_id = :clientId")
			.param("id", id)
			.param("clientId", clientId)
			.query(FollowUp.class)
			.optional();
	}

	private Goal insertGoal(UUID clientId, AddGoal command, String by) {
		Goal goal = new Goal(UUID.randomUUID(), clientId, command.description().strip(), command.agreedOn(),
				Goal.Status.ACTIVE, command.agreedOn(), this.clock.instant().truncatedTo(ChronoUnit.MICROS), by);
		this.jdbc.sql("""
				insert into work_plan_goal (id, client_id, description, agreed_on, status, status_on, recorded_at,
				                            recorded_by)
				values (:id, :clientId, :description, :agreedOn, :status, :statusOn, :recordedAt, :recordedBy)
				""")
			.param("id", goal.id())
			.param("clientId", clientId)
			.param("description", goal.description())
			.param("agreedOn", goal.agreedOn())
			.param("status", goal.status().name())
			.param("statusOn", goal.statusOn())
			.param("recordedAt", Timestamp.from(goal.recordedAt()))
			.param("recordedBy", by)
			.update();
		return goal;
	}

	private FollowUp insertPlanned(UUID clientId, LocalDate plannedOn, String by) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into follow_up (id, client_id, planned_on, planned_by)
				values (:id, :clientId, :plannedOn, :plannedBy)
				""")
			.param("id", id)
			.param("clientId", clientId)
			.param("plannedOn", plannedOn)
			.param("plannedBy", by)
			.update();
		return new FollowUp(id, clientId, plannedOn, by, null, null, null, null);
	}

	private UUID insertHeld(UUID clientId, RecordFollowUp command, String by) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into follow_up (id, client_id, held_on, notes, recorded_by, recorded_at)
				values (:id, :clientId, :heldOn, :notes, :recordedBy, :recordedAt)
				""")
			.param("id", id)
			.param("clientId", clientId)
			.param("heldOn", command.heldOn())
			.param("notes", command.notes().strip())
			.param("recordedBy", by)
			.param("recordedAt", Timestamp.from(this.clock.instant().truncatedTo(ChronoUnit.MICROS)))
			.update();
		return id;
	}

	/**
	 * Marks a planned follow-up held; {@code false} if it was held already (the condition
	 * in the update keeps two recordings at the same moment from both succeeding).
	 */
	private boolean markHeld(UUID id, RecordFollowUp command, String by) {
		return this.jdbc.sql("""
				update follow_up set held_on = :heldOn, notes = :notes, recorded_by = :recordedBy,
				                     recorded_at = :recordedAt
				where id = :id and held_on is null
				""")
			.param("heldOn", command.heldOn())
			.param("notes", command.notes().strip())
			.param("recordedBy", by)
			.param("recordedAt", Timestamp.from(this.clock.instant().truncatedTo(ChronoUnit.MICROS)))
			.param("id", id)
			.update() == 1;
	}

}
