package se.bostadsbryggan.allocation.offer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.bostadsbryggan.allocation.EventMessage;
import se.bostadsbryggan.allocation.agreement.AgreementService;
import se.bostadsbryggan.allocation.agreement.AgreementTerms;
import se.bostadsbryggan.allocation.agreement.QuotaMode;
import se.bostadsbryggan.audit.Actor;
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
 * Offers from the matching to the placement: the conflict check both ways over Kafka (the
 * test answers as the housing company would), the timeout, the spread and quota refusals,
 * the caseworker's answer, the lapse on a moved clock, the placement under the quota lock
 * and its signing. The clock is the test's own, so each test sets its moment and year;
 * the tests share one database, so each uses its own apartments and requests.
 */
@ServiceIntegrationTest
@TestPropertySource(
		properties = { "bb.allocation.offers.job-interval=200ms", "bb.allocation.conflict-check.timeout=2m" })
class OfferIT {

	static final Instant MONDAY = Instant.parse("2031-03-10T09:00:00Z");

	static final String KEY = "local-1";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KafkaProbe kafka;

	@Autowired
	MovableClock clock;

	@Autowired
	AgreementService agreements;

	@Value("${local.server.port}")
	int port;

	@BeforeEach
	void mondayOf2031WithRoomInTheQuota() {
		this.clock.set(MONDAY);
		agreement(2031, 100);
	}

	@Test
	void anOfferPassesTheConflictCheckIsAcceptedAndBecomesAPlacementSignedByTheLease() {
		Fixture f = new Fixture();
		UUID apartment = f.apartment("A", "F1", 2);
		String conflict = hash();
		String client = hash();
		UUID request = f.request(2, client, conflict);

		ApiClient.Response created = f.staff.postJson("/api/allocation/apartments/" + apartment + "/offers",
				Map.of("requestReference", request.toString()));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("status").asString()).isEqualTo("CHECKING");
		List<String> chosen = new ArrayList<>();
		created.json()
			.get("snapshot")
			.get("candidates")
			.forEach((c) -> chosen.add(c.get("reference").asString() + ":" + c.get("chosen").asBoolean()));
		assertThat(chosen).contains(request.toString().substring(0, 8) + ":true");
		UUID offer = UUID.fromString(created.json().get("id").asString());
		UUID check = checkOf(offer);
		assertThat(requestStatus(request)).isEqualTo("OFFERED");
		eventually().untilAsserted(() -> {
			ConsumerRecord<String, String> asked = this.kafka.readAll(AllocationEvents.CONFLICT_CHECK_TOPIC)
				.stream()
				.filter((r) -> r.key().equals(check.toString()))
				.findFirst()
				.orElseThrow();
			assertThat(asked.value()).contains(conflict)
				.contains(f.prefix + "-A")
				.contains(apartment.toString())
				.doesNotContain(client);
			JsonShape.assertSameShape(JSON.readTree(asked.value()),
					GoldenEvents.tree(AllocationEvents.CONFLICT_CHECK_REQUESTED));
		});
		assertThat(f.staff.get("/allocation/apartments/" + apartment + "/matches").body())
			.doesNotContain(request.toString().substring(0, 8));

