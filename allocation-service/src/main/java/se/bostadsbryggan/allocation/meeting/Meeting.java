package se.bostadsbryggan.allocation.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A meeting of the two organisations.
 *
 * @param id the meeting
 * @param meetingDate its day
 * @param place where, or {@code null}
 * @param status {@code PLANNED} (also while it is held) or {@code HELD} (minutes
 * approved, locked)
 * @param attendees who took part, as written, or {@code null}
 * @param createdBy who planned it
 * @param createdAt when
 * @param heldBy who approved the minutes, or {@code null}
 * @param heldAt when, or {@code null}
 * @param decisions the number of decisions
 * @param actions the number of actions raised at it
 */
public record Meeting(UUID id, LocalDate meetingDate, String place, String status, String attendees, String createdBy,
		Instant createdAt, String heldBy, Instant heldAt, int decisions, int actions) {

	/** Planned, or being held. */
	public static final String PLANNED = "PLANNED";

	/** Minutes approved. */
	public static final String HELD = "HELD";

	public boolean planned() {
		return PLANNED.equals(this.status);
	}

}
