package se.bostadsbryggan.allocation.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import se.bostadsbryggan.allocation.TestSmtp;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.MovableClock;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens.User;
import se.bostadsbryggan.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notification e-mail through a real SMTP server in-process (GreenMail): a notice's mail
 * commits with it and the relay sends it once; while the server is down the mail stays
 * queued and is sent once after it is back; a daily digest gathers the day's notices into
 * one mail, once even when the job runs twice; the settings page saves the address and
 * the delivery with the organisation of the login. Each test uses its own users and
 * addresses (the tests share one database and one SMTP server).
 */
@ServiceIntegrationTest
class MailIT {

	static final TestSmtp SMTP = new TestSmtp();

	@Autowired
	Notifications notifications;

	@Autowired
	MailDigestJob digest;

	@Autowired
	MailRelay relay;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MovableClock clock;

	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		SMTP.register(registry);
		registry.add("bb.allocation.notifications.retry-delay", () -> "1m");
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	@BeforeEach
	void thirdOfDecember2026() {
		this.clock.set(Instant.parse("2026-12-03T10:00:00Z"));
	}

	@Test
	void aNoticeIsMailedOnceWithTheObjectNumberAndALinkThatRequiresLogin() throws Exception {
		String user = settings("HOUSING", "IMMEDIATE");
		String other = settings("HOUSING", "IMMEDIATE");

		this.transactions
			.executeWithoutResult((tx) -> this.notifications.notifyAndMail("CONTRACT_TRANSFERABLE", Audience.housing(),
					"notice.contract.transferable.SOCIAL", "/allocation/contracts/abc", "1101-0106", "2026-12-01"));

		MimeMessage mail = eventually(user, 1).getFirst();
		assertThat(mail.getSubject())
			.isEqualTo("Lägenhet 1101-0106: socialt kontrakt överlåtelsebart sedan 2026-12-01");
		assertThat((String) mail.getContent()).contains("https://bostadsbryggan.example/allocation/contracts/abc");
		eventually(other, 1);
		eventually().untilAsserted(() -> assertThat(outbox(user, "sent_at is not null")).isEqualTo(1));
		this.relay.run();
		assertThat(SMTP.receivedBy(user)).hasSize(1);
	}

	@Test
	void aRolledBackNoticeMailsNobody() {
		String user = settings("HOUSING", "IMMEDIATE");

		this.transactions.executeWithoutResult((tx) -> {
			this.notifications.notifyAndMail("CONTRACT_TRANSFERABLE", Audience.user(user),
					"notice.contract.transferable.SOCIAL", "/allocation/contracts/abc", "1101-0106", "2026-12-01");
			tx.setRollbackOnly();
		});

		assertThat(outbox(user, "true")).isZero();
	}

	@Test
	void whileTheSmtpServerIsDownTheMailStaysQueuedAndIsSentOnceWhenItIsBack() {
		String user = settings("SOCIAL", "IMMEDIATE");
		SMTP.stop();
		try {
			this.transactions.executeWithoutResult(
					(tx) -> this.notifications.notifyAndMail("TAKEOVER_COMPLETED", Audience.user(user),
							"notice.takeover.completed", "/allocation/contracts/abc", "1101-0106", "2027-01-01"));
			eventually().untilAsserted(() -> assertThat(outbox(user, "attempts > 0 and sent_at is null")).isEqualTo(1));
			assertThat(this.jdbc.sql("select last_error from mail_outbox where username = :user")
				.param("user", user)
				.query(String.class)
				.single()).isNotBlank();
		}
		finally {
			SMTP.start();
		}
		// The retry waits a minute after the failure.
		this.clock.set(Instant.parse("2026-12-03T10:05:00Z"));

		eventually(user, 1);
		eventually().untilAsserted(() -> assertThat(outbox(user, "sent_at is not null")).isEqualTo(1));
		this.relay.run();
		assertThat(SMTP.receivedBy(user)).hasSize(1);
	}

	@Test
	void aDailyDigestGathersTheDaysNoticesIntoOneMailOnce() throws Exception {
		String user = settings("HOUSING", "DAILY");
		this.transactions.executeWithoutResult((tx) -> {
			this.notifications.notifyAndMail("CONTRACT_TRANSFERABLE", Audience.user(user),
					"notice.contract.transferable.SOCIAL", "/allocation/contracts/a", "1101-0106", "2026-12-03");
			this.notifications.notifyAndMail("CONTRACT_TRANSFERABLE", Audience.housing(),
					"notice.contract.transferable.GUARANTEED", "/allocation/contracts/b", "1201-0204", "2026-12-03");
		});
		this.relay.run();
		assertThat(SMTP.receivedBy(user)).isEmpty();

		this.clock.set(Instant.parse("2026-12-04T06:00:00Z"));
		this.digest.run();
		this.digest.run();

		MimeMessage mail = eventually(user, 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Bostadsbryggan: sammanfattning 2026-12-04 (2 aviseringar)");
		assertThat((String) mail.getContent()).contains("Lägenhet 1101-0106: socialt kontrakt överlåtelsebart")
			.contains("Lägenhet 1201-0204: borgen kan släppas")
			.contains("https://bostadsbryggan.example/allocation/contracts/b");
		this.relay.run();
		assertThat(SMTP.receivedBy(user)).hasSize(1);
	}

	@Test
	void theSettingsPageSavesTheAddressAndDeliveryWithTheOrganisationOfTheLogin() {
		String username = "uthyrare-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient client = new ApiClient("http://localhost:" + this.port)
			.withBearerToken(TestTokens.shared().token(User.of(username, "HOUSING", "HOUSING_STAFF")));

		assertThat(client.get("/allocation/notifications/settings").body())
			.contains("<h1>Inställningar för aviseringar</h1>")
			.contains("Daglig sammanfattning");
		assertThat(client.postForm("/allocation/notifications/settings", "email=inte-en-adress&delivery=DAILY").body())
			.contains("Ange en giltig e-postadress");
		ApiClient.Response saved = client.postForm("/allocation/notifications/settings",
				"email=" + username + "%40example.org&delivery=DAILY");
		assertThat(saved.status()).isEqualTo(302);

		assertThat(this.jdbc
			.sql("select organisation || ' ' || email || ' ' || delivery from notification_settings "
					+ "where username = :user")
			.param("user", username)
			.query(String.class)
			.single()).isEqualTo("HOUSING " + username + "@example.org DAILY");
		assertThat(client.get("/allocation/notifications/settings?saved").body()).contains("Inställningarna är sparade")
			.contains(username + "@example.org");
	}

	/** A user of the organisation with an address and the delivery. */
	private String settings(String organisation, String delivery) {
		String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("""
				insert into notification_settings (username, organisation, email, delivery, updated_at)
				values (:user, :org, :user || '@example.org', :delivery, now())
				""").param("user", username).param("org", organisation).param("delivery", delivery).update();
		return username;
	}

	private long outbox(String username, String condition) {
		return this.jdbc.sql("select count(*) from mail_outbox where not digest and username = :user and " + condition)
			.param("user", username)
			.query(Long.class)
			.single();
	}

	private List<MimeMessage> eventually(String username, int expected) {
		eventually().untilAsserted(() -> assertThat(SMTP.receivedBy(username)).hasSize(expected));
		return SMTP.receivedBy(username);
	}

	private static ConditionFactory eventually() {
		return await().atMost(Duration.ofSeconds(30));
	}

	/** A clock the tests move. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		MovableClock clock() {
			return new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
		}

	}

}
