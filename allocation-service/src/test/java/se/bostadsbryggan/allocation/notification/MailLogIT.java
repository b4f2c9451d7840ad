package se.bostadsbryggan.allocation.notification;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Without an SMTP server ({@code spring.mail.host} unset, as in the local run) a mail is
 * written to the log, with its recipient, subject and body, and counts as sent.
 */
@ServiceIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MailLogIT {

	@Autowired
	Notifications notifications;

	@Autowired
	MailRelay relay;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void withoutAnSmtpServerTheMailIsWrittenToTheLogOnce(CapturedOutput output) {
		String user = "user-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into notification_settings (username, organisation, email, delivery, updated_at)
				values (:user, 'HOUSING', :user || '@example.org', 'IMMEDIATE', now())
				""").param("user", user).update();

		this.transactions
			.executeWithoutResult((tx) -> this.notifications.notifyAndMail("CONTRACT_TRANSFERABLE", Audience.user(user),
					"notice.contract.transferable.SOCIAL", "/allocation/contracts/abc", "1101-0106", "2026-12-01"));
		this.relay.run();
		this.relay.run();

		String line = "Mail (no SMTP server configured, not sent) to " + user
				+ "@example.org: Lägenhet 1101-0106: socialt kontrakt överlåtelsebart sedan 2026-12-01";
		// The scheduled relay may be the one that sent it, a moment later.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.jdbc.sql("select count(*) from mail_outbox where username = :user and sent_at is not null")
						.param("user", user)
						.query(Long.class)
						.single())
				.isEqualTo(1));
		assertThat(output.getOut()).containsOnlyOnce(line).contains("/allocation/contracts/abc");
	}

}
