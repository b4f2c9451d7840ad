package se.bostadsbryggan.social.start;

import java.time.LocalDate;

import se.bostadsbryggan.social.client.ClientView;

/**
 * A row of the start page: something about a client that falls due on a day.
 *
 * @param client the client, as the caller may see them (hidden if protected and not
 * theirs)
 * @param due the day it falls due
 * @param overdue whether the day has passed
 * @param section the client page's section it links to, e.g. {@code work-plan}
 * @param detail a code for what it is about, e.g. a readiness outcome or (for
 * {@code own-contract}) the lease type, or {@code null}
 */
public record Reminder(ClientView client, LocalDate due, boolean overdue, String section, String detail) {

}