		EventMessage answered = answer(check, "NO_CONFLICT");
		answered.sendWith(this.kafka);
		answered.sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(status(offer)).isEqualTo("OPEN"));
		assertThat(this.jdbc.sql("select answer_by from offer where id = :id")
			.param("id", offer)
			.query(java.time.LocalDate.class)
			.single()).isEqualTo("2031-03-17");
		assertThat(this.jdbc.sql("select count(*) from processed_event where event_id = :id")
			.param("id", answered.eventId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(auditCount("OFFER_OPEN", request)).isEqualTo(1);

		ApiClient.Response accepted = f.caseworker.postJson("/api/allocation/offers/" + offer + "/answer",
				Map.of("accept", true));
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(requestStatus(request)).isEqualTo("PLACED");
		assertThat(this.jdbc.sql("select available from apartment where apartment_id = :id")
			.param("id", apartment)
			.query(Boolean.class)
			.single()).isFalse();
		UUID placement = this.jdbc.sql("select id from placement where offer_id = :id")
			.param("id", offer)
			.query(UUID.class)
			.single();
		eventually().untilAsserted(() -> {
			ConsumerRecord<String, String> agreed = this.kafka.readAll(AllocationEvents.PLACEMENT_TOPIC)
				.stream()
				.filter((r) -> r.value().contains(placement.toString()))
				.findFirst()
				.orElseThrow();
			assertThat(agreed.key()).isEqualTo(apartment.toString());
			// Available from the golden vacancy's date or tomorrow, whichever is later.
			assertThat(agreed.value()).contains(request.toString()).contains("\"startDate\":\"2031-03-11\"");
			JsonShape.assertSameShape(JSON.readTree(agreed.value()),
					GoldenEvents.tree(AllocationEvents.PLACEMENT_AGREED));
		});
		assertThat(f.caseworker.get("/allocation/placements").body()).contains("<h1>Placeringar</h1>")
			.contains(f.prefix + "-A")
			.contains("Väntar på kontrakt");

		EventMessage lease = EventMessage.like(HousingEvents.LEASE_STARTED)
			.about(apartment, "apartmentId")
			.with("leaseId", UUID.randomUUID().toString())
			.with("stairwell", f.prefix + "-A")
			.with("leaseType", "SOCIAL")
			.with("startDate", "2031-03-11")
			.withNull("endDate")
			.with("placementId", placement.toString())
			.build();
		lease.sendWith(this.kafka);
		lease.sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(this.jdbc.sql("select status from placement where id = :id")
			.param("id", placement)
			.query(String.class)
			.single()).isEqualTo("SIGNED"));
		assertThat(f.staff.get("/allocation/placements").body()).contains("Kontraktet är skrivet");
		assertThat(auditCount("PLACEMENT_CREATE", request)).isEqualTo(1);
	}

	@Test
	void aConflictAnswerBlocksTheOfferAndFreesTheRequestAndTheApartmentWithoutSayingWho() {
		Fixture f = new Fixture();
		UUID apartment = f.apartment("A", "F1", 2);
		UUID request = f.request(2, hash(), hash());
		UUID offer = f.offer(apartment, request);

		answer(checkOf(offer), "CONFLICT").sendWith(this.kafka);

		eventually().untilAsserted(() -> assertThat(status(offer)).isEqualTo("BLOCKED"));
		assertThat(blockedRule(offer)).isEqualTo("CONFLICT");
		assertThat(requestStatus(request)).isEqualTo("WAITING");
		assertThat(inOffer(apartment)).isFalse();
		String page = f.caseworker.get("/allocation/offers/" + offer).body();
		assertThat(page).contains("Spärrat")
			.contains("bostadsbolagets konfliktkontroll hittade en konflikt i trappuppgången");
	}

	@Test
	void theClientOfARequestIsBlockedLocallyFromAStairwellWhereSomeoneWithThemAsConflictPersonIsPlaced() {
		Fixture f = new Fixture();
		UUID first = f.apartment("A", "F1", 2);
		UUID second = f.apartment("A", "F1", 2);
		String client = hash();
		UUID placed = f.request(2, hash(), client);
		f.place(first, placed);
		UUID later = f.request(2, client);

		ApiClient.Response created = f.staff.postJson("/api/allocation/apartments/" + second + "/offers",
				Map.of("requestReference", later.toString()));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("status").asString()).isEqualTo("BLOCKED");
		assertThat(created.json().get("blockedRule").asString()).isEqualTo("LOCAL_CONFLICT");
		assertThat(requestStatus(later)).isEqualTo("WAITING");
		assertThat(inOffer(second)).isFalse();
		assertThat(this.jdbc.sql("select check_id from offer where id = :id")
			.param("id", UUID.fromString(created.json().get("id").asString()))
			.query(UUID.class)
			.optional()).isEmpty();
	}

	@Test
	void aCheckNotAnsweredInTimeBlocksTheOfferAsTimedOutAndALateAnswerChangesNothing() {
		Fixture f = new Fixture();
		UUID apartment = f.apartment("A", "F1", 2);
		UUID request = f.request(2, hash());
		UUID offer = f.offer(apartment, request);
		UUID check = checkOf(offer);

		this.clock.set(MONDAY.plus(Duration.ofMinutes(3)));

		eventually().untilAsserted(() -> assertThat(status(offer)).isEqualTo("BLOCKED"));
		assertThat(blockedRule(offer)).isEqualTo("CHECK_TIMED_OUT");
		assertThat(requestStatus(request)).isEqualTo("WAITING");
		EventMessage late = answer(check, "NO_CONFLICT");
		late.sendWith(this.kafka);
		eventually()
			.untilAsserted(() -> assertThat(this.jdbc.sql("select count(*) from processed_event where event_id = :id")
				.param("id", late.eventId())
				.query(Long.class)
				.single()).isEqualTo(1));
		assertThat(status(offer)).isEqualTo("BLOCKED");
	}

	@Test
	void anApartmentInAStairwellAtTheSpreadLimitIsRefusedAndNothingIsWritten() {
		Fixture f = new Fixture();
		UUID apartment = f.apartment("A", "F1", 2);
		UUID request = f.request(2, hash());
		for (int i = 0; i < 3; i++) {
			EventMessage.like(HousingEvents.LEASE_STARTED)
				.about(UUID.randomUUID(), "apartmentId")
				.with("leaseId", UUID.randomUUID().toString())
				.with("stairwell", f.prefix + "-A")
				.with("leaseType", "SOCIAL")
				.with("startDate", "2030-01-01")
				.withNull("endDate")
				.build()
				.sendWith(this.kafka);
		}
		eventually().untilAsserted(() -> assertThat(this.jdbc.sql("select count(*) from lease where stairwell = :s")
			.param("s", f.prefix + "-A")
			.query(Long.class)
			.single()).isEqualTo(3));

		ApiClient.Response refused = f.staff.postJson("/api/allocation/apartments/" + apartment + "/offers",
				Map.of("requestReference", request.toString()));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("spridningsregler");
		assertThat(offersOf(request)).isZero();
		assertThat(requestStatus(request)).isEqualTo("WAITING");
		assertThat(inOffer(apartment)).isFalse();
	}

	@Test
	void anOpenOfferLapsesAfterItsDeadlineAndThePairIsNotProposedAgain() {
		Fixture f = new Fixture();
		UUID apartment = f.apartment("A", "F1", 2);
		UUID request = f.request(2, hash());
		UUID offer = f.open(apartment, request);

		this.clock.set(MONDAY.plus(Duration.ofDays(7)));
		assertThat(status(offer)).isEqualTo("OPEN");
		this.clock.set(MONDAY.plus(Duration.ofDays(8)));

		eventually().untilAsserted(() -> assertThat(status(offer)).isEqualTo("LAPSED"));
		assertThat(requestStatus(request)).isEqualTo("WAITING");
		assertThat(inOffer(apartment)).isFalse();
		assertThat(auditCount("OFFER_LAPSE", request)).isEqualTo(1);
		assertThat(f.staff.get("/allocation/apartments/" + apartment + "/matches").body())
			.doesNotContain(request.toString().substring(0, 8));
	}

	@Test
	void aDeclineReturnsTheRequestAndTheApartmentAndThePairIsNeverProposedAgain() {
		Fixture f = new Fixture();
		UUID apartment = f.apartment("A", "F1", 2);
		UUID request = f.request(2, hash());
		UUID other = f.request(2, hash());
		UUID offer = f.open(apartment, request);

		assertThat(f.staff.postForm("/allocation/apartments/" + apartment + "/social-contract/withdrawal", "").status())
			.isEqualTo(409);
		ApiClient.Response noReason = f.caseworker.postJson("/api/allocation/offers/" + offer + "/answer",
				Map.of("accept", false));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(status(offer)).isEqualTo("OPEN");
		ApiClient.Response declined = f.caseworker.postJson("/api/allocation/offers/" + offer + "/answer",
				Map.of("accept", false, "reason", "APARTMENT_UNSUITABLE"));

		assertThat(declined.status()).isEqualTo(200);
		assertThat(status(offer)).isEqualTo("DECLINED");
		assertThat(requestStatus(request)).isEqualTo("WAITING");
		assertThat(inOffer(apartment)).isFalse();
		String matches = f.staff.get("/allocation/apartments/" + apartment + "/matches").body();
		assertThat(matches).doesNotContain(request.toString().substring(0, 8))
			.contains(other.toString().substring(0, 8));
		assertThat(f.caseworker.get("/allocation/requests/" + request + "/matches").body())
			.doesNotContain(f.prefix + "-A-1");
		ApiClient.Response again = f.staff.postJson("/api/allocation/apartments/" + apartment + "/offers",
				Map.of("requestReference", request.toString()));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("har redan tackat nej");
		assertThat(f.offer(apartment, other)).isNotNull();
	}

	@Test
	void onlyTheRequestsCaseworkerOrASocialManagerAnswersAndHousingStaffCannot() {
		Fixture f = new Fixture();
		UUID apartment = f.apartment("A", "F1", 2);
		UUID request = f.request(2, hash());
		UUID offer = f.open(apartment, request);
		ApiClient stranger = as(User.caseworker("annan-" + f.prefix, "Vuxenenheten"));

		assertThat(stranger.postJson("/api/allocation/offers/" + offer + "/answer", Map.of("accept", true)).status())
			.isEqualTo(404);
		assertThat(stranger.get("/allocation/offers/" + offer).status()).isEqualTo(404);
		assertThat(stranger.get("/allocation/offers").body()).doesNotContain(f.prefix + "-A-1");
		assertThat(f.staff.postJson("/api/allocation/offers/" + offer + "/answer", Map.of("accept", true)).status())
			.isEqualTo(403);
		assertThat(status(offer)).isEqualTo("OPEN");
		ApiClient manager = as(User.socialManager("chef-" + f.prefix, "Vuxenenheten"));
		assertThat(manager.get("/allocation/offers/" + offer).status()).isEqualTo(200);
	}

	@Test
	void twoConcurrentPlacementsForTheLastSlotExactlyOneWins() throws Exception {
		this.clock.set(Instant.parse("2032-05-03T09:00:00Z"));
		agreement(2032, 2);
		Fixture f = new Fixture();
		UUID first = f.open(f.apartment("A", "F1", 2), f.request(2, hash()));
		UUID second = f.open(f.apartment("B", "F2", 2), f.request(2, hash()));
		// The agreement is changed while both offers are open: one slot left for two.
		agreement(2032, 1);

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (UUID offer : List.of(first, second)) {
				answers.add(threads.submit(() -> {
					start.await();
					return f.caseworker.postJson("/api/allocation/offers/" + offer + "/answer", Map.of("accept", true))
						.status();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.jdbc.sql("select count(*) from placement where quota_year = 2032").query(Long.class).single())
			.isEqualTo(1);
		assertThat(Set.of(status(first), status(second))).containsExactlyInAnyOrder("ACCEPTED", "OPEN");
	}

	@Test
	void housingStaffOfferFromTheMatchingPageAndTheCaseworkerAnswersInTheFormInSwedish() {
		Fixture f = new Fixture();
		UUID apartment = f.apartment("A", "F1", 2);
		UUID request = f.request(2, hash());
		String shortRef = request.toString().substring(0, 8);

		String matches = f.staff.get("/allocation/apartments/" + apartment + "/matches").body();
		assertThat(matches).contains("Erbjud lägenheten till " + shortRef);
		assertThat(f.caseworker.get("/allocation/apartments/" + apartment + "/matches").body())
			.doesNotContain("Erbjud lägenheten till");
		ApiClient.Response made = f.staff.postForm("/allocation/apartments/" + apartment + "/social-contract/offers",
				"requestReference=" + request);
		assertThat(made.status()).isEqualTo(302);
		UUID offer = this.jdbc.sql("select id from offer where request_reference = :r")
			.param("r", request)
			.query(UUID.class)
			.single();
		assertThat(f.staff.get("/allocation/offers/" + offer + "?done=created").body()).contains("<html lang=\"sv\"")
			.contains("Erbjudandet är gjort.")
			.contains("Konfliktkontroll pågår")
			.contains("Underlaget när erbjudandet gjordes")
			.contains("<code>" + shortRef + "</code> <strong>erbjuden</strong>");
		ApiClient.Response again = f.staff.postForm("/allocation/apartments/" + apartment + "/social-contract/offers",
				"requestReference=" + request);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).contains("Erbjudandet gick inte att göra");

		answer(checkOf(offer), "NO_CONFLICT").sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(status(offer)).isEqualTo("OPEN"));
		String list = f.caseworker.get("/allocation/offers").body();
		assertThat(list).contains("<h2 id=\"to-answer\">Erbjudanden att besvara</h2>")
			.contains("2031-03-17")
			.contains(f.prefix + "-A-1");
		assertThat(f.caseworker.get("/allocation/").body()).contains("Erbjudanden att besvara")
			.contains("1 erbjudande väntar på svar före svarsfristen.");
		assertThat(f.staff.get("/allocation/").body()).doesNotContain("Erbjudanden att besvara");
		String form = f.caseworker.get("/allocation/offers/" + offer).body();
		assertThat(form).contains("<legend>Klientens svar</legend>")
			.contains("<label for=\"reason\">Skäl om klienten tackar nej</label>")
			.contains("här sparas bara svaret och skälet som kod");
		assertThat(f.staff.get("/allocation/offers/" + offer).body()).doesNotContain("<legend>Klientens svar</legend>");

		String refused = f.caseworker.postForm("/allocation/offers/" + offer + "/answer", "answer=DECLINE").body();
		assertThat(refused).contains("Välj ett skäl när klienten tackar nej.");
		assertThat(status(offer)).isEqualTo("OPEN");
		ApiClient.Response declined = f.caseworker.postForm("/allocation/offers/" + offer + "/answer",
				"answer=DECLINE&reason=CLIENT_DECLINED");
		assertThat(declined.status()).isEqualTo(302);
		assertThat(f.caseworker.get("/allocation/offers/" + offer + "?done=answered").body())
			.contains("Svaret är sparat.")
			.contains("Tackat nej")
			.contains("Klienten tackade nej");
	}

	@Test
	void aPlacementTheHousingCompanyRefusesGivesBackTheQuotaSlotAndTheRequestWaitsAgain() {
		Fixture f = new Fixture();
		UUID apartment = f.apartment("A", "F1", 2);
		UUID request = f.request(2, hash());
		int placedBefore = placedIn2031(f);
		UUID placement = f.place(apartment, request);
		assertThat(placedIn2031(f)).isEqualTo(placedBefore + 1);

		EventMessage refused = EventMessage.like(HousingEvents.PLACEMENT_REFUSED)
			.about(apartment, "apartmentId")
			.with("placementId", placement.toString())
			.with("reason", "APARTMENT_LET")
			.build();
		refused.sendWith(this.kafka);
		refused.sendWith(this.kafka);

		eventually().untilAsserted(() -> assertThat(placementStatus(placement)).isEqualTo("REFUSED"));
		assertThat(requestStatus(request)).isEqualTo("WAITING");
		assertThat(placedIn2031(f)).isEqualTo(placedBefore);
		assertThat(this.jdbc.sql("select available or for_social_contract from apartment where apartment_id = :id")
			.param("id", apartment)
			.query(Boolean.class)
			.single()).isFalse();
		assertThat(f.caseworker.get("/allocation/placements").body())
			.contains("Nekad av bostadsbolaget: lägenheten är redan uthyrd från startdagen");
		assertThat(f.caseworker.get("/allocation/requests").body()).contains(request.toString().substring(0, 8));
		assertThat(auditCount("PLACEMENT_REFUSED", request)).isEqualTo(1);
		assertThat(noticesAbout(f.prefix + "-A-1", "PLACEMENT_REFUSED")).isEqualTo(2);
		assertThat(processed(refused)).isEqualTo(1);

		// The refused placement keeps its row; the request can be placed again.
		UUID second = f.apartment("B", "F2", 2);
		UUID again = f.place(second, request);
		assertThat(placementStatus(again)).isEqualTo("AGREED");
		assertThat(requestStatus(request)).isEqualTo("PLACED");
		assertThat(placedIn2031(f)).isEqualTo(placedBefore + 1);
	}

	@Test
	void aPlacementRefusedForAMismatchedObjectNumberLeavesTheApartmentAvailableButNotOffered() {
		Fixture f = new Fixture();
		UUID apartment = f.apartment("A", "F1", 2);
		UUID placement = f.place(apartment, f.request(2, hash()));

		EventMessage.like(HousingEvents.PLACEMENT_REFUSED)
			.about(apartment, "apartmentId")
			.with("placementId", placement.toString())
			.with("reason", "OBJECT_NUMBER_MISMATCH")
			.build()
			.sendWith(this.kafka);

		eventually().untilAsserted(() -> assertThat(placementStatus(placement)).isEqualTo("REFUSED"));
		assertThat(this.jdbc.sql("select available and not for_social_contract from apartment where apartment_id = :id")
			.param("id", apartment)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void thePlacementShowsWhetherTheSubtenantsIdentityWasSharedWithoutKeepingIt() {
		Fixture f = new Fixture();
		UUID apartment = f.apartment("A", "F1", 2);
		UUID request = f.request(2, hash());
		UUID placement = f.place(apartment, request);
		assertThat(f.caseworker.get("/allocation/placements").body())
			.contains("Identitet: inget besked från socialtjänsten än");

		EventMessage withheld = EventMessage.like(SocialEvents.SUBTENANT_IDENTITY_WITHHELD)
			.about(placement, "placementId")
			.with("requestReference", request.toString())
			.with("reason", "NO_CONSENT")
			.build();
		withheld.sendWith(this.kafka);
		withheld.sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(identityStatus(placement)).isEqualTo("NO_CONSENT"));
		assertThat(f.staff.get("/allocation/placements").body()).contains("Väntar på samtycke");

		EventMessage shared = EventMessage.like(SocialEvents.SUBTENANT_IDENTITY_SHARED)
			.about(placement, "placementId")
			.with("requestReference", request.toString())
			.build();
		shared.sendWith(this.kafka);
		shared.sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(identityStatus(placement)).isEqualTo("SHARED"));
		assertThat(f.staff.get("/allocation/placements").body()).contains("Identitet: lämnad till bostadsbolaget");
		assertThat(processed(withheld)).isEqualTo(1);
		assertThat(processed(shared)).isEqualTo(1);
		assertThat(auditCount("PLACEMENT_IDENTITY", request)).isEqualTo(2);

		EventMessage protectedIdentity = EventMessage.like(SocialEvents.SUBTENANT_IDENTITY_WITHHELD)
			.about(placement, "placementId")
			.with("requestReference", request.toString())
			.with("reason", "PROTECTED_IDENTITY")
			.build();
		protectedIdentity.sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(identityStatus(placement)).isEqualTo("PROTECTED_IDENTITY"));
		assertThat(f.caseworker.get("/allocation/placements").body())
			.contains("Skyddade personuppgifter: lämnas utanför systemet");
	}

	@Test
	void theCaseworkerIsNotifiedOfTheirOpenedOfferAndTheHousingCompanyOfTheAnswer() {
		Fixture f = new Fixture();
		UUID apartment = f.apartment("A", "F1", 2);
		UUID request = f.request(2, hash());
		ApiClient other = as(User.caseworker("annan-" + f.prefix.toLowerCase(), "Vuxenenheten"));
		ApiClient housing = as(User.of("bovard2-" + f.prefix, "HOUSING", "HOUSING_STAFF"));
		UUID offer = f.offer(apartment, request);
		EventMessage opened = answer(checkOf(offer), "NO_CONFLICT");
		opened.sendWith(this.kafka);
		opened.sendWith(this.kafka);
		eventually().untilAsserted(() -> assertThat(status(offer)).isEqualTo("OPEN"));
		eventually().untilAsserted(() -> assertThat(processed(opened)).isEqualTo(1));

		assertThat(unread(f.caseworker)).isEqualTo(1);
		assertThat(unread(other)).isZero();
		String page = f.caseworker.get("/allocation/notifications").body();
		assertThat(page).contains("<h1>Aviseringar</h1>")
			.contains("Nytt erbjudande: lägenhet " + f.prefix + "-A-1, svara senast 2031-03-17")
			.contains("href=\"/allocation/offers/" + offer + "\"")
			.contains("Markera som läst")
			.contains("Markera alla som lästa");
		assertThat(other.get("/allocation/notifications").body()).doesNotContain(f.prefix + "-A-1");
		ApiClient.Response list = f.caseworker.get("/api/allocation/notifications");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains("OFFER_OPENED").contains("\"read\":false");

		int housingBefore = unread(housing);
		assertThat(
				f.caseworker.postJson("/api/allocation/offers/" + offer + "/answer", Map.of("accept", true)).status())
			.isEqualTo(200);
		assertThat(unread(housing)).isEqualTo(housingBefore + 1);
		assertThat(housing.get("/allocation/notifications").body()).contains("Erbjudandet av lägenhet " + f.prefix
				+ "-A-1 är accepterat för förfrågan " + request.toString().substring(0, 8));
		assertThat(unread(f.caseworker)).isEqualTo(1);

		UUID notice = this.jdbc.sql("select id from notification where recipient = :u")
			.param("u", f.caseworkerName)
			.query(UUID.class)
			.single();
		assertThat(f.caseworker.postForm("/allocation/notifications/" + notice + "/read", "").status()).isEqualTo(302);
		assertThat(unread(f.caseworker)).isZero();
		assertThat(f.caseworker.get("/allocation/notifications").body()).contains("Läst")
			.doesNotContain("Markera alla som lästa");
		assertThat(housing.postForm("/allocation/notifications/read", "").status()).isEqualTo(302);
		assertThat(unread(housing)).isZero();
		assertThat(unread(f.staff)).isPositive();
	}

	@Test
	void theCaseworkerIsNotifiedWhenTheirOfferLapses() {
		Fixture f = new Fixture();
		UUID offer = f.open(f.apartment("A", "F1", 2), f.request(2, hash()));

		this.clock.set(MONDAY.plus(Duration.ofDays(8)));

		eventually().untilAsserted(() -> assertThat(status(offer)).isEqualTo("LAPSED"));
		assertThat(f.caseworker.get("/allocation/notifications").body())
			.contains("Erbjudandet av lägenhet " + f.prefix + "-A-1 gick ut utan svar (2031-03-17 var sista dagen)");
		assertThat(unread(f.caseworker)).isEqualTo(2);
	}

	// --- helpers

	private void agreement(int year, int quota) {
		Integer current = this.agreements.inForce(year).map((a) -> a.version()).orElse(null);
		this.agreements.save(year,
				new AgreementTerms(QuotaMode.FIXED, null, quota, 3, 100, 7, 6, 12, 12, 5, 12, 6, 14, current, null),
				new Actor(null, "test", "Test", null, null, Set.of(), null));
	}

	private int placedIn2031(Fixture f) {
		return f.staff.get("/api/allocation/quota/2031").json().get("placed").asInt();
	}

	private String placementStatus(UUID placement) {
		return this.jdbc.sql("select status from placement where id = :id")
			.param("id", placement)
			.query(String.class)
			.single();
	}

	private String identityStatus(UUID placement) {
		return this.jdbc.sql("select identity_status from placement where id = :id")
			.param("id", placement)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private long processed(EventMessage event) {
		return this.jdbc.sql("select count(*) from processed_event where event_id = :id")
			.param("id", event.eventId())
			.query(Long.class)
			.single();
	}

	private long noticesAbout(String objectNumber, String kind) {
		return this.jdbc.sql("select count(*) from notification where kind = :kind and :o = any(text_args)")
			.param("kind", kind)
			.param("o", objectNumber)
			.query(Long.class)
			.single();
	}

	private static int unread(ApiClient client) {
		ApiClient.Response response = client.get("/api/allocation/notifications/unread-count");
		assertThat(response.status()).isEqualTo(200);
		return response.json().get("unread").asInt();
	}

	private String status(UUID offer) {
		return this.jdbc.sql("select status from offer where id = :id").param("id", offer).query(String.class).single();
	}

	private String blockedRule(UUID offer) {
		return this.jdbc.sql("select blocked_rule from offer where id = :id")
			.param("id", offer)
			.query(String.class)
			.single();
	}

	private UUID checkOf(UUID offer) {
		return this.jdbc.sql("select check_id from offer where id = :id").param("id", offer).query(UUID.class).single();
	}

	private String requestStatus(UUID request) {
		return this.jdbc.sql("select status from housing_request where request_reference = :r")
			.param("r", request)
			.query(String.class)
			.single();
	}

	private boolean inOffer(UUID apartment) {
		return this.jdbc.sql("select in_offer is not null from apartment where apartment_id = :id")
			.param("id", apartment)
			.query(Boolean.class)
			.single();
	}

	private long offersOf(UUID request) {
		return this.jdbc.sql("select count(*) from offer where request_reference = :r")
			.param("r", request)
			.query(Long.class)
			.single();
	}

	private long auditCount(String action, UUID request) {
		return this.jdbc.sql("select count(*) from audit_event where action = :action and subject_id = :r")
			.param("action", action)
			.param("r", request.toString())
			.query(Long.class)
			.single();
	}

	private static EventMessage answer(UUID check, String result) {
		return EventMessage.like(HousingEvents.CONFLICT_CHECK_ANSWERED)
			.about(check, "checkId")
			.with("result", result)
			.build();
	}

	private static String hash() {
		return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
	}

	private ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static ConditionFactory eventually() {
		return await().atMost(Duration.ofSeconds(30));
	}

	/** One test's apartments and requests, under a random prefix, of one caseworker. */
	private final class Fixture {

		final String prefix = "O" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

		final String caseworkerName = "handl-" + this.prefix.toLowerCase();

		final ApiClient staff = as(User.of("bovard-" + this.prefix, "HOUSING", "HOUSING_STAFF"));

		final ApiClient caseworker = as(User.caseworker(this.caseworkerName, "Vuxenenheten"));

		private int apartments;

		private int requests;

		/** A vacant two-room apartment in a stairwell, offered for a social contract. */
		UUID apartment(String stairwell, String property, int rooms) {
			UUID id = UUID.randomUUID();
			String objectNumber = this.prefix + "-" + stairwell + "-" + (++this.apartments);
			EventMessage.like(HousingEvents.APARTMENT_REGISTERED)
				.about(id, "apartmentId")
				.with("objectNumber", objectNumber)
				.with("stairwell", this.prefix + "-" + stairwell)
				.with("property", this.prefix + "-" + property)
				.with("address", "Erbjudandegatan " + this.apartments)
				.with("rooms", rooms)
				.with("monthlyRent", new BigDecimal("6000"))
				.with("lift", true)
				.with("groundFloor", true)
				.with("adapted", true)
				.build()
				.sendWith(OfferIT.this.kafka);
			EventMessage.like(HousingEvents.APARTMENT_VACATED)
				.about(id, "apartmentId")
				.with("objectNumber", objectNumber)
				.with("availableFrom", "2026-12-01")
				.build()
				.sendWith(OfferIT.this.kafka);
			eventually().untilAsserted(() -> assertThat(OfferIT.this.jdbc
				.sql("select count(*) from apartment where apartment_id = :id and available and address is not null")
				.param("id", id)
				.query(Long.class)
				.single()).isEqualTo(1));
			assertThat(this.staff.postForm("/allocation/apartments/" + id + "/social-contract", "").status())
				.isEqualTo(302);
			return id;
		}

		/** A waiting request of this fixture's caseworker. */
		UUID request(int rooms, String client, String... conflictPersons) {
			UUID reference = UUID.randomUUID();
			EventMessage.like(SocialEvents.HOUSING_REQUEST_SUBMITTED)
				.about(reference, "requestReference")
				.with("roomsNeeded", rooms)
				.with("maxRent", 9000)
				.withStrings("areasToAvoid")
				.withNested("client.hmacSha256", client)
				.withPersons("conflictPersons", KEY, conflictPersons)
				.with("caseworker", this.caseworkerName)
				.occurredAt(Instant.parse("2030-01-01T08:00:00Z").plusSeconds(++this.requests))
				.build()
				.sendWith(OfferIT.this.kafka);
			eventually().untilAsserted(() -> assertThat(
					OfferIT.this.jdbc.sql("select count(*) from housing_request where request_reference = :r")
						.param("r", reference)
						.query(Long.class)
						.single())
				.isEqualTo(1));
			return reference;
		}

		/** An offer, checking. */
		UUID offer(UUID apartment, UUID request) {
			ApiClient.Response created = this.staff.postJson("/api/allocation/apartments/" + apartment + "/offers",
					Map.of("requestReference", request.toString()));
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			return UUID.fromString(created.json().get("id").asString());
		}

		/** An offer whose conflict check passed. */
		UUID open(UUID apartment, UUID request) {
			UUID offer = offer(apartment, request);
			answer(checkOf(offer), "NO_CONFLICT").sendWith(OfferIT.this.kafka);
			eventually().untilAsserted(() -> assertThat(status(offer)).isEqualTo("OPEN"));
			return offer;
		}

		/** A placement: offered, checked, accepted. */
		UUID place(UUID apartment, UUID request) {
			UUID offer = open(apartment, request);
			assertThat(this.caseworker.postJson("/api/allocation/offers/" + offer + "/answer", Map.of("accept", true))
				.status()).isEqualTo(200);
			return OfferIT.this.jdbc.sql("select id from placement where offer_id = :id")
				.param("id", offer)
				.query(UUID.class)
				.single();
		}

	}

	/** A clock the tests move. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		MovableClock clock() {
			return new MovableClock(MONDAY);
		}

	}

}
