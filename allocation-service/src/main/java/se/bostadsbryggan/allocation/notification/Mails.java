package se.bostadsbryggan.allocation.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;

/**
 * Notification e-mail: the users' settings, and the mails of a notice, appended to the
 * mail outbox in the notice's transaction (so a notice and its mails commit together, or
 * neither does). Mails are in Swedish and carry no personal data: the notice's text
 * (object numbers and dates) and a link that requires login.
 */
@Service
public class Mails {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	private final MailRepository mails;

	private final MessageSource messages;

	private final NotificationProperties properties;

	private final Clock clock;

	Mails(MailRepository mails, MessageSource messages, NotificationProperties properties, Clock clock) {
		this.mails = mails;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Appends a notice's mails, one for each user of the audience with an address: sent
	 * by the relay at once, or gathered into the user's daily digest.
	 * @param audience who the notice is for
	 * @param text the notice's text, in Swedish
	 * @param link the page it links to, or {@code null}
	 * @return how many mails
	 */
	@Transactional
	int enqueue(Audience audience, String text, String link) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		List<MailSettings> recipients = this.mails.recipients(audience);
		for (MailSettings recipient : recipients) {
			String body = this.messages.getMessage("mail.notice.body", new Object[] { text, url(link) }, SWEDISH);
			this.mails.enqueue(UUID.randomUUID(), recipient.username(), recipient.email(),
					this.messages.getMessage("mail.notice.subject", new Object[] { text }, SWEDISH), body, link,
					recipient.delivery() == Delivery.DAILY, now);
		}
		return recipients.size();
	}

	/**
	 * Gathers one user's waiting notices into one digest mail; a second run (or another
	 * instance) finds nothing left to gather.
	 * @param username the user
	 * @param day the digest's day
	 * @return whether a digest was appended
	 */
	@Transactional
	boolean digest(String username, LocalDate day) {
		List<MailRepository.DigestItem> items = this.mails.claimDigest(username);
		if (items.isEmpty()) {
			return false;
		}
		StringBuilder lines = new StringBuilder();
		for (MailRepository.DigestItem item : items) {
			lines.append("- ").append(item.text()).append('\n');
			if (item.link() != null) {
				lines.append("  ").append(url(item.link())).append('\n');
			}
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		UUID mail = UUID.randomUUID();
		this.mails.enqueue(mail, username, items.getLast().address(),
				this.messages.getMessage("mail.digest.subject", new Object[] { day.toString(), items.size() }, SWEDISH),
				this.messages.getMessage("mail.digest.body",
						new Object[] { day.toString(), lines.toString(), url("/allocation/notifications") }, SWEDISH),
				"/allocation/notifications", false, now);
		this.mails.gathered(items.stream().map(MailRepository.DigestItem::id).toList(), mail, now);
		return true;
	}

	@Transactional(readOnly = true)
	List<String> digestUsers() {
		return this.mails.digestUsers();
	}

	/**
	 * @return the caller's settings, or empty ones (immediate mail, no address)
	 */
	@Transactional(readOnly = true)
	MailSettings mine() {
		Actor actor = Actor.current();
		Optional<MailSettings> saved = this.mails.settings(actor.username());
		return saved.orElseGet(() -> new MailSettings(actor.username(), organisation(actor), null, Delivery.IMMEDIATE));
	}

	/**
	 * Saves the caller's settings; their organisation comes from the login.
	 * @param email the address, or blank for no mail
	 * @param delivery immediate or daily
	 */
	@Transactional
	void save(String email, Delivery delivery) {
		Actor actor = Actor.current();
		String address = (email == null || email.isBlank()) ? null : email.strip();
		this.mails.save(new MailSettings(actor.username(), organisation(actor), address, delivery),
				this.clock.instant());
	}

	/**
	 * Saves a user's settings unless they have some (the local run's demo users).
	 * @param username the login name
	 * @param organisation {@code HOUSING} or {@code SOCIAL}
	 * @param email the address
	 * @param delivery immediate or daily
	 * @return whether they were saved
	 */
	@Transactional
	public boolean saveIfAbsent(String username, String organisation, String email, Delivery delivery) {
		if (this.mails.settings(username).isPresent()) {
			return false;
		}
		this.mails.save(new MailSettings(username, organisation, email, delivery), this.clock.instant());
		return true;
	}

	private String url(String link) {
		String base = this.properties.baseUrl().replaceAll("/+$", "");
		return (link != null) ? base + link : base + "/allocation/notifications";
	}

	private static String organisation(Actor actor) {
		return (actor.hasRole("HOUSING_STAFF") || actor.hasRole("HOUSING_MANAGER")) ? "HOUSING" : "SOCIAL";
	}

}
