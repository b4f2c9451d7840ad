package se.bostadsbryggan.housing.lease;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import se.bostadsbryggan.contracts.EventDefinition;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.messaging.KafkaHeaders;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.GoldenEvents;
import se.bostadsbryggan.testsupport.JsonShape;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static se.bostadsbryggan.testsupport.Problems.fields;
import static se.bostadsbryggan.testsupport.Problems.messageOf;

@ServiceIntegrationTest
class LeaseApiIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PERSON = "19811218-9876";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiClient api;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aSocialContractLetsAVacantApartmentAndPublishesLeaseStartedWithTheMunicipalityAsTenant() {
		String id = vacantApartment();
		LocalDate start = LocalDate.now().plusDays(3);

		ApiClient.Response response = this.api.postJson(leasesOf(id),
				Map.of("type", "SOCIAL", "startDate", start.toString()));

		assertThat(response.status()).isEqualTo(201);
		JsonNode lease = response.json();
		assertThat(response.header("Location")).isEqualTo("/api/housing/leases/" + lease.get("id").asString());
		assertThat(lease.get("tenant").isNull()).isTrue();
		assertThat(lease.get("monthlyRent").decimalValue()).isEqualByComparingTo("6450");
		assertThat(this.api.get("/api/housing/apartments/" + id).json().get("status").asString()).isEqualTo("LET");

