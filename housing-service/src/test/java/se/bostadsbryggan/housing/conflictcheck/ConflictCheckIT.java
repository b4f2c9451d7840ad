package se.bostadsbryggan.housing.conflictcheck;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.contracts.EventDefinition;
import se.bostadsbryggan.contracts.allocation.AllocationEvents;
import se.bostadsbryggan.contracts.allocation.ConflictCheckRequested;
import se.bostadsbryggan.contracts.allocation.PersonHash;
import se.bostadsbryggan.contracts.allocation.PlacementAgreed;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.contracts.social.SubtenantIdentity;
import se.bostadsbryggan.housing.IncomingEvents;
import se.bostadsbryggan.housing.SubtenantIdentities;
import se.bostadsbryggan.identity.KeyedHashes;
import se.bostadsbryggan.identity.PersonalIdentityNumber;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.GoldenEvents;
import se.bostadsbryggan.testsupport.JsonShape;
import se.bostadsbryggan.testsupport.KafkaProbe;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The housing company's side of the conflict check: conflict persons' keyed hashes, as
 * social services make them, against the current tenants of a stairwell. Each test lets
 * apartments in stairwells of its own, to tenants of its own.
 */
@ServiceIntegrationTest
class ConflictCheckIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The local key's secret in application.yml, as social services hold it. */
	private static final KeyedHashes SOCIAL_SERVICES = new KeyedHashes(
			Map.of("local-1", "PDZ3noAoJlcVpkAAddYJbN8XeKtPf71PqWI7R3OLOQw="), "local-1");

	/** Every tenant number a test let an apartment to, for the leak check. */
	private static final Set<PersonalIdentityNumber> TENANTS = java.util.Collections
		.synchronizedSet(new LinkedHashSet<>());

	@Autowired
	ApiClient api;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHashes housing;

	@Test
	void aConflictPersonWhoRentsInTheStairwellIsAConflictAndTheCheckIsAuditedWithoutNumbersOrHashes() {
		String stairwell = stairwell();
		PersonalIdentityNumber conflictPerson = person();
		letTo(apartmentIn(stairwell), conflictPerson, "2020-01-01");
		letTo(apartmentIn(stairwell), person(), "2021-06-01");
		UUID checkId = UUID.randomUUID();

		request(checkId, stairwell, hash(person()), hash(conflictPerson));

		JsonNode answer = awaitAnswer(checkId);
		JsonShape.assertSameShape(answer, GoldenEvents.tree(HousingEvents.CONFLICT_CHECK_ANSWERED));
		assertThat(answer.get("payload").get("checkId").asString()).isEqualTo(checkId.toString());
		assertThat(answer.get("payload").get("result").asString()).isEqualTo("CONFLICT");
		Map<String, Object> audit = this.jdbc.sql("""
				select purpose, outcome, subject_type, cast(details as text) as details from audit_event
				where action = 'CONFLICT_CHECK' and details ->> 'checkId' = :checkId
				""").param("checkId", checkId.toString()).query().singleRow();
		assertThat(audit).containsEntry("purpose", "LETTING")
			.containsEntry("outcome", "SUCCESS")
			.containsEntry("subject_type", "TENANT");
		JsonNode details = JSON.readTree((String) audit.get("details"));
		assertThat(details.get("stairwell").asString()).isEqualTo(stairwell);
		assertThat(details.get("result").asString()).isEqualTo("CONFLICT");
		assertThat(details.get("tenantsCompared").asInt()).isEqualTo(2);
		assertThat(details.get("subjects")).hasSize(2);
		assertThat(details.get("subjects").get(0).asString()).isIn(tenantIds(stairwell));
		assertThat((String) audit.get("details")).doesNotContain(conflictPerson.value())
			.doesNotContain(hash(conflictPerson).hmacSha256())
			.doesNotContain(this.housing.hash(conflictPerson).value());
	}

	@Test
	void aConflictPersonWhoIsTheSubtenantOfARunningSocialContractInTheStairwellIsAConflict() {
		String stairwell = stairwell();
		PersonalIdentityNumber subtenant = person();
		letTo(apartmentIn(stairwell), person(), "2020-01-01");
		UUID placementId = placeSubtenant(apartmentIn(stairwell), subtenant);
		// A subtenant of a social contract in another stairwell lives there, not here.
		String elsewhere = stairwell();
		placeSubtenant(apartmentIn(elsewhere), person());
		UUID checkId = UUID.randomUUID();
		UUID otherCheck = UUID.randomUUID();

		request(checkId, stairwell, hash(person()), hash(subtenant));
		request(otherCheck, elsewhere, hash(subtenant));

		assertThat(awaitAnswer(checkId).get("payload").get("result").asString()).isEqualTo("CONFLICT");
		assertThat(awaitAnswer(otherCheck).get("payload").get("result").asString()).isEqualTo("NO_CONFLICT");
		String details = this.jdbc.sql("""
				select cast(details as text) from audit_event
				where action = 'CONFLICT_CHECK' and details ->> 'checkId' = :checkId
				""").param("checkId", checkId.toString()).query(String.class).single();
		JsonNode audit = JSON.readTree(details);
		assertThat(audit.get("tenantsCompared").asInt()).isEqualTo(1);
		assertThat(audit.get("subtenantsCompared").asInt()).isEqualTo(1);
		assertThat(audit.get("subtenantPlacements").get(0).asString()).isEqualTo(placementId.toString());
		assertThat(audit.get("subjects")).hasSize(2);
		assertThat(details).doesNotContain(subtenant.value()).doesNotContain(hash(subtenant).hmacSha256());
	}

	@Test
	void aSubtenantWhoseSocialContractEndedOrIsNotSignedIsNotCompared() {
		String stairwell = stairwell();
		PersonalIdentityNumber former = person();
		UUID placementId = placeSubtenant(apartmentIn(stairwell), former);
		String leaseId = this.jdbc.sql("select cast(id as text) from lease where placement_id = :id")
			.param("id", placementId)
			.query(String.class)
			.single();
		assertThat(this.api
			.postJson("/api/housing/leases/" + leaseId + "/end",
					Map.of("endDate", LocalDate.now().minusDays(1).toString()))
			.status()).isEqualTo(200);
		// Shared for a placement whose social contract was never signed: lives nowhere
		// yet.
		PersonalIdentityNumber notYetMovedIn = person();
		TENANTS.add(notYetMovedIn);
		UUID unsigned = UUID.randomUUID();
		SubtenantIdentities.send(this.kafka, unsigned, new SubtenantIdentity(notYetMovedIn.value(), "Väntande", 1));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.jdbc.sql("select count(*) from subtenant where placement_id = :id")
				.param("id", unsigned)
				.query(Long.class)
				.single()).isEqualTo(1));
		UUID checkId = UUID.randomUUID();

		request(checkId, stairwell, hash(former), hash(notYetMovedIn));

		assertThat(awaitAnswer(checkId).get("payload").get("result").asString()).isEqualTo("NO_CONFLICT");
	}

	@Test
	void noConflictWhenTheConflictPersonLivesInAnotherStairwellOrMovedOut() {
		String stairwell = stairwell();
		String elsewhere = stairwell();
		PersonalIdentityNumber conflictPerson = person();
		PersonalIdentityNumber formerTenant = person();
		letTo(apartmentIn(stairwell), person(), "2020-01-01");
		letTo(apartmentIn(elsewhere), conflictPerson, "2020-01-01");
		String ended = letTo(apartmentIn(stairwell), formerTenant, "2019-01-01");
		assertThat(this.api.postJson("/api/housing/leases/" + ended + "/end", Map.of("endDate", "2019-12-31")).status())
			.isEqualTo(200);
		UUID checkId = UUID.randomUUID();

		request(checkId, stairwell, hash(conflictPerson), hash(formerTenant));

		assertThat(awaitAnswer(checkId).get("payload").get("result").asString()).isEqualTo("NO_CONFLICT");
		UUID nobody = UUID.randomUUID();
		request(nobody, stairwell);
		assertThat(awaitAnswer(nobody).get("payload").get("result").asString()).isEqualTo("NO_CONFLICT");
	}

	@Test
	void cannotCheckAHashOfAKeyHousingDoesNotHoldNorAnUnknownStairwell() {
		String stairwell = stairwell();
		PersonalIdentityNumber tenant = person();
		letTo(apartmentIn(stairwell), tenant, "2020-01-01");
		UUID unknownKey = UUID.randomUUID();
		UUID unknownStairwell = UUID.randomUUID();

		request(unknownKey, stairwell, hash(person()), new PersonHash("k-unknown", hash(tenant).hmacSha256()));
		request(unknownStairwell, "NOWHERE-" + UUID.randomUUID().toString().substring(0, 8), hash(tenant));

		assertThat(awaitAnswer(unknownKey).get("payload").get("result").asString()).isEqualTo("CANNOT_CHECK");
		assertThat(awaitAnswer(unknownStairwell).get("payload").get("result").asString()).isEqualTo("CANNOT_CHECK");
	}

	@Test
	void aRedeliveredCheckIsAnsweredOnce() {
		String stairwell = stairwell();
		PersonalIdentityNumber tenant = person();
		letTo(apartmentIn(stairwell), tenant, "2020-01-01");
		UUID checkId = UUID.randomUUID();
		UUID eventId = UUID.randomUUID();
		ConflictCheckRequested check = new ConflictCheckRequested(checkId, UUID.randomUUID(), stairwell,
				List.of(hash(tenant)));

		IncomingEvents.send(this.kafka, AllocationEvents.CONFLICT_CHECK_REQUESTED, eventId, checkId, check);
		IncomingEvents.send(this.kafka, AllocationEvents.CONFLICT_CHECK_REQUESTED, eventId, checkId, check);
		// A later check on the same partition (the tests' topics have one): once it is
		// answered, the consumer has been past both copies.
		UUID marker = UUID.randomUUID();
		request(marker, stairwell);
		awaitAnswer(marker);

		assertThat(IncomingEvents.published(this.kafka, HousingEvents.CONFLICT_CHECK_ANSWERED, checkId)).hasSize(1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'CONFLICT_CHECK' and details ->> 'checkId' = :id")
			.param("id", checkId.toString())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from processed_event where consumer = :consumer and event_id = :id")
			.param("consumer", ConflictCheckConfiguration.NAME)
			.param("id", eventId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void noTenantsHashNorNumberLeavesHousing() {
		String stairwell = stairwell();
		PersonalIdentityNumber tenant = person();
		letTo(apartmentIn(stairwell), tenant, "2020-01-01");
		UUID conflict = UUID.randomUUID();
		UUID none = UUID.randomUUID();
		request(conflict, stairwell, hash(tenant));
		request(none, stairwell, hash(person()));
		awaitAnswer(conflict);
		awaitAnswer(none);

		List<String> secrets = new ArrayList<>();
		synchronized (TENANTS) {
			for (PersonalIdentityNumber number : TENANTS) {
				secrets.add(number.value());
				secrets.add(number.value().substring(2));
				secrets.add(this.housing.hash(number).value());
			}
		}
		Set<String> topics = new LinkedHashSet<>();
		HousingEvents.ALL.stream().map(EventDefinition::topic).forEach(topics::add);
		List<String> published = new ArrayList<>();
		for (String topic : topics) {
			this.kafka.readAll(topic).forEach((record) -> published.add(record.value()));
		}
		published.addAll(this.jdbc.sql("select payload from outbox_event").query(String.class).list());
		assertThat(published).isNotEmpty();
		assertThat(published).allSatisfy((value) -> assertThat(value).doesNotContain(secrets));
	}

	private void request(UUID checkId, String stairwell, PersonHash... conflictPersons) {
		IncomingEvents.send(this.kafka, AllocationEvents.CONFLICT_CHECK_REQUESTED, UUID.randomUUID(), checkId,
				new ConflictCheckRequested(checkId, UUID.randomUUID(), stairwell, List.of(conflictPersons)));
	}

	private JsonNode awaitAnswer(UUID checkId) {
		ConsumerRecord<String, String> record = await().atMost(Duration.ofSeconds(30))
			.until(() -> IncomingEvents.published(this.kafka, HousingEvents.CONFLICT_CHECK_ANSWERED, checkId),
					(records) -> !records.isEmpty())
			.get(0);
		return JSON.readTree(record.value());
	}

	private static PersonHash hash(PersonalIdentityNumber number) {
		var hash = SOCIAL_SERVICES.hash(number);
		return new PersonHash(hash.keyId(), hash.value());
	}

	private List<String> tenantIds(String stairwell) {
		return this.jdbc.sql("""
				select cast(l.tenant_id as text) from lease l
				join apartment a on a.id = l.apartment_id join stairwell s on s.id = a.stairwell_id
				where s.code = :code and l.tenant_id is not null
				""").param("code", stairwell).query(String.class).list();
	}

	private static String stairwell() {
		return "KONF-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A valid personal identity number no other test uses. */
	private static PersonalIdentityNumber person() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String nine = String.format("%02d%02d%02d%03d", random.nextInt(40, 99), random.nextInt(1, 13),
				random.nextInt(1, 29), random.nextInt(0, 1000));
		int sum = 0;
		for (int i = 0; i < nine.length(); i++) {
			int product = (nine.charAt(i) - '0') * ((i % 2 == 0) ? 2 : 1);
			sum += product / 10 + product % 10;
		}
		return PersonalIdentityNumber.parse("19" + nine + ((10 - sum % 10) % 10)).orElseThrow();
	}

	/**
	 * Signs a social contract for a placement from yesterday, and shares its subtenant as
	 * social services do.
	 */
	private UUID placeSubtenant(String apartmentId, PersonalIdentityNumber subtenant) {
		TENANTS.add(subtenant);
		UUID apartment = UUID.fromString(apartmentId);
		UUID placementId = UUID.randomUUID();
		String objectNumber = this.jdbc.sql("select object_number from apartment where id = :id")
			.param("id", apartment)
			.query(String.class)
			.single();
		IncomingEvents.send(this.kafka, AllocationEvents.PLACEMENT_AGREED, UUID.randomUUID(), apartment,
				new PlacementAgreed(placementId, apartment, objectNumber, UUID.randomUUID(),
						LocalDate.now().minusDays(1)));
		SubtenantIdentities.send(this.kafka, placementId,
				new SubtenantIdentity(subtenant.value(), "Andrahand " + subtenant.value().substring(8), 2));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(this.jdbc.sql("""
				select count(*) from subtenant st join lease l on l.placement_id = st.placement_id
				where st.placement_id = :id
				""").param("id", placementId).query(Long.class).single()).isEqualTo(1));
		return placementId;
	}

	private String apartmentIn(String stairwell) {
		ApiClient.Response response = this.api.postJson("/api/housing/apartments",
				Map.of("objectNumber", "K-" + UUID.randomUUID().toString().substring(0, 8), "address",
						"Konfliktgatan " + stairwell, "stairwell", stairwell, "rooms", 2, "areaSquareMetres",
						new BigDecimal("55"), "monthlyRent", new BigDecimal("6000")));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private String letTo(String apartmentId, PersonalIdentityNumber tenant, String start) {
		TENANTS.add(tenant);
		Map<String, Object> command = new HashMap<>();
		command.put("type", "FIRST_HAND");
		command.put("startDate", start);
		command.put("tenantName", "Hyresgäst " + tenant.value().substring(8));
		command.put("personalIdentityNumber", tenant.value());
		ApiClient.Response response = this.api.postJson("/api/housing/apartments/" + apartmentId + "/leases", command);
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

}
