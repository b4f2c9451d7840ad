package se.bostadsbryggan.allocation.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The users' mail settings and the mail outbox. Due mails are claimed with
 * {@code for update skip locked}: the relay holds the lock while it talks to the SMTP
 * server, so a second instance skips the mail instead of sending it again.
 */
@Repository
class MailRepository {

	private final JdbcClient jdbc;

	MailRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<MailSettings> settings(String username) {
		return this.jdbc
			.sql("select username, organisation, email, delivery from notification_settings "
					+ "where username = :username")
			.param("username", username)
			.query((rs, row) -> new MailSettings(rs.getString("username"), rs.getString("organisation"),
					rs.getString("email"), Delivery.valueOf(rs.getString("delivery"))))
			.optional();
	}

	void save(MailSettings settings, Instant at) {
		this.jdbc.sql("""
				insert into notification_settings (username, organisation, email, delivery, updated_at)
				values (:username, :organisation, :email, :delivery, :at)
				on conflict (username) do update set organisation = excluded.organisation, email = excluded.email,
				    delivery = excluded.delivery, updated_at = excluded.updated_at
				""")
			.param("username", settings.username())
			.param("organisation", settings.organisation())
			.param("email", settings.email())
			.param("delivery", settings.delivery().name())
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * @return the users of the audience who gave an address: the user, or every user of
	 * the organisation
	 */
	List<MailSettings> recipients(Audience audience) {
		return this.jdbc.sql("""
				select username, organisation, email, delivery from notification_settings
				where email is not null and (username = :username or organisation = :organisation)
				order by username
				""")
			.param("username", audience.username())
			.param("organisation", audience.organisation())
			.query((rs, row) -> new MailSettings(rs.getString("username"), rs.getString("organisation"),
					rs.getString("email"), Delivery.valueOf(rs.getString("delivery"))))
			.list();
	}

	void enqueue(UUID id, String username, String address, String subject, String body, String link, boolean digest,
			Instant at) {
		this.jdbc.sql("""
				insert into mail_outbox (id, username, address, subject, body, link, digest, created_at,
				    next_attempt_at)
				values (:id, :username, :address, :subject, :body, :link, :digest, :at, :at)
				""")
			.param("id", id)
			.param("username", username)
			.param("address", address)
			.param("subject", subject)
			.param("body", body)
			.param("link", link)
			.param("digest", digest)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Locks up to {@code limit} mails due now that no other transaction holds. */
	List<QueuedMail> claimDue(Instant now, int limit) {
		return this.jdbc.sql("""
				select id, address, subject, body, attempts from mail_outbox
				where sent_at is null and not digest and next_attempt_at <= :now
				order by next_attempt_at, id limit :limit
				for update skip locked
				""")
			.param("now", Timestamp.from(now))
			.param("limit", limit)
			.query((rs, row) -> new QueuedMail(rs.getObject("id", UUID.class), rs.getString("address"),
					rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
			.list();
	}

	void sent(UUID id, Instant at) {
		this.jdbc.sql("update mail_outbox set sent_at = :at, attempts = attempts + 1, last_error = null where id = :id")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.update();
	}

	void failed(UUID id, String error, Instant nextAttempt) {
		this.jdbc.sql("""
				update mail_outbox set attempts = attempts + 1, last_error = :error, next_attempt_at = :next
				where id = :id
				""").param("id", id).param("error", error).param("next", Timestamp.from(nextAttempt)).update();
	}

	/** The users with notices waiting for their digest. */
	List<String> digestUsers() {
		return this.jdbc.sql("select distinct username from mail_outbox where digest and digest_mail_id is null")
			.query(String.class)
			.list();
	}

	/** Locks one user's waiting digest items that no other transaction holds. */
	List<DigestItem> claimDigest(String username) {
		return this.jdbc.sql("""
				select id, address, subject, link from mail_outbox
				where digest and digest_mail_id is null and username = :username
				order by created_at, id
				for update skip locked
				""")
			.param("username", username)
			.query((rs, row) -> new DigestItem(rs.getObject("id", UUID.class), rs.getString("address"),
					rs.getString("subject"), rs.getString("link")))
			.list();
	}

	void gathered(List<UUID> items, UUID mail, Instant at) {
		this.jdbc.sql("update mail_outbox set digest_mail_id = :mail, sent_at = :at where id in (:items)")
			.param("mail", mail)
			.param("at", Timestamp.from(at))
			.param("items", items)
			.update();
	}

	/**
	 * A mail the relay sends.
	 *
	 * @param id the mail
	 * @param address the recipient's address
	 * @param subject the subject
	 * @param body the text
	 * @param attempts how many attempts failed before
	 */
	record QueuedMail(UUID id, String address, String subject, String body, int attempts) {

	}

	/**
	 * A notice waiting for its user's digest.
	 *
	 * @param id its row
	 * @param address the address at the time of the notice
	 * @param text the notice's text
	 * @param link its link, or {@code null}
	 */
	record DigestItem(UUID id, String address, String text, String link) {

	}

}
