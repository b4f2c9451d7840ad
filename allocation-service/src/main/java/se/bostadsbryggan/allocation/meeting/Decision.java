package se.bostadsbryggan.allocation.meeting;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision recorded at a meeting.
 *
 * @param id the decision
 * @param meetingId its meeting
 * @param itemKey the agenda item it concerns, or {@code null}
 * @param text what was decided
 * @param recordedBy who recorded it
 * @param recordedAt when
 */
public record Decision(UUID id, UUID meetingId, String itemKey, String text, String recordedBy, Instant recordedAt) {
}
