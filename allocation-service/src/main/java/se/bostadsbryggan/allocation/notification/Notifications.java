package se.bostadsbryggan.allocation.notification;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;

/**
 * In-app notices: a feature notifies a user or an organisation in the same transaction as
 * the change it tells of (so a redelivered event that changes nothing notifies nobody),
 * and each user reads the notices for them and for their organisation and marks them
 * read. Notices carry no personal data: object numbers, dates, short references.
 */
@Service
public class Notifications {

	/** How many of the latest notices a reader sees. */
	static final int SHOWN = 200;

	private final NotificationRepository notices;

	private final Mails mails;

	private final MessageSource messages;

	private final Clock clock;

	Notifications(NotificationRepository notices, Mails mails, MessageSource messages, Clock clock) {
		this.notices = notices;
		this.mails = mails;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Notifies, joining the caller's transaction.
	 * @param kind what happened, e.g. {@code OFFER_OPENED}
	 * @param audience who it is for
	 * @param textKey the message key of the text
	 * @param link the page it links to, or {@code null}
	 * @param textArgs the text's arguments, as they are to be shown
	 */
	@Transactional
	public void notify(String kind, Audience audience, String textKey, String link, String... textArgs) {
		this.notices.insert(UUID.randomUUID(), kind, audience, textKey, List.of(textArgs), link,
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
	}

	/**
	 * Notifies in-app and by e-mail, joining the caller's transaction: the notice and a
	 * mail for each user of the audience who gave an address (at once, or in their daily
	 * digest) commit together with the change they tell of.
	 * @param kind what happened, e.g. {@code CONTRACT_TRANSFERABLE}
	 * @param audience who it is for
	 * @param textKey the message key of the text, which is also the mail's subject
	 * @param link the page it links to, or {@code null}
	 * @param textArgs the text's arguments, as they are to be shown
	 */
	@Transactional
	public void notifyAndMail(String kind, Audience audience, String textKey, String link, String... textArgs) {
		notify(kind, audience, textKey, link, textArgs);
		this.mails.enqueue(audience, this.messages.getMessage(textKey, textArgs, textKey, Mails.SWEDISH), link);
	}

	/**
	 * @return the caller's notices, the newest first
	 */
	@Transactional(readOnly = true)
	public List<Notice> mine() {
		return this.notices.visible(reader(), SHOWN);
	}

	/**
	 * @return how many of the caller's notices are unread
	 */
	@Transactional(readOnly = true)
	public int unread() {
		return this.notices.unread(reader());
	}

	/**
	 * Marks one of the caller's notices read; someone else's is left alone.
	 * @param id the notice
	 */
	@Transactional
	public void markRead(UUID id) {
		this.notices.markRead(reader(), id, this.clock.instant());
	}

	/**
	 * Marks all the caller's notices read.
	 */
	@Transactional
	public void markAllRead() {
		this.notices.markRead(reader(), null, this.clock.instant());
	}

	private static NotificationRepository.Reader reader() {
		Actor actor = Actor.current();
		String username = (actor.username() != null) ? actor.username() : "\u0000nobody";
		return new NotificationRepository.Reader(username,
				actor.hasRole("HOUSING_STAFF") || actor.hasRole("HOUSING_MANAGER"),
				actor.hasRole("SOCIAL_CASEWORKER") || actor.hasRole("SOCIAL_MANAGER"));
	}

}
