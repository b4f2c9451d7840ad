package se.bostadsbryggan.allocation.takeover;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.allocation.EventMessage;
import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One test's contract for the takeover ITs: its lease, apartment and object number, the
 * events that make its history (each delivered twice and awaited once), and what the
 * tests read back of it.
 */
class ContractFixture {

	final UUID lease = UUID.randomUUID();

	final UUID apartment = UUID.randomUUID();

	final String objectNumber;

	final String type;

	private final JdbcClient jdbc;

	private final KafkaProbe kafka;

	private final int port;

	private UUID placement;

	/**
	 * @param type the lease type
	 * @param prefix the object number's first letter, telling the test classes apart
	 * @param jdbc allocation's database
	 * @param kafka the broker
	 * @param port the app's port
	 */
	ContractFixture(String type, String prefix, JdbcClient jdbc, KafkaProbe kafka, int port) {
		this.type = type;
		this.objectNumber = prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		this.jdbc = jdbc;
		this.kafka = kafka;
		this.port = port;
	}

	/**
	 * The placement this contract is signed for, as the offer workflow leaves it when the
	 * caseworker has accepted (not yet signed).
	 * @return the placement's request
	 */
	UUID placedFor(String caseworker) {
		UUID request = placement(caseworker);
		this.jdbc.sql("""
				insert into placement (id, quota_year, request_reference, apartment_id, placed_on)
				values (:id, 2025, :request, :apartment, date '2025-11-20')
				""").param("id", this.placement).param("request", request).param("apartment", this.apartment).update();
		return request;
	}

	/** The signed placement this contract is for, as the offer workflow leaves it. */
	void signedFor(String caseworker) {
		UUID request = placement(caseworker);
		this.jdbc.sql("""
				insert into placement (id, quota_year, request_reference, apartment_id, placed_on, start_date,
				    status, lease_id, signed_at)
				values (:id, 2025, :request, :apartment, date '2025-10-20', date '2025-11-01', 'SIGNED', :lease,
				    now())
				""")
			.param("id", this.placement)
			.param("request", request)
			.param("apartment", this.apartment)
			.param("lease", this.lease)
			.update();
	}

	private UUID placement(String caseworker) {
		UUID request = UUID.randomUUID();
		this.placement = UUID.randomUUID();
		this.jdbc.sql("insert into quota_year (year, created_at) values (2025, now()) on conflict do nothing").update();
		this.jdbc.sql("insert into apartment (apartment_id, object_number, updated_at) values (:id, :object, now())")
			.param("id", this.apartment)
			.param("object", this.objectNumber)
			.update();
		this.jdbc.sql("""
				insert into housing_request (request_reference, household_size, rooms_needed, needs_lift,
				    needs_ground_floor, needs_adapted, areas_to_avoid, client_key_id, client_hash, caseworker,
				    status, submitted_at)
				values (:id, 1, 1, false, false, false, '{}', 'local-1', 'hash', :caseworker, 'PLACED', now())
				""").param("id", request).param("caseworker", caseworker).update();
		return request;
	}

	ApiClient staff() {
		return as(User.of("bovard-" + this.objectNumber.toLowerCase(), "HOUSING", "HOUSING_STAFF"));
	}

	ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	/**
	 * The contract's page in the shared workflow, as the housing company's staff see it.
	 */
	String page() {
		return staff().get("/allocation/contracts/" + this.lease).body();
	}

	EventMessage leaseStarted(String start) {
		return EventMessage.like(HousingEvents.LEASE_STARTED)
			.about(this.apartment, "apartmentId")
			.with("leaseId", this.lease.toString())
			.with("objectNumber", this.objectNumber)
			.with("leaseType", this.type)
			.with("startDate", start)
			.withNull("endDate")
			.with("placementId", (this.placement != null) ? this.placement.toString() : null)
			.build();
	}

	void started(String start) {
		deliver(leaseStarted(start));
	}

	/**
	 * Months from the first, each due on the last day before it and paid that day.
	 */
	void rentOnTime(YearMonth first, int months) {
		for (int i = 0; i < months; i++) {
			YearMonth month = first.plusMonths(i);
			LocalDate due = month.atDay(1).minusDays(1);
			paid(month, due, due);
		}
	}

