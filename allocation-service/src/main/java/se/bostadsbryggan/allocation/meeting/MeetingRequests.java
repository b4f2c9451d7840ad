package se.bostadsbryggan.allocation.meeting;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What the pages and the API send to plan and hold a meeting. Each validates itself. */
public final class MeetingRequests {

	private MeetingRequests() {
	}

	/**
	 * @param date the meeting's day, today or later
	 * @param place where, or empty
	 */
	public record Plan(
			@NotNull(message = "{meeting.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Size(max = 200, message = "{meeting.place.size}") String place) {
	}

	/**
	 * @param itemKey the agenda item it concerns, or empty
	 * @param text what was decided
	 */
	public record NewDecision(@Size(max = 200, message = "{meeting.item.size}") String itemKey,
			@NotBlank(message = "{meeting.decision.required}") @Size(max = 2000,
					message = "{meeting.text.size}") String text) {
	}

	/**
	 * @param text what is to be done
	 * @param ownerOrganisation whose it is
	 * @param owner the person or role responsible
	 * @param dueOn the day it is due
	 */
	public record NewAction(
			@NotBlank(message = "{meeting.action.required}") @Size(max = 2000,
					message = "{meeting.text.size}") String text,
			@NotNull(message = "{meeting.ownerOrganisation.required}") OwnerOrganisation ownerOrganisation,
			@NotBlank(message = "{meeting.owner.required}") @Size(max = 200,
					message = "{meeting.owner.size}") String owner,
			@NotNull(message = "{meeting.dueOn.required}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate dueOn) {
	}

	/**
	 * @param note how it was done, in short
	 */
	public record ActionDone(@NotBlank(message = "{meeting.note.required}") @Size(max = 500,
			message = "{meeting.note.size}") String note) {
	}

	/**
	 * @param attendees who took part, or empty to keep what was written
	 */
	public record Close(@Size(max = 2000, message = "{meeting.attendees.size}") String attendees) {
	}

}
