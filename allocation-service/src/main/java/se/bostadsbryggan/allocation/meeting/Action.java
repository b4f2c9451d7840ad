package se.bostadsbryggan.allocation.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action raised at a meeting, carried to every following agenda until done.
 *
 * @param id the action
 * @param raisedAt the meeting that raised it
 * @param raisedOn that meeting's day
 * @param text what is to be done
 * @param ownerOrganisation whose it is
 * @param owner the person or role responsible, as written
 * @param dueOn the day it is due
 * @param status {@code OPEN} or {@code DONE}
 * @param doneAtMeetingId the meeting that closed it, or {@code null}
 * @param doneNote the note it was closed with, or {@code null}
 * @param doneBy who closed it, or {@code null}
 * @param doneAt when, or {@code null}
 */
public record Action(UUID id, UUID raisedAt, LocalDate raisedOn, String text, OwnerOrganisation ownerOrganisation,
		String owner, LocalDate dueOn, String status, UUID doneAtMeetingId, String doneNote, String doneBy,
		Instant doneAt) {

	public boolean open() {
		return "OPEN".equals(this.status);
	}

	/**
	 * @param day a day
	 * @return whether it is open and was due before that day
	 */
	public boolean overdueOn(LocalDate day) {
		return open() && this.dueOn.isBefore(day);
	}

}
