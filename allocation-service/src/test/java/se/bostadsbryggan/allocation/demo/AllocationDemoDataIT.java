package se.bostadsbryggan.allocation.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.bostadsbryggan.allocation.EventMessage;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local run's demo data: this year's agreement with the default terms, saved once;
 * and one open offer once the other services' demo events have arrived.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = { "bb.demo.enabled=true", "bb.demo.offer-interval=300ms" })
class AllocationDemoDataIT {

	@Autowired
	AllocationDemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiClient api;

	@Autowired
	Clock clock;

	@Test
	void thisYearsAgreementHasTheDefaultTermsAndASecondRunAddsNothing() {
		int year = LocalDate.now(this.clock).getYear();

		this.demo.run(new DefaultApplicationArguments());

		assertThat(this.jdbc.sql("select count(*) from agreement_version where year = :year")
			.param("year", year)
			.query(Long.class)
			.single()).isEqualTo(1);
		ApiClient.Response agreement = this.api.get("/api/allocation/agreements/" + year);
		assertThat(agreement.status()).isEqualTo(200);
		assertThat(agreement.json().get("terms").get("quotaPercent").decimalValue()).isEqualByComparingTo("10");
		assertThat(agreement.json().get("terms").get("maxPerStairwell").asInt()).isEqualTo(1);
		assertThat(agreement.json().get("terms").get("offerAnswerDays").asInt()).isEqualTo(7);
		assertThat(agreement.json().get("changedBy").asString()).isEqualTo("demo");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'AGREEMENT_CHANGE'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void twoHeldMeetingsAndTheNextPlannedWithThreeActionsCarriedOverAndASecondRunAddsNothing() {
		this.demo.run(new DefaultApplicationArguments());
		this.demo.run(new DefaultApplicationArguments());

		LocalDate today = LocalDate.now(this.clock);
		assertThat(this.jdbc.sql("select meeting_date from meeting where status = 'HELD' order by meeting_date")
			.query(LocalDate.class)
			.list()).containsExactly(today.minusWeeks(12), today.minusWeeks(6));
		assertThat(this.jdbc.sql("""
				select (held_at at time zone 'Europe/Stockholm')::date from meeting
				where status = 'HELD' order by meeting_date
				""").query(LocalDate.class).list()).as("the minutes were approved on the meeting's day")
			.containsExactly(today.minusWeeks(12), today.minusWeeks(6));
		assertThat(this.jdbc.sql("select meeting_date from meeting where status = 'PLANNED'")
			.query(LocalDate.class)
			.single()).isEqualTo(today);
		assertThat(this.jdbc.sql("select count(*) from meeting_decision").query(Long.class).single()).isEqualTo(4);
		assertThat(this.jdbc.sql("select count(*) from meeting_action").query(Long.class).single()).isEqualTo(5);
		assertThat(this.jdbc.sql("""
				select count(*) from meeting_action a join meeting m on m.id = a.done_at_meeting_id
				where m.meeting_date = :second
				""").param("second", today.minusWeeks(6)).query(Long.class).single()).isEqualTo(2);
		ApiClient.Response meetings = this.api.get("/api/allocation/meetings");
		assertThat(meetings.json().get("openActions")).hasSize(3);
		String planned = meetings.json().get("planned").get("id").asString();
		assertThat(this.api.get("/allocation/meetings/" + planned).body())
			.contains("Bjuda in budget- och skuldrådgivningen till ett kommande möte")
			.contains("Försenad");
	}

	@Autowired
	KafkaProbe kafka;

	@Test
	void oneOpenOfferIsMadeOnceApartmentsRequestsAndTurnoverHaveArrived() {
		int year = LocalDate.now(this.clock).getYear();
		this.demo.run(new DefaultApplicationArguments());
		UUID apartment = UUID.randomUUID();
		UUID request = UUID.randomUUID();
		EventMessage.like(HousingEvents.TURNOVER_CALCULATED)
			.aggregateId(String.valueOf(year - 1))
			.with("year", year - 1)
			.with("reLets", 62)
			.with("apartmentsReLet", 62)
			.build()
			.sendWith(this.kafka);
		EventMessage.like(HousingEvents.APARTMENT_REGISTERED)
			.about(apartment, "apartmentId")
			.with("objectNumber", "DEMO-1")
			.with("stairwell", "DEMO-A")
			.with("property", "DEMO-F")
			.with("rooms", 2)
			.with("monthlyRent", new BigDecimal("6000"))
			.with("lift", true)
			.build()
			.sendWith(this.kafka);
		EventMessage.like(HousingEvents.APARTMENT_VACATED)
			.about(apartment, "apartmentId")
			.with("objectNumber", "DEMO-1")
			.build()
			.sendWith(this.kafka);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("select count(*) from apartment where apartment_id = :a and available and rooms is not null")
				.param("a", apartment)
				.query(Long.class)
				.single()).isEqualTo(1));
		// No request fits yet: the demo waits without offering, withdrawing or auditing.
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(this.jdbc.sql("select for_social_changed_by is null from apartment where apartment_id = :a")
				.param("a", apartment)
				.query(Boolean.class)
				.single()).isTrue();
			assertThat(this.jdbc
				.sql("select count(*) from audit_event where action = 'MATCHING_APARTMENT_VIEW' and subject_id = :a")
				.param("a", apartment.toString())
				.query(Long.class)
				.single()).isZero();
		});
		EventMessage.like(SocialEvents.HOUSING_REQUEST_SUBMITTED)
			.about(request, "requestReference")
			.with("roomsNeeded", 2)
			.with("maxRent", 7000)
			.withStrings("areasToAvoid")
			.build()
			.sendWith(this.kafka);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					this.jdbc.sql("select status from offer where apartment_id = :a and request_reference = :r")
						.param("a", apartment)
						.param("r", request)
						.query(String.class)
						.list())
				.containsExactly("OPEN"));
		assertThat(this.jdbc.sql("select count(*) from offer").query(Long.class).single()).isEqualTo(1);
	}

}
