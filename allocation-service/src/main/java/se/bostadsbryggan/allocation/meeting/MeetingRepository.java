package se.bostadsbryggan.allocation.meeting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Meetings, decisions and actions. A planned meeting is locked ({@code for update}) by
 * whoever records on it; closing it is a conditional update, so one of two closes wins.
 */
@Repository
class MeetingRepository {

	private static final String MEETING = """
			select m.id, m.meeting_date, m.place, m.status, m.attendees, m.created_by, m.created_at, m.held_by,
			       m.held_at,
			       (select count(*) from meeting_decision d where d.meeting_id = m.id) as decisions,
			       (select count(*) from meeting_action a where a.raised_at = m.id) as actions
			from meeting m
			""";

	private static final String ACTION = """
			select a.id, a.raised_at, m.meeting_date as raised_on, a.text, a.owner_organisation, a.owner, a.due_on,
			       a.status, a.done_at_meeting_id, a.done_note, a.done_by, a.done_at
			from meeting_action a join meeting m on m.id = a.raised_at
			""";

	private final JdbcClient jdbc;

	MeetingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException when a meeting is planned
	 * already
	 */
	void insert(UUID id, LocalDate date, String place, String status, String attendees, String agenda, String by,
			Instant now) {
		this.jdbc.sql("""
				insert into meeting (id, meeting_date, place, status, attendees, agenda, created_by, created_at,
				                     held_by, held_at)
				values (:id, :date, :place, :status, :attendees, cast(:agenda as jsonb), :by, :now, :heldBy, :heldAt)
				""")
			.param("id", id)
			.param("date", Date.valueOf(date))
			.param("place", place)
			.param("status", status)
			.param("attendees", attendees)
			.param("agenda", agenda)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.param("heldBy", Meeting.HELD.equals(status) ? by : null)
			.param("heldAt", Meeting.HELD.equals(status) ? Timestamp.from(now) : null)
			.update();
	}

	Optional<Meeting> find(UUID id) {
		return this.jdbc.sql(MEETING + " where m.id = :id").param("id", id).query(Meeting.class).optional();
	}

	/**
	 * Locks the meeting's row until the transaction ends.
	 * @return its status, if it exists
	 */
	Optional<String> lock(UUID id) {
		return this.jdbc.sql("select status from meeting where id = :id for update")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	Optional<Meeting> planned() {
		return this.jdbc.sql(MEETING + " where m.status = 'PLANNED'").query(Meeting.class).optional();
	}

	/**
	 * @return the held meetings, the newest first
	 */
	List<Meeting> held() {
		return this.jdbc.sql(MEETING + " where m.status = 'HELD' order by m.meeting_date desc, m.held_at desc")
			.query(Meeting.class)
			.list();
	}

	Optional<LocalDate> lastDate() {
		return Optional.ofNullable(
				this.jdbc.sql("select max(meeting_date) from meeting").query(LocalDate.class).optional().orElse(null));
	}

	boolean any() {
		return this.jdbc.sql("select exists (select 1 from meeting)").query(Boolean.class).single();
	}

	Optional<String> agenda(UUID id) {
		return this.jdbc.sql("select agenda::text from meeting where id = :id and agenda is not null")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/**
	 * Approves the minutes, if the meeting is still planned.
	 * @return whether this call did
	 */
	boolean close(UUID id, String attendees, String agenda, String by, Instant now) {
		return this.jdbc.sql("""
				update meeting set status = 'HELD', attendees = coalesce(:attendees, attendees),
				                   agenda = cast(:agenda as jsonb), held_by = :by, held_at = :now
				where id = :id and status = 'PLANNED'
				""")
			.param("id", id)
			.param("attendees", attendees)
			.param("agenda", agenda)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() > 0;
	}

	void insertDecision(Decision decision) {
		this.jdbc.sql("""
				insert into meeting_decision (id, meeting_id, item_key, text, recorded_by, recorded_at)
				values (:id, :meeting, :item, :text, :by, :at)
				""")
			.param("id", decision.id())
			.param("meeting", decision.meetingId())
			.param("item", decision.itemKey())
			.param("text", decision.text())
			.param("by", decision.recordedBy())
			.param("at", Timestamp.from(decision.recordedAt()))
			.update();
	}

	List<Decision> decisions(UUID meetingId) {
		return this.jdbc.sql("""
				select id, meeting_id, item_key, text, recorded_by, recorded_at from meeting_decision
				where meeting_id = :id order by recorded_at, id
				""").param("id", meetingId).query(Decision.class).list();
	}

	void insertAction(UUID id, UUID meetingId, String text, OwnerOrganisation organisation, String owner,
			LocalDate dueOn, String by, Instant now) {
		this.jdbc.sql("""
				insert into meeting_action (id, raised_at, text, owner_organisation, owner, due_on, status,
				                            recorded_by, recorded_at)
				values (:id, :meeting, :text, :organisation, :owner, :due, 'OPEN', :by, :now)
				""")
			.param("id", id)
			.param("meeting", meetingId)
			.param("text", text)
			.param("organisation", organisation.name())
			.param("owner", owner)
			.param("due", Date.valueOf(dueOn))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Closes an open action at a meeting.
	 * @return whether this call closed it
	 */
	boolean closeAction(UUID actionId, UUID meetingId, String note, String by, Instant now) {
		return this.jdbc.sql("""
				update meeting_action set status = 'DONE', done_at_meeting_id = :meeting, done_note = :note,
				                          done_by = :by, done_at = :now
				where id = :id and status = 'OPEN'
				""")
			.param("id", actionId)
			.param("meeting", meetingId)
			.param("note", note)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update() > 0;
	}

	Optional<Action> action(UUID id) {
		return this.jdbc.sql(ACTION + " where a.id = :id").param("id", id).query(Action.class).optional();
	}

	/**
	 * @return every open action, the earliest due first
	 */
	List<Action> openActions() {
		return this.jdbc.sql(ACTION + " where a.status = 'OPEN' order by a.due_on, m.meeting_date, a.recorded_at")
			.query(Action.class)
			.list();
	}

	/**
	 * @return the actions a meeting's agenda carries: raised at another meeting and open,
	 * or closed at this one
	 */
	List<Action> carriedTo(UUID meetingId) {
		return this.jdbc
			.sql(ACTION + " where a.raised_at <> :id and (a.status = 'OPEN' or a.done_at_meeting_id = :id)"
					+ " order by a.due_on, m.meeting_date, a.recorded_at")
			.param("id", meetingId)
			.query(Action.class)
			.list();
	}

	List<Action> raisedAt(UUID meetingId) {
		return this.jdbc.sql(ACTION + " where a.raised_at = :id order by a.recorded_at, a.id")
			.param("id", meetingId)
			.query(Action.class)
			.list();
	}

	List<Action> closedAt(UUID meetingId) {
		return this.jdbc.sql(ACTION + " where a.done_at_meeting_id = :id order by a.done_at, a.id")
			.param("id", meetingId)
			.query(Action.class)
			.list();
	}

}
