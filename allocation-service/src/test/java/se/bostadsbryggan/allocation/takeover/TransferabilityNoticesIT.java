package se.bostadsbryggan.allocation.takeover;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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

import se.bostadsbryggan.allocation.EventMessage;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.allocation.TestSmtp;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.MovableClock;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens.User;
import se.bostadsbryggan.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The notices of a contract's transferability and of its takeover, in-app and by e-mail
 * through a real SMTP server in-process (GreenMail): the responsible caseworker and the
 * housing company's letting staff are told once per change, whether the change comes from
 * the daily job run twice or from an event delivered twice; the takeover saga (social
 * services' approval without the sealed tenant, the housing company's refusal or
 * completion) shows on the contract's page, tells both organisations once, and marks the
 * placement as an own contract. No agreement is saved: the default criteria apply.
 */
@ServiceIntegrationTest
class TransferabilityNoticesIT {

	static final TestSmtp SMTP = new TestSmtp();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	MovableClock clock;

	@Autowired
	TakeoverJobs jobs;

	@Value("${local.server.port}")
	int port;

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry registry) {
		SMTP.register(registry);
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
	void theDailyJobRunTwiceTellsTheCaseworkerAndTheLettingStaffOnceInAppAndByMail() throws Exception {
		Contract c = new Contract("SOCIAL");
		String caseworker = "handl-" + c.objectNumber;
		String staff = "bovard-" + c.objectNumber;
		settings(caseworker, "SOCIAL");
		settings(staff, "HOUSING");
		c.signedFor(caseworker);
		c.started("2025-12-04");
		c.rentOnTime(YearMonth.of(2026, 1), 12);
		c.assessed("READY", "2026-11-01");

		this.clock.set(Instant.parse("2026-12-04T01:05:00Z"));
		this.jobs.run();
		this.jobs.run();

		String text = "Lägenhet " + c.objectNumber + ": socialt kontrakt överlåtelsebart sedan 2026-12-04";
		assertThat(c.notices("CONTRACT_TRANSFERABLE")).isEqualTo(2);
		MimeMessage toCaseworker = mails(caseworker, c.objectNumber, 1).getFirst();
		assertThat(toCaseworker.getSubject()).isEqualTo(text);
		assertThat((String) toCaseworker.getContent())
			.contains("https://bostadsbryggan.example/allocation/contracts/" + c.lease);
		assertThat(mails(staff, c.objectNumber, 1).getFirst().getSubject()).isEqualTo(text);
		assertThat(as(User.caseworker(caseworker, "Vuxenenheten")).get("/allocation/notifications").body())
			.contains(text)
			.contains("/allocation/contracts/" + c.lease);
		assertThat(c.staff().get("/allocation/notifications").body()).contains(text);
		assertThat(as(User.caseworker("handl-annan", "Vuxenenheten")).get("/allocation/notifications").body())
			.doesNotContain(text);
		this.jobs.run();
		assertThat(c.notices("CONTRACT_TRANSFERABLE")).isEqualTo(2);
	}

	@Test
	void aLatePaymentDeliveredTwiceTellsOnceThatTheContractIsNoLongerTransferable() throws Exception {
		Contract c = transferable("SOCIAL");
		String staff = "bovard-" + c.objectNumber;
		settings(staff, "HOUSING");

		this.clock.set(Instant.parse("2027-01-12T09:00:00Z"));
		c.paid(YearMonth.of(2027, 1), LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-11"));

		String text = "Lägenhet " + c.objectNumber
				+ ": socialt kontrakt inte längre överlåtelsebart (sen hyresinbetalning) sedan 2027-01-12";
		assertThat(c.notices("CONTRACT_NOT_TRANSFERABLE")).isEqualTo(2);
		assertThat(mails(staff, c.objectNumber, 1).getFirst().getSubject()).isEqualTo(text);
		assertThat(c.staff().get("/allocation/notifications").body()).contains(text);
	}

	@Test
	void aGuaranteeThatCanBeReleasedIsToldAsSuch() {
		Contract c = transferable("GUARANTEED");
		assertThat(c.staff().get("/allocation/notifications").body())
			.contains("Lägenhet " + c.objectNumber + ": borgen kan släppas sedan 2026-12-03");
	}

	@Test
	void aRefusedTakeoverShowsOnThePageAndTellsBothOrganisationsOnce() {
		Contract c = transferable("SOCIAL");

		c.approved("2026-12-02");
		assertThat(c.page()).contains("Socialtjänsten godkände 2026-12-02")
			.contains("Väntar på bostadsbolagets beslut");
		assertThat(c.notices("TAKEOVER_APPROVED")).isEqualTo(1);

		c.deliver(EventMessage.like(HousingEvents.TAKEOVER_REFUSED)
			.about(c.apartment, "apartmentId")
			.with("socialLeaseId", c.lease.toString())
			.with("objectNumber", c.objectNumber)
			.with("reason", "DECLINED_BY_HOUSING")
			.with("refusedOn", "2026-12-04")
			.build());

		assertThat(c.page()).contains("Socialtjänsten godkände 2026-12-02")
			.contains("Bostadsbolaget avslog 2026-12-04: bostadsbolaget sa nej")
			.doesNotContain("Väntar på bostadsbolagets beslut");
		assertThat(c.notices("TAKEOVER_REFUSED")).isEqualTo(2);
		assertThat(c.column("taken_over_on is null", Boolean.class)).isTrue();
	}

	@Test
	void aCompletedTakeoverShowsOnThePageTellsBothOrganisationsAndMarksThePlacementAsOwnContract() {
		Contract c = new Contract("SOCIAL");
		c.signedFor("handl-" + c.objectNumber);
		c.started("2025-11-01");
		c.rentOnTime(YearMonth.of(2026, 1), 12);
		c.assessed("READY", "2026-11-01");
		assertThat(c.column("transferable", Boolean.class)).isTrue();

		c.approved("2026-12-02");
		c.deliver(EventMessage.like(HousingEvents.TAKEOVER_COMPLETED)
			.about(c.apartment, "apartmentId")
			.with("socialLeaseId", c.lease.toString())
			.with("newLeaseId", UUID.randomUUID().toString())
			.with("objectNumber", c.objectNumber)
			.with("takeoverDate", "2027-01-01")
			.build());

		assertThat(c.page()).contains("Socialtjänsten godkände 2026-12-02").contains("Eget kontrakt från 2027-01-01");
		assertThat(c.notices("TAKEOVER_COMPLETED")).isEqualTo(2);
		assertThat(
				as(User.caseworker("handl-" + c.objectNumber, "Vuxenenheten")).get("/allocation/notifications").body())
			.contains("Lägenhet " + c.objectNumber + ": eget kontrakt från 2027-01-01");
		assertThat(c.staff().get("/allocation/placements").body()).contains("Eget kontrakt från 2027-01-01");
	}

	@Test
	void aTakeoverCompletedLongBeforeIsRecordedWithoutTellingAnyone() {
		Contract c = new Contract("SOCIAL");
		c.signedFor("handl-" + c.objectNumber);
		c.started("2019-03-01");

		// Recorded from before Bostadsbryggan: the own contract began in 2021.
		c.deliver(EventMessage.like(HousingEvents.TAKEOVER_COMPLETED)
			.about(c.apartment, "apartmentId")
			.with("socialLeaseId", c.lease.toString())
			.with("newLeaseId", UUID.randomUUID().toString())
			.with("objectNumber", c.objectNumber)
			.with("takeoverDate", "2021-05-01")
			.build());

		assertThat(c.page()).contains("Eget kontrakt från 2021-05-01");
		assertThat(c.notices("TAKEOVER_COMPLETED")).isZero();
	}

	@Test
	void aContractTransferableForTheReminderDaysWithoutAnApprovedTakeoverIsRemindedOfOnceEveryInterval()
			throws Exception {
		Contract c = transferable("SOCIAL");
		String staff = "bovard-" + c.objectNumber;
		settings(staff, "HOUSING");

		// 14 days by default: not yet on the 13th day after 2026-12-03.
		this.clock.set(Instant.parse("2026-12-16T01:05:00Z"));
		this.jobs.run();
		assertThat(c.notices("CONTRACT_REMINDER")).isZero();

		this.clock.set(Instant.parse("2026-12-17T01:05:00Z"));
		this.jobs.run();
		this.jobs.run();
		String text = "Påminnelse: lägenhet " + c.objectNumber
				+ ", socialt kontrakt överlåtelsebart sedan 2026-12-03, ingen överlåtelse godkänd än";
		assertThat(c.notices("CONTRACT_REMINDER")).isEqualTo(2);
		assertThat(mails(staff, "Påminnelse: lägenhet " + c.objectNumber, 1).getFirst().getSubject()).isEqualTo(text);
		assertThat(c.staff().get("/allocation/notifications").body()).contains(text);

		this.clock.set(Instant.parse("2026-12-30T01:05:00Z"));
		this.jobs.run();
		assertThat(c.notices("CONTRACT_REMINDER")).isEqualTo(2);

		// An approved takeover stops the reminders; the housing company's refusal ends
		// it.
		c.approved("2026-12-20");
		this.clock.set(Instant.parse("2026-12-31T01:05:00Z"));
		this.jobs.run();
		assertThat(c.notices("CONTRACT_REMINDER")).isEqualTo(2);
		c.deliver(EventMessage.like(HousingEvents.TAKEOVER_REFUSED)
			.about(c.apartment, "apartmentId")
			.with("socialLeaseId", c.lease.toString())
			.with("objectNumber", c.objectNumber)
			.with("reason", "DECLINED_BY_HOUSING")
			.with("refusedOn", "2026-12-22")
			.build());
		this.jobs.run();
		this.jobs.run();
		assertThat(c.notices("CONTRACT_REMINDER")).isEqualTo(4);
		mails(staff, "Påminnelse: lägenhet " + c.objectNumber, 2);
	}

	@Test
	void anAgreementWhoseRemindersAreNeverRemindsOfNothing() {
		Contract c = transferable("SOCIAL");
		this.jdbc.sql("""
				insert into agreement_version (year, version, quota_mode, quota_percent, max_per_stairwell,
				    max_per_property_percent, offer_answer_days, meeting_interval_weeks, takeover_contract_months,
				    takeover_on_time_rent_months, takeover_payment_grace_days, takeover_disturbance_free_months,
				    takeover_readiness_max_age_months, takeover_reminder_days, changed_at)
				values (2026, 1, 'SHARE', 10, 1, 10, 7, 6, 12, 12, 5, 12, 6, 0, now())
				""").update();
		try {
			this.clock.set(Instant.parse("2026-12-20T01:05:00Z"));
			this.jobs.run();
			assertThat(c.notices("CONTRACT_REMINDER")).isZero();
			assertThat(c.column("reminded_on is null", Boolean.class)).isTrue();
		}
		finally {
			this.jdbc.sql("delete from agreement_version where year = 2026").update();
		}
	}

	/** A contract that became transferable on 2026-12-03, without a placement. */
	private Contract transferable(String type) {
		Contract c = new Contract(type);
		c.started("2025-11-01");
		c.rentOnTime(YearMonth.of(2026, 1), 12);
		c.assessed("READY", "2026-11-01");
		assertThat(c.column("transferable", Boolean.class)).isTrue();
		return c;
	}

	private void settings(String username, String organisation) {
		this.jdbc.sql("""
				insert into notification_settings (username, organisation, email, delivery, updated_at)
				values (:user, :org, :user || '@example.org', 'IMMEDIATE', now())
				""").param("user", username).param("org", organisation).update();
	}

	/**
	 * Exactly this many mails to the user about the object number, once the relay has
	 * sent them all (the daily job also re-evaluates the other tests' contracts).
	 */
	private List<MimeMessage> mails(String username, String objectNumber, int expected) {
		eventually().untilAsserted(() -> {
			assertThat(this.jdbc
				.sql("select count(*) from mail_outbox where username = :user and sent_at is null and not digest")
				.param("user", username)
				.query(Long.class)
				.single()).isZero();
			assertThat(SMTP.receivedBy(username, objectNumber)).hasSize(expected);
		});
		return SMTP.receivedBy(username, objectNumber);
	}

	private ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static ConditionFactory eventually() {
		return await().atMost(Duration.ofSeconds(30));
	}

	/** One test's contract, its object number starting with N. */
	private final class Contract extends ContractFixture {

		Contract(String type) {
			super(type, "N", TransferabilityNoticesIT.this.jdbc, TransferabilityNoticesIT.this.kafka,
					TransferabilityNoticesIT.this.port);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		MovableClock clock() {
			return new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
		}

	}

}
