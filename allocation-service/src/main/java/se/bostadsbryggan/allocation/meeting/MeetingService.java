package se.bostadsbryggan.allocation.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.allocation.agreement.AgreementService;
import se.bostadsbryggan.allocation.agreement.AgreementTerms;
import se.bostadsbryggan.allocation.quota.QuotaService;
import se.bostadsbryggan.allocation.quota.QuotaView;
import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.web.ProblemException;

/**
 * The organisations' meetings: one planned at a time, at the agreement's interval; while
 * it is held, decisions and actions are recorded on it and open actions closed; approving
 * its minutes makes it held, freezes its agenda and locks it.
 */
@Service
public class MeetingService {

	private static final Logger log = LoggerFactory.getLogger(MeetingService.class);

	private final MeetingRepository meetings;

	private final AgendaRepository matters;

	private final AgreementService agreements;

	private final QuotaService quotas;

	private final JsonMapper json;

	private final Clock clock;

	MeetingService(MeetingRepository meetings, AgendaRepository matters, AgreementService agreements,
			QuotaService quotas, JsonMapper json, Clock clock) {
		this.meetings = meetings;
		this.matters = matters;
		this.agreements = agreements;
		this.quotas = quotas;
		this.json = json;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * @param year a year
	 * @return the terms of its agreement, else the defaults
	 */
	private AgreementTerms terms(int year) {
		return this.agreements.inForce(year).map((a) -> a.terms()).orElseGet(AgreementTerms::defaults);
	}

	/**
	 * @param date a meeting's day
	 * @return the next meeting's day by the agreement of that year
	 */
	public LocalDate next(LocalDate date) {
		return date.plusWeeks(terms(date.getYear()).meetingIntervalWeeks());
	}

	/**
	 * @return the last meeting's day plus the interval (not before today), else today
	 */
	@Transactional(readOnly = true)
	public LocalDate suggestedDate() {
		LocalDate today = today();
		return this.meetings.lastDate().map(this::next).filter((d) -> !d.isBefore(today)).orElse(today);
	}

	@Transactional(readOnly = true)
	public Optional<Meeting> planned() {
		return this.meetings.planned();
	}

	@Transactional(readOnly = true)
	public List<Meeting> held() {
		return this.meetings.held();
	}

	@Transactional(readOnly = true)
	public List<Action> openActions() {
		return this.meetings.openActions();
	}

	@Transactional(readOnly = true)
	public Meeting get(UUID id) {
		return this.meetings.find(id).orElseThrow(() -> ProblemException.notFound("meeting-not-found", id));
	}

	/**
	 * @param meeting a meeting
	 * @return its frozen agenda if held, else the agenda generated now
	 */
	@Transactional(readOnly = true)
	public Agenda agenda(Meeting meeting) {
		if (!meeting.planned()) {
			return this.meetings.agenda(meeting.id())
				.map((text) -> this.json.readValue(text, Agenda.class))
				.orElseGet(() -> new Agenda(meeting.meetingDate(), next(meeting.meetingDate()), List.of()));
		}
		return generate(meeting.id(), meeting.meetingDate());
	}

	private Agenda generate(UUID meetingId, LocalDate date) {
		AgreementTerms terms = terms(date.getYear());
		QuotaView quota = this.quotas.of(date.getYear());
		Agenda.Facts facts = new Agenda.Facts(this.meetings.carriedTo(meetingId),
				new Agenda.Quota(date.getYear(), quota.total(), quota.placed(), quota.offered(), quota.left()),
				this.matters.offers(), this.matters.placements(), this.matters.contracts(date),
				this.matters.disturbances(date));
		return Agenda.build(date, next(date), terms.takeoverDisturbanceFreeMonths(), facts);
	}

	@Transactional(readOnly = true)
	public List<Decision> decisions(UUID meetingId) {
		return this.meetings.decisions(meetingId);
	}

	@Transactional(readOnly = true)
	public List<Action> raisedAt(UUID meetingId) {
		return this.meetings.raisedAt(meetingId);
	}

	@Transactional(readOnly = true)
	public List<Action> closedAt(UUID meetingId) {
		return this.meetings.closedAt(meetingId);
	}

	/**
	 * Plans the next meeting.
	 * @param plan the day (today or later) and place, validated
	 * @param actor who plans it
	 * @return the meeting
	 * @throws ProblemException 400 for a day in the past, 409 when one is planned already
	 */
	@Transactional
	public Meeting plan(MeetingRequests.Plan plan, Actor actor) {
		if (plan.date().isBefore(today())) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "meeting-date-past", plan.date());
		}
		return planOn(plan.date(), plan.place(), actor);
	}

	/**
	 * Plans a meeting on any day, past ones too: for the demo data.
	 * @param date the day
	 * @param place where, or {@code null}
	 * @param actor who plans it
	 * @return the meeting
	 */
	@Transactional
	public Meeting planOn(LocalDate date, String place, Actor actor) {
		UUID id = UUID.randomUUID();
		try {
			this.meetings.insert(id, date, blankToNull(place), Meeting.PLANNED, null, null, actor.username(), now());
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.conflict("meeting-already-planned");
		}
		log.info("Meeting {} planned for {} by {}", id, date, actor.username());
		return get(id);
	}

	/**
	 * Records a decision on a meeting being held.
	 * @throws ProblemException 404, 409 when held, 400 for an item not on the agenda
	 */
	@Transactional
	public Decision decide(UUID meetingId, MeetingRequests.NewDecision decision, Actor actor) {
		Meeting meeting = lockPlanned(meetingId);
		String item = blankToNull(decision.itemKey());
		if (item != null && !generate(meetingId, meeting.meetingDate()).has(item)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "meeting-item-unknown", item);
		}
		Decision recorded = new Decision(UUID.randomUUID(), meetingId, item, decision.text().strip(), actor.username(),
				now());
		this.meetings.insertDecision(recorded);
		return recorded;
	}

	/**
	 * Raises an action at a meeting being held.
	 * @throws ProblemException 404, 409 when held
	 */
	@Transactional
	public Action raise(UUID meetingId, MeetingRequests.NewAction action, Actor actor) {
		lockPlanned(meetingId);
		UUID id = UUID.randomUUID();
		this.meetings.insertAction(id, meetingId, action.text().strip(), action.ownerOrganisation(),
				action.owner().strip(), action.dueOn(), actor.username(), now());
		return this.meetings.action(id).orElseThrow();
	}

	/**
	 * Closes an open action at a meeting being held.
	 * @throws ProblemException 404, 409 when the meeting is held or the action done
	 */
	@Transactional
	public Action done(UUID meetingId, UUID actionId, MeetingRequests.ActionDone done, Actor actor) {
		lockPlanned(meetingId);
		this.meetings.action(actionId)
			.orElseThrow(() -> ProblemException.notFound("meeting-action-not-found", actionId));
		if (!this.meetings.closeAction(actionId, meetingId, done.note().strip(), actor.username(), now())) {
			throw ProblemException.conflict("meeting-action-done");
		}
		return this.meetings.action(actionId).orElseThrow();
	}

	/**
	 * Approves the minutes: the meeting becomes held with the agenda it had, and is
	 * locked. Of two that race, one wins; the other gets 409.
	 */
	@Transactional
	public Meeting close(UUID meetingId, MeetingRequests.Close close, Actor actor) {
		return close(meetingId, close, actor, now());
	}

	/**
	 * Approves the minutes as of an earlier moment: for the demo data, whose past
	 * meetings were approved on their day.
	 * @param meetingId the meeting
	 * @param close the attendees
	 * @param actor who approves
	 * @param approvedAt when the minutes were approved
	 * @return the held meeting
	 */
	@Transactional
	public Meeting close(UUID meetingId, MeetingRequests.Close close, Actor actor, Instant approvedAt) {
		Meeting meeting = get(meetingId);
		if (!meeting.planned()) {
			throw ProblemException.conflict("meeting-held", meeting.meetingDate());
		}
		Agenda agenda = generate(meetingId, meeting.meetingDate());
		if (!this.meetings.close(meetingId, blankToNull(close.attendees()), this.json.writeValueAsString(agenda),
				actor.username(), approvedAt)) {
			throw ProblemException.conflict("meeting-held", meeting.meetingDate());
		}
		log.info("Minutes of meeting {} approved by {}", meetingId, actor.username());
		return get(meetingId);
	}

	/**
	 * @return whether any meeting exists
	 */
	@Transactional(readOnly = true)
	public boolean any() {
		return this.meetings.any();
	}

	private Meeting lockPlanned(UUID meetingId) {
		String status = this.meetings.lock(meetingId)
			.orElseThrow(() -> ProblemException.notFound("meeting-not-found", meetingId));
		Meeting meeting = get(meetingId);
		if (!Meeting.PLANNED.equals(status)) {
			throw ProblemException.conflict("meeting-held", meeting.meetingDate());
		}
		return meeting;
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
