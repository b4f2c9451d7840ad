package se.bostadsbryggan.allocation.takeover;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.allocation.EventMessage;
import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.GoldenEvents;
import se.bostadsbryggan.testsupport.JsonShape;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.MovableClock;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens.User;
import se.bostadsbryggan.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The takeover evaluation from the housing company's and social services' events to
 * {@code TransferabilityChanged}: the daily job on the anniversary, late rent, dismissed
 * and verified disturbances, a lasting solution, the pages and the API. Every event is
 * delivered twice and has one effect. The clock is the test's own; the tests share one
 * database, so each uses its own lease and object number. No agreement is saved, so the
 * default criteria apply: 12 months of contract, 12 months of rent on time with 5 days of
 * grace, 12 months without a verified disturbance, a "ready" assessment at most 6 months
 * old.
 */
@ServiceIntegrationTest
class TakeoverIT {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	MovableClock clock;

	@Autowired
	TakeoverJobs jobs;

	@Autowired
	TakeoverService takeover;

	@Autowired
	MeterRegistry meters;

	@Autowired
	RecordingListener listener;

	@Value("${local.server.port}")
	int port;

	@BeforeEach
	void thirdOfDecember2026() {
		this.clock.set(Instant.parse("2026-12-03T10:00:00Z"));
	}

	@Test
	void turnsTransferableWhenTheDailyJobRunsOnTheAnniversaryWithNoEventThatDay() {
		Contract c = new Contract("SOCIAL");
		UUID request = c.placedFor("handl-" + c.objectNumber);
		c.started("2025-12-04");
		c.rentOnTime(YearMonth.of(2026, 1), 12);
		c.assessed("READY", "2026-11-01", "handl-annan");

		assertThat(c.column("request_reference", UUID.class)).isEqualTo(request);
		assertThat(c.column("transferable", Boolean.class)).isFalse();
		assertThat(c.column("expected_on", LocalDate.class)).isEqualTo("2026-12-04");
		this.clock.set(Instant.parse("2026-12-03T22:00:00Z"));
		this.jobs.run();
		assertThat(c.column("transferable", Boolean.class)).isFalse();

		// 02:05 in Stockholm on the anniversary, twice (a rerun, or a second instance).
		this.clock.set(Instant.parse("2026-12-04T01:05:00Z"));
		this.jobs.run();
		this.jobs.run();

		assertThat(c.column("transferable", Boolean.class)).isTrue();
		assertThat(c.column("status_changed_on", LocalDate.class)).isEqualTo("2026-12-04");
		List<ConsumerRecord<String, String>> published = c.published(1);
		JsonNode event = JSON.readTree(published.getFirst().value());
		assertThat(event.get("payload").get("transferable").asBoolean()).isTrue();
		assertThat(event.get("payload").get("changedOn").asString()).isEqualTo("2026-12-04");
		assertThat(event.get("payload").get("objectNumber").asString()).isEqualTo(c.objectNumber);
		assertThat(event.get("payload").get("requestReference").asString()).isEqualTo(request.toString());
		JsonShape.assertSameShape(event, GoldenEvents.tree(AllocationEvents.TRANSFERABILITY_CHANGED));
		assertThat(this.listener.changes(c.lease)).singleElement().satisfies((change) -> {
			assertThat(change.transferable()).isTrue();
			assertThat(change.caseworker()).isEqualTo("handl-" + c.objectNumber);
		});
		assertThat(c.staff().get("/allocation/contracts").body()).contains(c.objectNumber)
			.contains("Överlåtelsebar sedan 2026-12-04");
	}

	@Test
	void rentStillUnpaidPastTheGraceDaysMakesATransferableContractNonTransferableOnce() {
		Contract c = transferable("SOCIAL");

		this.clock.set(Instant.parse("2027-01-06T09:00:00Z"));
		c.deliver(EventMessage.like(HousingEvents.RENT_OVERDUE)
			.about(c.lease, "leaseId")
			.with("apartmentId", c.apartment.toString())
			.with("month", "2027-01")
			.with("dueDate", "2026-12-31")
			.build());

		assertThat(c.column("transferable", Boolean.class)).isFalse();
		List<ConsumerRecord<String, String>> published = c.published(2);
		assertThat(JSON.readTree(published.getLast().value()).get("payload").get("transferable").asBoolean()).isFalse();
		assertThat(this.listener.changes(c.lease)).extracting(TransferabilityChange::transferable)
			.containsExactly(true, false);
	}

