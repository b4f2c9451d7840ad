package se.bostadsbryggan.housing.takeover;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.allocation.TransferabilityChanged;
import se.bostadsbryggan.contracts.social.GuaranteeReleased;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.contracts.social.SubtenantIdentity;
import se.bostadsbryggan.contracts.social.TakeoverApproved;
import se.bostadsbryggan.housing.IncomingEvents;
import se.bostadsbryggan.housing.SubtenantIdentities;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.GoldenEvents;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.web.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Own contracts on the housing side: transferability and released guarantees kept once
 * under redelivery, social services' approval of a takeover opened with the housing
 * company's key, and the takeover itself once both have approved, in either order, in one
 * transaction that leaves nothing half-done.
 */
@ServiceIntegrationTest
class TakeoverIT {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final SubtenantIdentity TOLVAN = new SubtenantIdentity("191212121212", "Tolvan Tolvansson", 3);

	@Autowired
	ApiClient api;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TakeoverService takeovers;

	@Test
	void transferabilityDeliveredTwiceIsKeptOnceAndShownWithTheSocialContract() {
		Apartment apartment = apartment();
		UUID leaseId = lease(apartment, "SOCIAL", LocalDate.now().minusMonths(13));
		UUID eventId = UUID.randomUUID();
		TransferabilityChanged changed = new TransferabilityChanged(leaseId, apartment.id(), apartment.objectNumber(),
				"SOCIAL", UUID.randomUUID(), true, LocalDate.of(2026, 12, 1), null);

		IncomingEvents.send(this.kafka, AllocationEvents.TRANSFERABILITY_CHANGED, eventId, leaseId, changed);
		IncomingEvents.send(this.kafka, AllocationEvents.TRANSFERABILITY_CHANGED, eventId, leaseId, changed);

		await().atMost(WAIT).untilAsserted(() -> assertThat(processed(eventId)).isEqualTo(1));
		assertThat(count("select count(*) from lease_transferability where lease_id = :id", leaseId)).isEqualTo(1);
		assertThat(this.api.get("/housing/apartments/" + apartment.id()).body())
			.contains("Överlåtelsebart sedan 2026-12-01");
		assertThat(this.api.get("/housing/takeovers").body()).contains(apartment.objectNumber());

		// An older change arriving late changes nothing.
		UUID older = UUID.randomUUID();
		IncomingEvents.send(this.kafka, AllocationEvents.TRANSFERABILITY_CHANGED, older, leaseId,
				new TransferabilityChanged(leaseId, apartment.id(), apartment.objectNumber(), "SOCIAL", null, false,
						LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1)));
		await().atMost(WAIT).untilAsserted(() -> assertThat(processed(older)).isEqualTo(1));
		assertThat(this.takeovers.transferability(leaseId).orElseThrow().transferable()).isTrue();
	}

	@Test
	void aReleasedGuaranteeDeliveredTwiceIsRecordedOnceOnTheRunningGuaranteedLease() {
		Apartment apartment = apartment();
		UUID leaseId = lease(apartment, "GUARANTEED", LocalDate.now().minusYears(2));
		IncomingEvents.send(this.kafka, AllocationEvents.TRANSFERABILITY_CHANGED, UUID.randomUUID(), leaseId,
				new TransferabilityChanged(leaseId, apartment.id(), apartment.objectNumber(), "GUARANTEED", null, true,
						LocalDate.now(), null));
		await().atMost(WAIT)
			.untilAsserted(() -> assertThat(this.api.get("/housing/apartments/" + apartment.id()).body())
				.contains("Borgen kan släppas"));
		GuaranteeReleased golden = GoldenEvents.payload(SocialEvents.GUARANTEE_RELEASED);
		GuaranteeReleased released = new GuaranteeReleased(apartment.objectNumber(), golden.releasedOn());
		UUID eventId = UUID.randomUUID();

		IncomingEvents.send(this.kafka, SocialEvents.GUARANTEE_RELEASED, eventId, apartment.objectNumber(), released);
		IncomingEvents.send(this.kafka, SocialEvents.GUARANTEE_RELEASED, eventId, apartment.objectNumber(), released);

		await().atMost(WAIT).untilAsserted(() -> assertThat(processed(eventId)).isEqualTo(1));
		assertThat(count("select count(*) from guarantee_release where lease_id = :id", leaseId)).isEqualTo(1);
		assertThat(this.api.get("/housing/apartments/" + apartment.id()).body()).contains("Borgen släppt 2026-12-03")
			.doesNotContain("Borgen kan släppas");
	}

	@Test
	void theGoldenApprovalDeliveredTwiceStoresTolvanOnceAndWaitsForTheHousingManager() {
		TakeoverApproved golden = GoldenEvents.payload(SocialEvents.TAKEOVER_APPROVED);
		Apartment apartment = apartment();
		this.jdbc.sql("""
				insert into lease (id, apartment_id, type, start_date, monthly_rent, created_at)
				values (:id, :apartment, 'SOCIAL', :start, 7400, now())
				""")
			.param("id", golden.leaseId())
			.param("apartment", apartment.id())
			.param("start", LocalDate.now().minusMonths(14))
			.update();
		String eventId = GoldenEvents.tree(SocialEvents.TAKEOVER_APPROVED).get("eventId").asString();
		String text = GoldenEvents.text(SocialEvents.TAKEOVER_APPROVED);
		Map<String, String> headers = Map.of(KafkaHeaders.EVENT_ID, eventId, KafkaHeaders.EVENT_TYPE,
				"TakeoverApproved");

		this.kafka.send(SocialEvents.TAKEOVER_TOPIC, golden.objectNumber(), text, headers);
		this.kafka.send(SocialEvents.TAKEOVER_TOPIC, golden.objectNumber(), text, headers);

		await().atMost(WAIT).untilAsserted(() -> assertThat(processed(UUID.fromString(eventId))).isEqualTo(1));
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select tenant_name, tenant_number, cast(social_approved_on as text) as approved_on, outcome
				from takeover where social_lease_id = :id
				""").param("id", golden.leaseId()).query().listOfRows();
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsEntry("tenant_name", "Tolvan Tolvansson")
			.containsEntry("tenant_number", "191212121212")
			.containsEntry("approved_on", "2026-12-02")
			.containsEntry("outcome", null);
		assertThat(auditActions(golden.leaseId())).containsExactly("TAKEOVER_TENANT_REGISTER LETTING SUCCESS");
		assertThat(outbox("TakeoverCompleted", apartment.id()) + outbox("TakeoverRefused", apartment.id())).isZero();

		ApiClient.Response page = this.api.get("/housing/leases/" + golden.leaseId() + "/takeover");
		assertThat(page.body()).contains("Ny hyresgäst: Tolvan Tolvansson, 19121212-1212")
			.contains("Godkände 2026-12-02");
		assertThat(auditActions(golden.leaseId())).endsWith("TAKEOVER_TENANT_READ LETTING SUCCESS");
	}

	@Test
	void aTenantThatCannotBeOpenedRefusesTheTakeoverOnceAndIsNotDeadLettered() {
		Apartment apartment = apartment();
		UUID leaseId = lease(apartment, "SOCIAL", LocalDate.now().minusMonths(14));
		UUID eventId = UUID.randomUUID();
		// Sealed for another lease: the associated data differs.
		TakeoverApproved approved = new TakeoverApproved(leaseId, apartment.objectNumber(), LocalDate.now(),
				SubtenantIdentities.sealed(UUID.randomUUID().toString(), TOLVAN));

		IncomingEvents.send(this.kafka, SocialEvents.TAKEOVER_APPROVED, eventId, apartment.objectNumber(), approved);
		IncomingEvents.send(this.kafka, SocialEvents.TAKEOVER_APPROVED, eventId, apartment.objectNumber(), approved);

		await().atMost(WAIT).untilAsserted(() -> assertThat(processed(eventId)).isEqualTo(1));
		assertThat(outbox("TakeoverRefused", apartment.id())).isEqualTo(1);
		assertThat(payloads("TakeoverRefused", apartment.id()).get(0)).contains("\"reason\":\"TENANT_INVALID\"");
		assertThat(this.jdbc.sql("select tenant_number from takeover where social_lease_id = :id")
			.param("id", leaseId)
			.query(String.class)
			.optional()).isEmpty();
		assertThat(socialEndDate(leaseId)).isNull();
		assertThat(this.kafka.readAll(SocialEvents.TAKEOVER_TOPIC + ".dlt")
			.stream()
			.filter((r) -> apartment.objectNumber().equals(r.key()))
			.toList()).isEmpty();
	}

	@Test
	void socialServicesFirstThenTheHousingManagerOnThePageCompletesTheTakeoverOnce() {
		Apartment apartment = apartment();
		UUID leaseId = lease(apartment, "SOCIAL", LocalDate.now().minusMonths(14));
		UUID eventId = approveBySocialServices(apartment, leaseId);
		await().atMost(WAIT).untilAsserted(() -> assertThat(processed(eventId)).isEqualTo(1));
		LocalDate takeoverDate = LocalDate.now().plusMonths(1).withDayOfMonth(1);

		// Letting staff see where it stands but cannot decide.
		ApiClient staff = new ApiClient(this.api.baseUrl())
			.withBearerToken(TestTokens.shared().token("HOUSING", "HOUSING_STAFF"));
		ApiClient.Response staffPage = staff.get("/housing/leases/" + leaseId + "/takeover");
		assertThat(staffPage.status()).isEqualTo(200);
		assertThat(staffPage.body()).contains("Godkände")
			.doesNotContain("<button type=\"submit\">Godkänn överlåtelse till eget kontrakt</button>")
			.doesNotContain("takeover/approval");
		assertThat(staff.postForm("/housing/leases/" + leaseId + "/takeover/approval", "takeoverDate=" + takeoverDate)
			.status()).isEqualTo(403);
		assertThat(staff.postForm("/housing/leases/" + leaseId + "/takeover/decline", "motivation=Nej").status())
			.isEqualTo(403);
		assertThat(socialEndDate(leaseId)).isNull();

		ApiClient.Response managerPage = this.api.get("/housing/leases/" + leaseId + "/takeover");
		assertThat(managerPage.body()).contains("Godkänn överlåtelse till eget kontrakt")
			.contains("value=\"" + takeoverDate + "\"");
		ApiClient.Response approved = this.api.postForm("/housing/leases/" + leaseId + "/takeover/approval",
				"takeoverDate=" + takeoverDate);
		assertThat(approved.status()).as(approved.body()).isEqualTo(302);

		assertCompleted(apartment, leaseId, takeoverDate);
		assertThat(this.api.get("/housing/apartments/" + apartment.id()).body()).contains("Tolvan Tolvansson")
			.contains("19121212-1212");
		// A redelivered approval changes nothing.
		IncomingEvents.send(this.kafka, SocialEvents.TAKEOVER_APPROVED, eventId, apartment.objectNumber(),
				new TakeoverApproved(leaseId, apartment.objectNumber(), LocalDate.now(),
						SubtenantIdentities.sealed(leaseId.toString(), TOLVAN)));
		UUID later = approveBySocialServices(apartment, leaseId);
		await().atMost(WAIT).untilAsserted(() -> assertThat(processed(later)).isEqualTo(1));
		assertCompleted(apartment, leaseId, takeoverDate);
	}

	@Test
	void theHousingManagerFirstThenSocialServicesDeliveredTwiceCompletesTheTakeoverOnce() {
		Apartment apartment = apartment();
		UUID leaseId = lease(apartment, "SOCIAL", LocalDate.now().minusMonths(14));
		LocalDate takeoverDate = LocalDate.now().plusMonths(1).withDayOfMonth(1);
		this.takeovers.approve(leaseId, takeoverDate);
		assertThat(socialEndDate(leaseId)).isNull();
		assertThat(outbox("TakeoverCompleted", apartment.id())).isZero();

		UUID eventId = UUID.randomUUID();
		TakeoverApproved approved = new TakeoverApproved(leaseId, apartment.objectNumber(), LocalDate.now(),
				SubtenantIdentities.sealed(leaseId.toString(), TOLVAN));
		IncomingEvents.send(this.kafka, SocialEvents.TAKEOVER_APPROVED, eventId, apartment.objectNumber(), approved);
		IncomingEvents.send(this.kafka, SocialEvents.TAKEOVER_APPROVED, eventId, apartment.objectNumber(), approved);

		await().atMost(WAIT).untilAsserted(() -> assertThat(processed(eventId)).isEqualTo(1));
		assertCompleted(apartment, leaseId, takeoverDate);
		assertThat(auditActions(leaseId)).contains("TAKEOVER_APPROVE LETTING SUCCESS",
				"TAKEOVER_TENANT_REGISTER LETTING SUCCESS", "TAKEOVER_COMPLETE LETTING SUCCESS");
	}

	@Test
	void aDeclineLeavesTheSocialContractRunningAndPublishesOneRefusal() {
		Apartment apartment = apartment();
		UUID leaseId = lease(apartment, "SOCIAL", LocalDate.now().minusMonths(14));
		UUID eventId = approveBySocialServices(apartment, leaseId);
		await().atMost(WAIT).untilAsserted(() -> assertThat(processed(eventId)).isEqualTo(1));

		ApiClient.Response empty = this.api.postForm("/housing/leases/" + leaseId + "/takeover/decline", "motivation=");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("Skriv en motivering.");
		ApiClient.Response declined = this.api.postForm("/housing/leases/" + leaseId + "/takeover/decline",
				"motivation=Hyresskuld+sedan+i+h%C3%B6stas.");
		assertThat(declined.status()).isEqualTo(302);

		assertThat(socialEndDate(leaseId)).isNull();
		assertThat(outbox("TakeoverRefused", apartment.id())).isEqualTo(1);
		assertThat(payloads("TakeoverRefused", apartment.id()).get(0)).contains("\"reason\":\"DECLINED_BY_HOUSING\"")
			.doesNotContain("Hyresskuld");
		assertThat(outbox("TakeoverCompleted", apartment.id()) + outbox("LeaseEnded", apartment.id())).isZero();
		assertThat(this.api.get("/housing/leases/" + leaseId + "/takeover").body())
			.contains("Motivering: Hyresskuld sedan i höstas.")
			.contains("Avslagen av bostadsbolaget");
	}

	@Test
	void anApprovalForAnEndedSocialContractIsRefusedAsNotRunning() {
		Apartment apartment = apartment();
		UUID leaseId = lease(apartment, "SOCIAL", LocalDate.now().minusMonths(14));
		assertThat(this.api
			.postJson("/api/housing/leases/" + leaseId + "/end", Map.of("endDate", LocalDate.now().toString()))
			.status()).isEqualTo(200);
		UUID eventId = approveBySocialServices(apartment, leaseId);

		await().atMost(WAIT).untilAsserted(() -> assertThat(processed(eventId)).isEqualTo(1));
		assertThat(outbox("TakeoverRefused", apartment.id())).isEqualTo(1);
		assertThat(payloads("TakeoverRefused", apartment.id()).get(0)).contains("\"reason\":\"LEASE_NOT_RUNNING\"");
	}

	@Test
	void whenTheNewLeaseFailsNothingIsWrittenAndTheSocialContractRunsOn() {
		Apartment apartment = apartment();
		UUID leaseId = lease(apartment, "SOCIAL", LocalDate.now().minusMonths(14));
		UUID eventId = approveBySocialServices(apartment, leaseId);
		await().atMost(WAIT).untilAsserted(() -> assertThat(processed(eventId)).isEqualTo(1));
		long eventsBefore = count("select count(*) from outbox_event where aggregate_key = :id",
				apartment.id().toString());
		refuseFirstHandLeases(apartment);

		assertThatThrownBy(() -> this.takeovers.approve(leaseId, LocalDate.now().plusMonths(1).withDayOfMonth(1)))
			.hasMessageContaining("no first-hand lease here");

		assertThat(socialEndDate(leaseId)).isNull();
		assertThat(count("select count(*) from lease where apartment_id = :id", apartment.id())).isEqualTo(1);
		assertThat(count("select count(*) from outbox_event where aggregate_key = :id", apartment.id().toString()))
			.isEqualTo(eventsBefore);
		assertThat(this.jdbc.sql("select housing_decision from takeover where social_lease_id = :id")
			.param("id", leaseId)
			.query(String.class)
			.optional()).isEmpty();
		assertThat(auditActions(leaseId)).doesNotContain("TAKEOVER_APPROVE LETTING SUCCESS",
				"TAKEOVER_COMPLETE LETTING SUCCESS");
	}

	@Test
	void anEarlierTakeoverCompletesAtOnceAsTheSagaDoesWithItsEventsInTheOutbox() {
		Apartment apartment = apartment();
		UUID leaseId = lease(apartment, "SOCIAL", LocalDate.now().minusYears(3));
		LocalDate takeoverDate = LocalDate.now().minusYears(1).withDayOfMonth(1);

		Takeover takeover = this.takeovers.recordEarlierTakeover(leaseId, takeoverDate, "Tolvan Tolvansson",
				"191212121212");

		assertThat(takeover.outcome()).isEqualTo("COMPLETED");
		assertThat(takeover.takeoverDate()).isEqualTo(takeoverDate);
		assertCompleted(apartment, leaseId, takeoverDate);
		assertThat(payloads("TakeoverCompleted", apartment.id()).get(0))
			.contains("\"takeoverDate\":\"" + takeoverDate + "\"");
		assertThat(auditActions(leaseId)).containsExactly("TAKEOVER_EARLIER_RECORD LETTING SUCCESS",
				"TAKEOVER_COMPLETE LETTING SUCCESS");
		assertThatThrownBy(() -> this.takeovers.recordEarlierTakeover(leaseId, takeoverDate.plusMonths(1),
				"Tolvan Tolvansson", "191212121212"))
			.isInstanceOfSatisfying(ProblemException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("takeover-completed"));
		assertCompleted(apartment, leaseId, takeoverDate);
	}

	@Test
	void anEarlierTakeoverFromTodayOrLaterIsRefusedAndChangesNothing() {
		Apartment apartment = apartment();
		UUID leaseId = lease(apartment, "SOCIAL", LocalDate.now().minusYears(3));
		for (LocalDate notPast : List.of(LocalDate.now(), LocalDate.now().plusDays(1))) {
			assertThatThrownBy(
					() -> this.takeovers.recordEarlierTakeover(leaseId, notPast, "Tolvan Tolvansson", "191212121212"))
				.isInstanceOfSatisfying(ProblemException.class,
						(ex) -> assertThat(ex.code()).isEqualTo("takeover-earlier-not-past"));
		}
		assertThat(socialEndDate(leaseId)).isNull();
		assertThat(this.takeovers.state(leaseId)).isEmpty();
		assertThat(outbox("TakeoverCompleted", apartment.id()) + outbox("LeaseEnded", apartment.id())).isZero();
	}

	@Test
	void whenAnEarlierTakeoversNewLeaseFailsNothingIsWritten() {
		Apartment apartment = apartment();
		UUID leaseId = lease(apartment, "SOCIAL", LocalDate.now().minusYears(3));
		long eventsBefore = count("select count(*) from outbox_event where aggregate_key = :id",
				apartment.id().toString());
		refuseFirstHandLeases(apartment);

		assertThatThrownBy(() -> this.takeovers.recordEarlierTakeover(leaseId, LocalDate.now().minusMonths(6),
				"Tolvan Tolvansson", "191212121212"))
			.hasMessageContaining("no first-hand lease here");

		assertThat(socialEndDate(leaseId)).isNull();
		assertThat(this.takeovers.state(leaseId)).isEmpty();
		assertThat(count("select count(*) from outbox_event where aggregate_key = :id", apartment.id().toString()))
			.isEqualTo(eventsBefore);
		assertThat(auditActions(leaseId)).isEmpty();
	}

	// The database refuses any first-hand lease of this apartment.
	private void refuseFirstHandLeases(Apartment apartment) {
		this.jdbc.sql("""
				create or replace function refuse_first_hand() returns trigger language plpgsql as $$
				begin
				    raise exception 'no first-hand lease here';
				end $$
				""").update();
		this.jdbc.sql("""
				create trigger refuse_first_hand_%s before insert on lease for each row
				when (new.type = 'FIRST_HAND' and new.apartment_id = '%s') execute function refuse_first_hand()
				""".formatted(apartment.id().toString().replace("-", ""), apartment.id())).update();
	}

	private void assertCompleted(Apartment apartment, UUID leaseId, LocalDate takeoverDate) {
		assertThat(outbox("TakeoverCompleted", apartment.id())).isEqualTo(1);
		assertThat(outbox("TakeoverRefused", apartment.id())).isZero();
		assertThat(outbox("LeaseEnded", apartment.id())).isEqualTo(1);
		assertThat(outbox("ApartmentVacated", apartment.id())).isZero();
		assertThat(socialEndDate(leaseId)).isEqualTo(takeoverDate.minusDays(1));
		List<Map<String, Object>> firstHand = this.jdbc.sql("""
				select t.name, t.personal_identity_number, cast(l.start_date as text) as start_date, l.id
				from lease l join tenant t on t.id = l.tenant_id
				where l.apartment_id = :id and l.type = 'FIRST_HAND'
				""").param("id", apartment.id()).query().listOfRows();
		assertThat(firstHand).hasSize(1);
		assertThat(firstHand.get(0)).containsEntry("name", "Tolvan Tolvansson")
			.containsEntry("personal_identity_number", "191212121212")
			.containsEntry("start_date", takeoverDate.toString());
		assertThat(payloads("TakeoverCompleted", apartment.id()).get(0))
			.contains("\"newLeaseId\":\"" + firstHand.get(0).get("id") + "\"")
			.doesNotContain("Tolvan");
		assertThat(payloads("LeaseStarted", apartment.id())).anySatisfy((p) -> assertThat(p).contains("FIRST_HAND"));
	}

	private UUID approveBySocialServices(Apartment apartment, UUID leaseId) {
		UUID eventId = UUID.randomUUID();
		IncomingEvents.send(this.kafka, SocialEvents.TAKEOVER_APPROVED, eventId, apartment.objectNumber(),
				new TakeoverApproved(leaseId, apartment.objectNumber(), LocalDate.now(),
						SubtenantIdentities.sealed(leaseId.toString(), TOLVAN)));
		return eventId;
	}

	private Apartment apartment() {
		String objectNumber = "T-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response response = this.api.postJson("/api/housing/apartments",
				Map.of("objectNumber", objectNumber, "address", "Överlåtelsevägen 3", "stairwell", "OVER-3", "rooms", 2,
						"areaSquareMetres", new BigDecimal("61"), "monthlyRent", new BigDecimal("6900")));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return new Apartment(UUID.fromString(response.json().get("id").asString()), objectNumber);
	}

	private UUID lease(Apartment apartment, String type, LocalDate start) {
		Map<String, Object> body = "SOCIAL".equals(type) ? Map.of("type", type, "startDate", start.toString())
				: Map.of("type", type, "startDate", start.toString(), "tenantName", "Bo Borgensson",
						"personalIdentityNumber", "198112189876");
		ApiClient.Response response = this.api.postJson("/api/housing/apartments/" + apartment.id() + "/leases", body);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return UUID.fromString(response.json().get("id").asString());
	}

	private LocalDate socialEndDate(UUID leaseId) {
		return this.jdbc.sql("select end_date from lease where id = :id")
			.param("id", leaseId)
			.query(LocalDate.class)
			.optional()
			.orElse(null);
	}

	private long processed(UUID eventId) {
		return count("select count(*) from processed_event where consumer = '" + TakeoverConsumer.NAME
				+ "' and event_id = :id", eventId);
	}

	private long outbox(String type, UUID apartmentId) {
		return payloads(type, apartmentId).size();
	}

	private List<String> payloads(String type, UUID apartmentId) {
		return this.jdbc
			.sql("select payload from outbox_event where event_type = :type and aggregate_key = :key " + "order by id")
			.param("type", type)
			.param("key", apartmentId.toString())
			.query(String.class)
			.list();
	}

	private List<String> auditActions(UUID leaseId) {
		return this.jdbc.sql("""
				select action || ' ' || purpose || ' ' || outcome from audit_event
				where subject_type = 'TAKEOVER' and subject_id = :id order by id
				""").param("id", leaseId.toString()).query(String.class).list();
	}

	private long count(String sql, Object id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	private record Apartment(UUID id, String objectNumber) {
	}

}
