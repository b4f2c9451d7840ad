package se.bostadsbryggan.allocation.meeting;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.web.PageForms;
import se.bostadsbryggan.web.ProblemException;

/**
 * The meetings pages for both organisations' staff: the planned meeting or a form to plan
 * one, the held ones and the open actions; a meeting's live agenda with its forms while
 * it is held, its minutes once approved; and the printable minutes, also as PDF.
 */
@Controller
class MeetingPageController {

	private final MeetingService meetings;

	private final MinutesPdf pdf;

	MeetingPageController(MeetingService meetings, MinutesPdf pdf) {
		this.meetings = meetings;
		this.pdf = pdf;
	}

	@GetMapping("/allocation/meetings")
	String list(Model model) {
		return list(new MeetingRequests.Plan(this.meetings.suggestedDate(), null), model);
	}

	@PostMapping("/allocation/meetings")
	String plan(@Valid @ModelAttribute("form") MeetingRequests.Plan form, BindingResult errors, Model model) {
		return PageForms
			.submit(errors, (problem) -> "meeting-date-past".equals(problem.code()) ? "date" : null,
					() -> this.meetings.plan(form, Actor.current()))
			.map((meeting) -> "redirect:/allocation/meetings/" + meeting.id())
			.orElseGet(() -> list(form, model));
	}

	private String list(MeetingRequests.Plan form, Model model) {
		model.addAttribute("planned", this.meetings.planned().orElse(null));
		model.addAttribute("held", this.meetings.held());
		model.addAttribute("openActions", this.meetings.openActions());
		model.addAttribute("today", this.meetings.today());
		model.addAttribute("form", form);
		return "meetings/list";
	}

	@GetMapping("/allocation/meetings/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) String done, Model model) {
		if (done != null && List.of("decision", "action", "actionDone", "closed").contains(done)) {
			model.addAttribute("notice", "meeting.notice." + done);
		}
		return show(id, model);
	}

	@PostMapping("/allocation/meetings/{id}/decisions")
	String decide(@PathVariable UUID id, @Valid @ModelAttribute("decisionForm") MeetingRequests.NewDecision form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		refuseIfHeld(id);
		return PageForms.submit(errors, () -> this.meetings.decide(id, form, Actor.current()))
			.map((d) -> done(id, "decision", redirect))
			.orElseGet(() -> show(id, model));
	}

	@PostMapping("/allocation/meetings/{id}/actions")
	String raise(@PathVariable UUID id, @Valid @ModelAttribute("actionForm") MeetingRequests.NewAction form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		refuseIfHeld(id);
		return PageForms.submit(errors, () -> this.meetings.raise(id, form, Actor.current()))
			.map((a) -> done(id, "action", redirect))
			.orElseGet(() -> show(id, model));
	}

	@PostMapping("/allocation/meetings/{id}/actions/{actionId}/done")
	String actionDone(@PathVariable UUID id, @PathVariable UUID actionId,
			@Valid @ModelAttribute("doneForm") MeetingRequests.ActionDone form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		refuseIfHeld(id);
		return PageForms.submit(errors, () -> this.meetings.done(id, actionId, form, Actor.current()))
			.map((a) -> done(id, "actionDone", redirect))
			.orElseGet(() -> {
				model.addAttribute("doneActionId", actionId);
				return show(id, model);
			});
	}

	@PostMapping("/allocation/meetings/{id}/close")
	String close(@PathVariable UUID id, @Valid @ModelAttribute("closeForm") MeetingRequests.Close form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		refuseIfHeld(id);
		return PageForms.submit(errors, () -> this.meetings.close(id, form, Actor.current()))
			.map((m) -> done(id, "closed", redirect))
			.orElseGet(() -> show(id, model));
	}

	@GetMapping("/allocation/meetings/{id}/minutes")
	String minutes(@PathVariable UUID id, Model model) {
		minutesModel(id, model);
		model.addAttribute("pdf", false);
		return "meetings/minutes";
	}

	@GetMapping("/allocation/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id, Model model, Locale locale) {
		Meeting meeting = minutesModel(id, model);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("protokoll-" + meeting.meetingDate() + ".pdf")
						.build()
						.toString())
			.body(this.pdf.render(model.asMap(), locale));
	}

	/**
	 * A held meeting's forms are gone; a post to one (an old tab) is refused as a 409
	 * page, not as a form error on a page without the form.
	 */
	private void refuseIfHeld(UUID id) {
		Meeting meeting = this.meetings.get(id);
		if (!meeting.planned()) {
			throw ProblemException.conflict("meeting-held", meeting.meetingDate());
		}
	}

	private static String done(UUID id, String what, RedirectAttributes redirect) {
		redirect.addAttribute("done", what);
		return "redirect:/allocation/meetings/" + id;
	}

	private Meeting minutesModel(UUID id, Model model) {
		Meeting meeting = this.meetings.get(id);
		Viewer viewer = Viewer.current();
		model.addAttribute("meeting", meeting);
		model.addAttribute("agenda", viewer.sees(this.meetings.agenda(meeting)));
		model.addAttribute("decisions", this.meetings.decisions(id));
		model.addAttribute("raised", this.meetings.raisedAt(id));
		model.addAttribute("closed", this.meetings.closedAt(id));
		model.addAttribute("today", this.meetings.today());
		model.addAttribute("viewer", viewer);
		return meeting;
	}

	private String show(UUID id, Model model) {
		Meeting meeting = minutesModel(id, model);
		if (meeting.planned()) {
			if (!model.containsAttribute("decisionForm")) {
				model.addAttribute("decisionForm", new MeetingRequests.NewDecision(null, null));
			}
			if (!model.containsAttribute("actionForm")) {
				model.addAttribute("actionForm", new MeetingRequests.NewAction(null, null, null, null));
			}
			if (!model.containsAttribute("doneForm")) {
				model.addAttribute("doneForm", new MeetingRequests.ActionDone(null));
			}
			if (!model.containsAttribute("closeForm")) {
				model.addAttribute("closeForm", new MeetingRequests.Close(meeting.attendees()));
			}
			model.addAttribute("organisations", OwnerOrganisation.values());
			model.addAttribute("openActionIds",
					this.meetings.openActions().stream().map(Action::id).map(UUID::toString).toList());
		}
		return "meetings/show";
	}

}