	void paid(YearMonth month, LocalDate due, LocalDate paid) {
		deliver(EventMessage.like(HousingEvents.RENT_PAYMENT_RECORDED)
			.about(this.lease, "leaseId")
			.with("apartmentId", this.apartment.toString())
			.with("leaseType", this.type)
			.with("month", month.toString())
			.with("dueDate", due.toString())
			.with("paidDate", paid.toString())
			.with("onTime", !paid.isAfter(due))
			.build());
	}

	void disturbance(UUID id, String occurredOn, String outcome) {
		deliver(EventMessage.like(HousingEvents.DISTURBANCE_CONCLUDED)
			.about(this.lease, "leaseId")
			.with("disturbanceId", id.toString())
			.with("apartmentId", this.apartment.toString())
			.with("leaseType", this.type)
			.with("occurredOn", occurredOn)
			.with("outcome", outcome)
			.build());
	}

	/**
	 * An assessment of the client of this contract's apartment (no request, no
	 * caseworker).
	 */
	void assessed(String outcome, String on) {
		assessed(outcome, on, null);
	}

	/** An assessment of the client of this contract's apartment (no request). */
	void assessed(String outcome, String on, String caseworker) {
		EventMessage.Builder builder = EventMessage.like(SocialEvents.READINESS_ASSESSED)
			.aggregateId(this.objectNumber)
			.withNull("requestReference")
			.with("objectNumber", this.objectNumber)
			.with("outcome", outcome)
			.with("assessedOn", on)
			.with("nextReviewOn", LocalDate.parse(on).plusMonths(6).toString());
		deliver(((caseworker != null) ? builder.with("caseworker", caseworker) : builder.withNull("caseworker"))
			.build());
	}

	/**
	 * Social services' approval, with the golden event's sealed tenant left unread.
	 */
	void approved(String on) {
		deliver(EventMessage.like(SocialEvents.TAKEOVER_APPROVED)
			.aggregateId(this.objectNumber)
			.with("leaseId", this.lease.toString())
			.with("objectNumber", this.objectNumber)
			.with("approvedOn", on)
			.build());
	}

	/** Delivers the event twice and waits until it was processed (once). */
	void deliver(EventMessage event) {
		event.sendWith(this.kafka);
		event.sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(
				this.jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = :id")
					.param("consumer", TakeoverConsumer.NAME)
					.param("id", event.eventId())
					.query(Long.class)
					.single())
			.isEqualTo(1));
	}

	<T> T column(String column, Class<T> type) {
		return this.jdbc.sql("select " + column + " from contract where lease_id = :id")
			.param("id", this.lease)
			.query(type)
			.single();
	}

	/** The in-app notices of this contract of a kind. */
	long notices(String kind) {
		return this.jdbc.sql("select count(*) from notification where kind = :kind and link = :link")
			.param("kind", kind)
			.param("link", "/allocation/contracts/" + this.lease)
			.query(Long.class)
			.single();
	}

	long outboxRows() {
		return this.jdbc.sql("select count(*) from outbox_event where aggregate_key = :key")
			.param("key", this.lease.toString())
			.query(Long.class)
			.single();
	}

	/**
	 * Exactly this many TransferabilityChanged of this lease on Kafka, once the outbox
	 * has sent them all (the relay deletes rows sent a week before the moved clock).
	 */
	List<ConsumerRecord<String, String>> published(int expected) {
		eventually().untilAsserted(() -> {
			assertThat(this.jdbc.sql("select count(*) from outbox_event where aggregate_key = :key and sent_at is null")
				.param("key", this.lease.toString())
				.query(Long.class)
				.single()).isZero();
			assertThat(records()).hasSize(expected);
		});
		return records();
	}

	private List<ConsumerRecord<String, String>> records() {
		return this.kafka.readAll(AllocationEvents.TAKEOVER_TOPIC)
			.stream()
			.filter((r) -> r.key().equals(this.lease.toString()))
			.toList();
	}

	static ConditionFactory eventually() {
		return await().atMost(Duration.ofSeconds(30));
	}

}