	@Test
	void aLatePaymentMakesAGuaranteeNonTransferable() {
		Contract c = transferable("GUARANTEED");
		assertThat(c.staff().get("/allocation/contracts").body()).contains("Borgen kan släppas sedan 2026-12-03");

		this.clock.set(Instant.parse("2027-01-12T09:00:00Z"));
		c.paid(YearMonth.of(2027, 1), LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-11"));

		assertThat(c.column("transferable", Boolean.class)).isFalse();
		c.published(2);
	}

	@Test
	void aDismissedDisturbanceDoesNotCountAndAVerifiedOneDoes() {
		Contract c = transferable("SOCIAL");
		UUID dismissed = UUID.randomUUID();

		c.disturbance(dismissed, "2026-11-20", "DISMISSED");

		assertThat(c.column("transferable", Boolean.class)).isTrue();
		assertThat(this.jdbc.sql("select outcome from contract_disturbance where disturbance_id = :id")
			.param("id", dismissed)
			.query(String.class)
			.single()).isEqualTo("DISMISSED");
		c.published(1);

		c.disturbance(UUID.randomUUID(), "2026-11-25", "VERIFIED");

		assertThat(c.column("transferable", Boolean.class)).isFalse();
		c.published(2);
		ApiClient.Response api = c.staff().get("/api/allocation/contracts/" + c.lease);
		assertThat(api.status()).isEqualTo(200);
		JsonNode disturbance = api.json().get("criteria").get(2);
		assertThat(disturbance.get("criterion").asString()).isEqualTo("NO_VERIFIED_DISTURBANCE");
		assertThat(disturbance.get("met").asBoolean()).isFalse();
		assertThat(disturbance.get("metOn").asString()).isEqualTo("2027-11-25");
		assertThat(c.staff().get("/allocation/contracts/" + c.lease).body())
			.contains("Ingen verifierad störning sedan 2026-11-26; uppfylls 2027-11-25");
	}

	@Test
	void aLastingSolutionIsNoLongerEvaluated() {
		Contract c = new Contract("SOCIAL");
		c.started("2025-12-04");
		c.rentOnTime(YearMonth.of(2026, 1), 12);
		c.assessed("READY", "2026-11-01", null);

		c.deliver(EventMessage.like(SocialEvents.LASTING_SOLUTION_CHANGED)
			.aggregateId(c.objectNumber)
			.with("objectNumber", c.objectNumber)
			.with("leaseType", "SOCIAL")
			.with("lasting", true)
			.with("reviewOn", "2027-12-02")
			.build());
		this.clock.set(Instant.parse("2026-12-04T01:05:00Z"));
		this.jobs.run();

		assertThat(c.column("lasting", Boolean.class)).isTrue();
		assertThat(c.column("transferable", Boolean.class)).isFalse();
		assertThat(c.outboxRows()).isZero();
		assertThat(c.staff().get("/allocation/contracts?status=LASTING").body()).contains(c.objectNumber)
			.contains("Varaktig lösning, omprövas 2027-12-02");
		assertThat(c.staff().get("/allocation/contracts/" + c.lease).body())
			.contains("Kontraktet bedöms inte för eget kontrakt");
	}

	@Test
	void aReleasedGuaranteeIsNoLongerEvaluated() {
		Contract c = new Contract("GUARANTEED");
		c.started("2025-12-04");
		c.deliver(EventMessage.like(SocialEvents.GUARANTEE_RELEASED)
			.aggregateId(c.objectNumber)
			.with("objectNumber", c.objectNumber)
			.with("releasedOn", "2026-12-03")
			.build());

		assertThat(c.column("guarantee_released_on", LocalDate.class)).isEqualTo("2026-12-03");
		assertThat(c.staff().get("/allocation/contracts?status=RELEASED").body()).contains(c.objectNumber)
			.contains("Borgen släppt 2026-12-03");
	}

	@Test
	void theStatusPageExplainsEachCriterionWhatIsMetSinceWhenAndWhatIsMissing() {
		this.clock.set(Instant.parse("2026-11-10T09:00:00Z"));
		Contract c = new Contract("SOCIAL");
		c.started("2025-06-01");
		c.paid(YearMonth.of(2026, 2), LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-20"));
		for (int month = 3; month <= 11; month++) {
			LocalDate due = LocalDate.of(2026, month, 1);
			c.paid(YearMonth.of(2026, month), due, due);
		}
		c.disturbance(UUID.randomUUID(), "2026-03-10", "VERIFIED");
		c.assessed("READY", "2026-09-15", "handl-" + c.objectNumber);

		String page = c.staff().get("/allocation/contracts/" + c.lease).body();

		assertThat(page).contains("<h1>Kontrakt " + c.objectNumber + "</h1>")
			.contains("Kontraktet började 2025-06-01; uppfyllt sedan 2026-06-01")
			.contains("Hyran betald i tid sedan 2026-03-01; 3 månader kvar")
			.contains("Ingen verifierad störning sedan 2026-03-11; uppfylls 2027-03-10")
			.contains("Bedömning: redo 2026-09-15, gäller till 2027-03-15")
			.contains("Väntas bli överlåtelsebar 2027-03-10");
		assertThat(c.staff().get("/allocation/contracts").body()).contains("Väntas bli överlåtelsebar 2027-03-10");
		ApiClient mine = as(User.caseworker("handl-" + c.objectNumber, "Vuxenenheten"));
		ApiClient other = as(User.caseworker("handl-annan", "Vuxenenheten"));
		assertThat(mine.get("/allocation/contracts?mine=true").body()).contains(c.objectNumber);
		assertThat(other.get("/allocation/contracts?mine=true").body()).doesNotContain(c.objectNumber);
		assertThat(other.get("/allocation/contracts").body()).contains(c.objectNumber);
		assertThat(c.staff().get("/api/allocation/contracts").json().toString()).contains(c.lease.toString());
		assertThat(c.staff().get("/api/allocation/contracts/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void anAssessmentFromBeforeTheContractStartedDoesNotCount() {
		Contract c = new Contract("SOCIAL");
		c.started("2025-11-01");
		c.rentOnTime(YearMonth.of(2026, 1), 12);
		c.assessed("READY", "2025-10-20", null);

		assertThat(c.column("transferable", Boolean.class)).isFalse();
		assertThat(c.staff().get("/allocation/contracts/" + c.lease).body())
			.contains("Ingen bedömning av boendeförmåga sedan kontraktet började");
	}

	@Test
	void aContractTakenOverIsNoLongerEvaluatedAndAnEndedOneNoLongerListed() {
		Contract c = transferable("SOCIAL");

		c.deliver(EventMessage.like(HousingEvents.TAKEOVER_COMPLETED)
			.about(c.apartment, "apartmentId")
			.with("socialLeaseId", c.lease.toString())
			.with("objectNumber", c.objectNumber)
			.with("takeoverDate", "2026-12-10")
			.build());
		c.deliver(EventMessage.like(HousingEvents.LEASE_ENDED)
			.about(c.apartment, "apartmentId")
			.with("leaseId", c.lease.toString())
			.with("objectNumber", c.objectNumber)
			.with("leaseType", "SOCIAL")
			.with("startDate", "2025-11-01")
			.with("endDate", "2026-12-09")
			.build());

		assertThat(c.column("taken_over_on", LocalDate.class)).isEqualTo("2026-12-10");
		assertThat(c.column("end_date", LocalDate.class)).isEqualTo("2026-12-09");
		this.clock.set(Instant.parse("2026-12-10T01:05:00Z"));
		this.jobs.run();
		c.published(1);
		assertThat(c.staff().get("/allocation/contracts").body()).doesNotContain(c.objectNumber);
		assertThat(c.staff().get("/allocation/contracts/" + c.lease).body()).contains("Eget kontrakt från 2026-12-10");
	}

	@Test
	void firstHandLeasesAreNotFollowed() {
		Contract c = new Contract("FIRST_HAND");
		c.deliver(c.leaseStarted("2025-01-01"));
		assertThat(this.jdbc.sql("select count(*) from contract where lease_id = :id")
			.param("id", c.lease)
			.query(Long.class)
			.single()).isZero();
	}

	/** A contract that became transferable on 2026-12-03 (its one event published). */
	@Test
	void dailyJobRecordsOnlyTheContractsThatChangeAndMarksTheOthersEvaluatedInABatch() {
		// Turns transferable on the anniversary (4 December), as in the first test.
		Contract turning = new Contract("SOCIAL");
		turning.started("2025-12-04");
		turning.rentOnTime(YearMonth.of(2026, 1), 12);
		turning.assessed("READY", "2026-11-01", null);
		// Nowhere near: started this spring, expected next spring.
		Contract waiting = new Contract("GUARANTEED");
		waiting.started("2026-04-01");
		waiting.rentOnTime(YearMonth.of(2026, 5), 7);
		waiting.assessed("READY", "2026-11-20", null);
		LocalDate waitingExpected = waiting.column("expected_on", LocalDate.class);
		// Transferable, but its stored status was lost: the job puts it right, with an
		// event.
		Contract lost = transferable("SOCIAL");
		this.jdbc.sql("update contract set transferable = false, expected_on = null where lease_id = :id")
			.param("id", lost.lease)
			.update();
		this.clock.set(Instant.parse("2026-12-04T01:05:00Z"));
		LocalDate today = LocalDate.of(2026, 12, 4);

		TakeoverService.DailyTriage triage = this.takeover.triage(today);

		assertThat(triage.changing()).contains(turning.lease, lost.lease).doesNotContain(waiting.lease);
		assertThat(triage.unchanged()).contains(waiting.lease).doesNotContain(turning.lease, lost.lease);
		double timedBefore = timedRuns();

		this.jobs.run();
		this.jobs.run();

		assertThat(timedRuns()).isEqualTo(timedBefore + 2);
		assertThat(turning.column("transferable", Boolean.class)).isTrue();
		assertThat(turning.published(1)).hasSize(1);
		assertThat(lost.column("transferable", Boolean.class)).isTrue();
		assertThat(lost.column("status_changed_on", LocalDate.class)).isEqualTo(today);
		assertThat(lost.published(2)).hasSize(2);
		assertThat(waiting.column("transferable", Boolean.class)).isFalse();
		assertThat(waiting.column("expected_on", LocalDate.class)).isEqualTo(waitingExpected).isAfter(today);
		assertThat(waiting.column("evaluated_on", LocalDate.class)).isEqualTo(today);
		assertThat(waiting.published(0)).isEmpty();
		assertThat(this.takeover.triage(today).changing()).doesNotContain(turning.lease, lost.lease, waiting.lease);
	}

	private double timedRuns() {
		Timer timer = this.meters.find(TakeoverJobs.TIMER).timer();
		return (timer != null) ? timer.count() : 0;
	}

	private Contract transferable(String type) {
		Contract c = new Contract(type);
		c.started("2025-11-01");
		c.rentOnTime(YearMonth.of(2026, 1), 12);
		c.assessed("READY", "2026-11-01", null);
		assertThat(c.column("transferable", Boolean.class)).isTrue();
		c.published(1);
		return c;
	}

	private ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static ConditionFactory eventually() {
		return await().atMost(Duration.ofSeconds(30));
	}

	/** One test's contract, its object number starting with T. */
	private final class Contract extends ContractFixture {

		Contract(String type) {
			super(type, "T", TakeoverIT.this.jdbc, TakeoverIT.this.kafka, TakeoverIT.this.port);
		}

	}

	/** Records the listener's calls. */
	static final class RecordingListener implements TransferabilityListener {

		private final List<TransferabilityChange> changes = new CopyOnWriteArrayList<>();

		@Override
		public void transferabilityChanged(TransferabilityChange change) {
			this.changes.add(change);
		}

		List<TransferabilityChange> changes(UUID lease) {
			return this.changes.stream().filter((c) -> c.leaseId().equals(lease)).toList();
		}

	}

	/** A clock the tests move. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Beans {

		@Bean
		MovableClock clock() {
			return new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
		}

		@Bean
		RecordingListener recordingListener() {
			return new RecordingListener();
		}

	}

}