		JsonNode started = JSON.readTree(awaitEvent(HousingEvents.LEASE_STARTED, id).value());
		// The golden example is a placement's social contract; one let by staff names
		// none.
		ObjectNode golden = (ObjectNode) GoldenEvents.tree(HousingEvents.LEASE_STARTED);
		((ObjectNode) golden.get("payload")).putNull("placementId");
		JsonShape.assertSameShape(started, golden);
		assertThat(started.get("payload").get("placementId").isNull()).isTrue();
		assertThat(started.get("payload").get("tenant").asString()).isEqualTo("Götene kommun");
		assertThat(started.get("payload").get("leaseType").asString()).isEqualTo("SOCIAL");
		assertThat(started.get("payload").get("startDate").asString()).isEqualTo(start.toString());
		JsonNode let = JSON.readTree(awaitEvent(HousingEvents.APARTMENT_LET, id).value());
		JsonShape.assertSameShape(let, GoldenEvents.tree(HousingEvents.APARTMENT_LET));
		assertThat(let.get("payload").get("letFrom").asString()).isEqualTo(start.toString());
	}

	@Test
	void aFirstHandLeaseStoresItsTenantButItsEventCarriesNoTenantIdentity() {
		String id = vacantApartment();

		ApiClient.Response response = this.api.postJson(leasesOf(id), firstHand(LocalDate.now(), "Anna Andersson"));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("tenant").get("name").asString()).isEqualTo("Anna Andersson");
		assertThat(response.json().get("tenant").get("personalIdentityNumber").asString()).isEqualTo("198112189876");
		ConsumerRecord<String, String> record = awaitEvent(HousingEvents.LEASE_STARTED, id);
		assertThat(JSON.readTree(record.value()).get("payload").get("tenant").isNull()).isTrue();
		assertThat(record.value()).doesNotContain("Anna").doesNotContain("19811218").doesNotContain("0701234567");
	}

	@Test
	void registeringAndReadingATenantAreAuditLoggedPerTenant() {
		String apartmentId = vacantApartment();
		String leaseId = createLease(apartmentId, firstHand(LocalDate.now(), "Bertil Berg"));
		String tenantId = this.jdbc.sql("select cast(tenant_id as text) from lease where id = cast(:id as uuid)")
			.param("id", leaseId)
			.query(String.class)
			.single();

		assertThat(this.api.get("/api/housing/leases/" + leaseId).status()).isEqualTo(200);
		assertThat(this.api.get(leasesOf(apartmentId)).status()).isEqualTo(200);

		assertThat(this.jdbc.sql("""
				select action || ' ' || purpose || ' ' || outcome from audit_event
				where subject_type = 'TENANT' and subject_id = :id order by id
				""").param("id", tenantId).query(String.class).list()).startsWith("TENANT_REGISTER LETTING SUCCESS")
			.contains("TENANT_READ LETTING SUCCESS")
			.hasSizeGreaterThanOrEqualTo(3);
		long entries = this.jdbc.sql("select count(*) from audit_event where subject_id = :id")
			.param("id", tenantId)
			.query(Long.class)
			.single();

		// Pages and lists of the lease that do not show its tenant read nothing of them.
		assertThat(this.api.get("/housing/leases/" + leaseId + "/ledger").status()).isEqualTo(200);
		assertThat(this.api.get("/housing/leases/" + leaseId + "/disturbances").status()).isEqualTo(200);
		assertThat(this.api.get("/api/housing/leases/" + leaseId + "/disturbances").status()).isEqualTo(200);
		assertThat(this.jdbc.sql("select count(*) from audit_event where subject_id = :id")
			.param("id", tenantId)
			.query(Long.class)
			.single()).isEqualTo(entries);
	}

	@Test
	void endingTheLastLeaseMakesTheApartmentVacantFromTheNextDayAndPublishesLeaseEnded() {
		String id = vacantApartment();
		String leaseId = createLease(id, Map.of("type", "SOCIAL", "startDate", "2024-02-01"));
		LocalDate end = LocalDate.now().plusMonths(3);

		ApiClient.Response ended = this.api.postJson("/api/housing/leases/" + leaseId + "/end",
				Map.of("endDate", end.toString(), "noticeDate", LocalDate.now().toString()));

		assertThat(ended.status()).isEqualTo(200);
		assertThat(ended.json().get("endDate").asString()).isEqualTo(end.toString());
		JsonNode apartment = this.api.get("/api/housing/apartments/" + id).json();
		assertThat(apartment.get("status").asString()).isEqualTo("VACANT");
		assertThat(apartment.get("availableFrom").asString()).isEqualTo(end.plusDays(1).toString());
		JsonNode event = JSON.readTree(awaitEvent(HousingEvents.LEASE_ENDED, id).value());
		JsonShape.assertSameShape(event, GoldenEvents.tree(HousingEvents.LEASE_ENDED));
		assertThat(event.get("payload").get("endDate").asString()).isEqualTo(end.toString());
		await().untilAsserted(() -> assertThat(events(HousingEvents.APARTMENT_VACATED, id).stream()
			.anyMatch((r) -> r.value().contains(end.plusDays(1).toString()))).isTrue());
	}

	@Test
	void endingALeaseThatAnotherFollowsKeepsTheApartmentLet() {
		String id = vacantApartment();
		String first = createLease(id, firstHand(LocalDate.of(2025, 1, 1), "Erik Nilsson"));
		// A following lease can only be registered once the first has an end.
		this.api.postJson("/api/housing/leases/" + first + "/end", Map.of("endDate", "2025-12-31"));
		createLease(id, Map.of("type", "GUARANTEED", "startDate", "2026-01-01", "tenantName", "Sara Olsson",
				"personalIdentityNumber", PERSON));

		assertThat(this.api.get("/api/housing/apartments/" + id).json().get("status").asString()).isEqualTo("LET");
		ApiClient.Response again = this.api.postJson("/api/housing/leases/" + first + "/end",
				Map.of("endDate", "2025-11-30"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("title").asString()).isEqualTo("Kontraktet är redan avslutat");
	}

	@Test
	void anOverlappingLeaseIsAConflictAndWritesNothing() {
		String id = vacantApartment();
		createLease(id, firstHand(LocalDate.of(2025, 3, 1), "Anna Andersson"));
		long leases = count("lease");
		long tenants = count("tenant");
		long outbox = count("outbox_event");

		ApiClient.Response response = this.api.postJson(leasesOf(id), Map.of("type", "GUARANTEED", "startDate",
				"2026-06-01", "tenantName", "Ny Person", "personalIdentityNumber", PERSON));

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo("Kontraktet krockar med ett annat");
		assertThat(response.json().get("detail").asString()).contains("har redan ett kontrakt");
		assertThat(count("lease")).isEqualTo(leases);
		assertThat(count("tenant")).isEqualTo(tenants);
		assertThat(count("outbox_event")).isEqualTo(outbox);
	}

	@Test
	void badInputGivesAProblemDetailListingEachFieldAndWritesNothing() {
		String id = vacantApartment();
		long leases = count("lease");
		long tenants = count("tenant");
		long outbox = count("outbox_event");

		ApiClient.Response missing = this.api.postJson(leasesOf(id),
				Map.of("tenantName", "Anna", "personalIdentityNumber", "19811218-9875", "email", "inte-en-adress"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing.json())).containsExactlyInAnyOrder("type", "startDate", "personalIdentityNumber",
				"email");
		assertThat(messageOf(missing.json(), "personalIdentityNumber"))
			.isEqualTo("Personnumret är inte giltigt: kontrollsiffran stämmer inte.");

		ApiClient.Response firstHandWithoutTenant = this.api.postJson(leasesOf(id),
				Map.of("type", "FIRST_HAND", "startDate", "2026-01-01", "endDate", "2025-12-31"));
		assertThat(fields(firstHandWithoutTenant.json())).containsExactlyInAnyOrder("tenantName",
				"personalIdentityNumber", "endDate");

		ApiClient.Response socialWithTenant = this.api.postJson(leasesOf(id),
				Map.of("type", "SOCIAL", "startDate", "2026-01-01", "tenantName", "Klient Klientsson"));
		assertThat(fields(socialWithTenant.json())).containsExactly("tenantName");
		assertThat(messageOf(socialWithTenant.json(), "tenantName")).startsWith("Ett socialt kontrakt har kommunen");

		ApiClient.Response unknownApartment = this.api.postJson(leasesOf(UUID.randomUUID().toString()),
				Map.of("type", "SOCIAL", "startDate", "2026-01-01"));
		assertThat(unknownApartment.status()).isEqualTo(404);

		assertThat(count("lease")).isEqualTo(leases);
		assertThat(count("tenant")).isEqualTo(tenants);
		assertThat(count("outbox_event")).isEqualTo(outbox);
	}

	@Test
	void twoRequestsRacingToLetTheSameApartmentGiveOneLeaseAndOneConflict() throws Exception {
		String id = vacantApartment();
		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);
		Callable<Integer> request = () -> {
			ready.countDown();
			go.await();
			return this.api.postJson(leasesOf(id), Map.of("type", "SOCIAL", "startDate", "2026-02-01")).status();
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> one = pool.submit(request);
			Future<Integer> two = pool.submit(request);
			ready.await(10, TimeUnit.SECONDS);
			go.countDown();
			assertThat(List.of(one.get(30, TimeUnit.SECONDS), two.get(30, TimeUnit.SECONDS)))
				.containsExactlyInAnyOrder(201, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select count(*) from lease where apartment_id = cast(:id as uuid)")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theDatabaseItselfRefusesOverlappingLeasesFromTwoConcurrentTransactions() throws Exception {
		String id = vacantApartment();
		CountDownLatch firstInserted = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			// No code checks anything in between: the first transaction inserts a lease
			// and
			// stays open until the second transaction's insert waits for it in the
			// database.
			Future<?> first = pool.submit(() -> this.transactions.executeWithoutResult((status) -> {
				insertLease(id, "2026-03-01", null);
				firstInserted.countDown();
				await().until(this::transactionsWaitingForALock, (waiting) -> waiting > 0);
			}));
			Future<Throwable> second = pool.submit(() -> {
				firstInserted.await(10, TimeUnit.SECONDS);
				return catchThrowable(() -> this.transactions
					.executeWithoutResult((status) -> insertLease(id, "2026-05-01", "2026-06-30")));
			});
			first.get(30, TimeUnit.SECONDS);
			Throwable refused = second.get(30, TimeUnit.SECONDS);
			assertThat(refused).isInstanceOf(DataAccessException.class);
			assertThat(sqlState(refused)).isEqualTo("23P01");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select count(*) from lease where apartment_id = cast(:id as uuid)")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long transactionsWaitingForALock() {
		return this.jdbc.sql(
				"select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")
			.query(Long.class)
			.single();
	}

	@Test
	void theApartmentPageShowsTheLeaseHistoryAndItsFormsRegisterAndEndLeases() {
		String id = vacantApartment();

		ApiClient.Response created = this.api.postForm("/housing/apartments/" + id + "/leases",
				"type=FIRST_HAND&startDate=2025-04-01&endDate=&monthlyRent=6+100&tenantName=Karin+Larsson"
						+ "&personalIdentityNumber=19811218-9876&phone=&email=");
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.header("Location")).isEqualTo("/housing/apartments/" + id + "?leased=1");
		ApiClient.Response page = this.api.get(created.header("Location"));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Kontraktet är registrerat.")
			.contains("Karin Larsson")
			.contains("19811218-9876")
			.contains("2025-04-01")
			.contains("6\u00a0100\u00a0kr")
			.contains("Tills vidare")
			.contains("Förstahandskontrakt");

		ApiClient.Response notADate = this.api.postForm("/housing/apartments/" + id + "/leases",
				"type=SOCIAL&startDate=1+april&tenantName=&personalIdentityNumber=");
		assertThat(notADate.status()).isEqualTo(200);
		assertThat(notADate.body()).contains("Ange ett datum som ÅÅÅÅ-MM-DD.")
			.contains("Rätta följande innan du sparar");

		ApiClient.Response overlap = this.api.postForm("/housing/apartments/" + id + "/leases",
				"type=SOCIAL&startDate=2026-01-01&tenantName=&personalIdentityNumber=");
		assertThat(overlap.status()).isEqualTo(200);
		assertThat(overlap.body()).contains("har redan ett kontrakt som gäller under en del av den perioden")
			.contains("aria-invalid=\"true\"");

		String leaseId = this.jdbc.sql("select cast(id as text) from lease where apartment_id = cast(:id as uuid)")
			.param("id", id)
			.query(String.class)
			.single();
		ApiClient.Response badEnd = this.api.postForm("/housing/leases/" + leaseId + "/end",
				"endDate=2025-03-01&noticeDate=");
		assertThat(badEnd.body()).contains("sista dagen kan inte vara tidigare");
		ApiClient.Response ended = this.api.postForm("/housing/leases/" + leaseId + "/end",
				"endDate=2026-01-31&noticeDate=2025-10-15");
		assertThat(ended.status()).isEqualTo(302);
		assertThat(this.api.get(ended.header("Location")).body()).contains("Kontraktet är avslutat.")
			.contains("2026-01-31")
			.contains("Ledig från 2026-02-01");
		assertThat(this.api.get("/housing/apartments/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	private void insertLease(String apartmentId, String start, String end) {
		this.jdbc.sql("""
				insert into lease (id, apartment_id, type, start_date, end_date, monthly_rent, created_at)
				values (gen_random_uuid(), cast(:apartment as uuid), 'SOCIAL', cast(:start as date),
				        cast(:end as date), 5000, now())
				""").param("apartment", apartmentId).param("start", start).param("end", end).update();
	}

	private static String sqlState(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	private String vacantApartment() {
		String objectNumber = "L-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient.Response response = this.api.postJson("/api/housing/apartments",
				Map.of("objectNumber", objectNumber, "address", "Kyrkvägen 3", "stairwell", "KYRKV-3", "rooms", 2,
						"areaSquareMetres", new BigDecimal("61.0"), "monthlyRent", new BigDecimal("6450")));
		assertThat(response.status()).isEqualTo(201);
		String id = response.json().get("id").asString();
		assertThat(this.api
			.postJson("/api/housing/apartments/" + id + "/vacancy", Map.of("availableFrom", LocalDate.now().toString()))
			.status()).isEqualTo(200);
		return id;
	}

	private String createLease(String apartmentId, Map<String, Object> command) {
		ApiClient.Response response = this.api.postJson(leasesOf(apartmentId), command);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private static Map<String, Object> firstHand(LocalDate start, String name) {
		Map<String, Object> command = new HashMap<>();
		command.put("type", "FIRST_HAND");
		command.put("startDate", start.toString());
		command.put("tenantName", name);
		command.put("personalIdentityNumber", PERSON);
		command.put("phone", "0701234567");
		return command;
	}

	private static String leasesOf(String apartmentId) {
		return "/api/housing/apartments/" + apartmentId + "/leases";
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private List<ConsumerRecord<String, String>> events(EventDefinition<?> definition, String key) {
		return this.kafka.readAll(definition.topic())
			.stream()
			.filter((r) -> key.equals(r.key())
					&& definition.type().equals(KafkaProbe.header(r, KafkaHeaders.EVENT_TYPE)))
			.toList();
	}

	private ConsumerRecord<String, String> awaitEvent(EventDefinition<?> definition, String key) {
		return await().until(() -> events(definition, key).stream().findFirst(), Optional::isPresent).orElseThrow();
	}

}
