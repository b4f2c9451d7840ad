package se.bostadsbryggan.allocation.meeting;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import se.bostadsbryggan.audit.Actor;

/**
 * The meetings as JSON for both organisations' staff: list, one with its agenda, plan,
 * record decisions and actions, close actions and approve the minutes. Bad input and
 * refusals are RFC 9457 problem details (400, 404, 409).
 */
@RestController
class MeetingApiController {

	private final MeetingService meetings;

	MeetingApiController(MeetingService meetings) {
		this.meetings = meetings;
	}

	@GetMapping("/api/allocation/meetings")
	Overview list() {
		return new Overview(this.meetings.planned().orElse(null), this.meetings.held(), this.meetings.openActions(),
				this.meetings.suggestedDate());
	}

	@GetMapping("/api/allocation/meetings/{id}")
	Details get(@PathVariable UUID id) {
		Meeting meeting = this.meetings.get(id);
		return new Details(meeting, Viewer.current().sees(this.meetings.agenda(meeting)), this.meetings.decisions(id),
				this.meetings.raisedAt(id), this.meetings.closedAt(id));
	}

	@PostMapping("/api/allocation/meetings")
	ResponseEntity<Meeting> plan(@Valid @RequestBody MeetingRequests.Plan plan) {
		Meeting meeting = this.meetings.plan(plan, Actor.current());
		return ResponseEntity.created(URI.create("/api/allocation/meetings/" + meeting.id())).body(meeting);
	}

	@PostMapping("/api/allocation/meetings/{id}/decisions")
	ResponseEntity<Decision> decide(@PathVariable UUID id, @Valid @RequestBody MeetingRequests.NewDecision body) {
		return ResponseEntity.status(201).body(this.meetings.decide(id, body, Actor.current()));
	}

	@PostMapping("/api/allocation/meetings/{id}/actions")
	ResponseEntity<Action> raise(@PathVariable UUID id, @Valid @RequestBody MeetingRequests.NewAction body) {
		return ResponseEntity.status(201).body(this.meetings.raise(id, body, Actor.current()));
	}

	@PostMapping("/api/allocation/meetings/{id}/actions/{actionId}/done")
	Action actionDone(@PathVariable UUID id, @PathVariable UUID actionId,
			@Valid @RequestBody MeetingRequests.ActionDone body) {
		return this.meetings.done(id, actionId, body, Actor.current());
	}

	@PostMapping("/api/allocation/meetings/{id}/close")
	Meeting close(@PathVariable UUID id, @Valid @RequestBody MeetingRequests.Close body) {
		return this.meetings.close(id, body, Actor.current());
	}

	/**
	 * The meetings at a glance.
	 *
	 * @param planned the planned meeting, or {@code null}
	 * @param held the held ones, the newest first
	 * @param openActions every open action, the earliest due first
	 * @param suggestedDate the day to plan the next one for
	 */
	record Overview(Meeting planned, List<Meeting> held, List<Action> openActions, LocalDate suggestedDate) {
	}

	/**
	 * A meeting with its agenda (live while planned, frozen once held) as the caller may
	 * see it.
	 *
	 * @param meeting the meeting
	 * @param agenda its agenda
	 * @param decisions its decisions
	 * @param actionsRaised the actions raised at it
	 * @param actionsClosed the actions closed at it
	 */
	record Details(Meeting meeting, Agenda agenda, List<Decision> decisions, List<Action> actionsRaised,
			List<Action> actionsClosed) {
	}

}
