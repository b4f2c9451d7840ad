package se.bostadsbryggan.allocation.meeting;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.MovableClock;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meetings against the real database: the generated agenda of a fixture of contracts,
 * offers, placements and disturbances, item by item and section by section; what each
 * organisation's staff sees of it; actions carried from meeting to meeting until done; a
 * held meeting locked; bad input refused with nothing written; and races with one winner.
 * This class has its own context (its clock), so its database holds only its own fixture;
 * every test starts without meetings. No agreement is saved, so the defaults apply: a
 * meeting every 6 weeks, 12 months without a verified disturbance.
 */
@ServiceIntegrationTest
class MeetingIT {

	/** Strings of the client side of the fixture that no agenda may show. */
	private static final List<String> IDENTITY = List.of("ANDERSSON", "198503121234");

	private static final String CASEWORKER = "handl-anna";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Value("${local.server.port}")
	int port;

	@BeforeEach
	void thirdOfDecember2026WithoutMeetings() {
		this.clock.set(Instant.parse("2026-12-03T10:00:00Z"));
		this.jdbc.sql("delete from meeting_decision").update();
		this.jdbc.sql("delete from meeting_action").update();
		this.jdbc.sql("delete from meeting").update();
	}

	@Test
	void theAgendaHoldsExactlyTheOpenMattersAndNoIdentityAndTheCaseworkerOnlyForSocialServices() {
		Fixture f = new Fixture();
		String meeting = plan(social(), "2026-12-10").get("id").asString();

		JsonNode details = social().get("/api/allocation/meetings/" + meeting).json();
		Map<String, List<String>> sections = sections(details.get("agenda"));

		assertThat(details.get("agenda").get("horizon").asString()).isEqualTo("2027-01-21");
		assertThat(sections.get("ACTIONS")).isEmpty();
		assertThat(sections.get("QUOTA")).containsExactly("quota:2026");
		assertThat(sections.get("OFFERS")).containsExactlyInAnyOrder("offer:" + f.openOffer, "offer:" + f.checkingOffer,
				"placement:" + f.agreedPlacement);
		assertThat(sections.get("TRANSFERABLE")).containsExactlyInAnyOrder("contract:" + f.transferable,
				"contract:" + f.closeToIt, "contract:" + f.approved);
		assertThat(sections.get("GUARANTEES")).containsExactlyInAnyOrder("contract:" + f.releasable,
				"contract:" + f.guaranteeCloseToIt);
		assertThat(sections.get("LASTING")).containsExactly("contract:" + f.lastingDue);
		assertThat(sections.get("DISTURBANCES")).containsExactly("disturbance:" + f.recentDisturbance);
		assertThat(text(details, "contract:" + f.approved)).isEqualTo("meeting.agenda.transferable.approved");
		assertThat(text(details, "contract:" + f.closeToIt)).isEqualTo("meeting.agenda.transferable.close");
		assertThat(text(details, "placement:" + f.agreedPlacement)).isEqualTo("meeting.agenda.placement.identity");
		assertThat(text(details, "quota:2026")).isEqualTo("meeting.agenda.quota.none");

		JsonNode housingDetails = housing().get("/api/allocation/meetings/" + meeting).json();
		assertThat(item(details, "contract:" + f.transferable).get("caseworker").asString()).isEqualTo(CASEWORKER);
		assertThat(item(details, "contract:" + f.transferable).get("housingLink").isNull()).isTrue();
		assertThat(item(housingDetails, "contract:" + f.transferable).get("caseworker").isNull()).isTrue();
		assertThat(item(housingDetails, "contract:" + f.transferable).get("housingLink").asString())
			.startsWith("/housing/apartments/");

		String socialPage = social().get("/allocation/meetings/" + meeting).body();
		String housingPage = housing().get("/allocation/meetings/" + meeting).body();
		assertThat(socialPage).contains("Lägenhet " + f.objectNumber("S1") + ": överlåtelsebar sedan 2026-11-02")
			.contains("(handläggare: " + CASEWORKER + ")")
			.contains("Skriv inga namn eller personnummer på klienter i protokollet");
		assertThat(housingPage).contains("Lägenhet " + f.objectNumber("S1") + ": överlåtelsebar sedan 2026-11-02")
			.doesNotContain(CASEWORKER);
		for (String identity : IDENTITY) {
			assertThat(socialPage).doesNotContain(identity);
			assertThat(housingPage).doesNotContain(identity);
			assertThat(details.toString()).doesNotContain(identity);
			assertThat(housingDetails.toString()).doesNotContain(identity);
		}

		// Approving the minutes freezes the agenda: a later change of the matters is not
		// in it.
		assertThat(social().postJson("/api/allocation/meetings/" + meeting + "/close", Map.of()).status())
			.isEqualTo(200);
		this.jdbc.sql("update contract set taken_over_on = date '2026-12-20' where lease_id = :id")
			.param("id", f.transferable)
			.update();
		assertThat(
				sections(social().get("/api/allocation/meetings/" + meeting).json().get("agenda")).get("TRANSFERABLE"))
			.contains("contract:" + f.transferable);
		assertThat(housing().get("/allocation/meetings/" + meeting + "/minutes").body()).contains("Skriv ut")
			.contains("/allocation/assets/minutes.js")
			.contains(f.objectNumber("S1"))
			.doesNotContain(CASEWORKER);
	}

	@Test
	void anActionIsCarriedToEveryAgendaUntilItIsClosed() {
		String first = plan(housing(), "2026-12-03").get("id").asString();
		String closed = raise(first, "Ta fram en rutin för överlåtelse").get("id").asString();
		String open = raise(first, "Bjuda in skuldrådgivningen").get("id").asString();
		close(first);

		this.clock.set(Instant.parse("2027-01-14T10:00:00Z"));
		String second = plan(social(), "2027-01-14").get("id").asString();
		assertThat(sections(agenda(second)).get("ACTIONS")).containsExactlyInAnyOrder("action:" + closed,
				"action:" + open);
		assertThat(item(social().get("/api/allocation/meetings/" + second).json(), "action:" + closed).get("overdue")
			.asBoolean()).isTrue();

		ApiClient.Response done = social().postJson(
				"/api/allocation/meetings/" + second + "/actions/" + closed + "/done",
				Map.of("note", "Rutinen är antagen."));
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.json().get("status").asString()).isEqualTo("DONE");
		assertThat(text(social().get("/api/allocation/meetings/" + second).json(), "action:" + closed))
			.isEqualTo("meeting.agenda.action.done.JOINT");
		close(second);

		this.clock.set(Instant.parse("2027-02-25T10:00:00Z"));
		String third = plan(housing(), "2027-02-25").get("id").asString();
		assertThat(sections(agenda(third)).get("ACTIONS")).containsExactly("action:" + open);
		JsonNode minutes = social().get("/api/allocation/meetings/" + second).json();
		assertThat(minutes.get("actionsClosed")).hasSize(1);
		assertThat(minutes.get("actionsClosed").get(0).get("doneNote").asString()).isEqualTo("Rutinen är antagen.");
		assertThat(housing().get("/allocation/meetings").body()).contains("Bjuda in skuldrådgivningen")
			.doesNotContain("Ta fram en rutin för överlåtelse")
			.contains("Försenad");
	}

	@Test
	void thePagesPlanRecordCloseAnActionAndApproveTheMinutes() {
		String first = plan(housing(), "2026-12-03").get("id").asString();
		String carried = raise(first, "Gå igenom trappuppgångarna").get("id").asString();
		close(first);
		this.clock.set(Instant.parse("2027-01-14T10:00:00Z"));
		assertThat(social().get("/allocation/meetings").body()).contains("Planera möte")
			.contains("value=\"2027-01-14\"");

		ApiClient.Response planned = social().postForm("/allocation/meetings", "date=2027-01-14&place=Kommunhuset");
		assertThat(planned.status()).isEqualTo(302);
		String page = planned.header("Location").replaceFirst("^https?://[^/]+", "");
		String id = page.substring(page.lastIndexOf('/') + 1);
		String show = housing().get(page).body();
		assertThat(show).contains("Markera som klar")
			.contains("Spara beslut")
			.contains("Lägg till åtgärd")
			.contains("Justera protokoll")
			.contains("Gå igenom trappuppgångarna");

		assertThat(social().postForm(page + "/decisions", "text=Rutinen+gäller+från+i+dag&itemKey=").status())
			.isEqualTo(302);
		assertThat(
				social()
					.postForm(page + "/actions",
							"text=Ring+hyresgästföreningen&owner=Bovärd&ownerOrganisation=HOUSING"
									+ "&dueOn=2027-02-01")
					.status())
			.isEqualTo(302);
		assertThat(housing().postForm(page + "/actions/" + carried + "/done", "note=Klart+på+mötet").status())
			.isEqualTo(302);
		assertThat(housing().postForm(page + "/close", "attendees=Bovärd%2C+handläggare").status()).isEqualTo(302);

		JsonNode minutes = social().get("/api/allocation/meetings/" + id).json();
		assertThat(minutes.get("meeting").get("status").asString()).isEqualTo("HELD");
		assertThat(minutes.get("meeting").get("place").asString()).isEqualTo("Kommunhuset");
		assertThat(minutes.get("decisions").get(0).get("text").asString()).isEqualTo("Rutinen gäller från i dag");
		assertThat(minutes.get("actionsRaised").get(0).get("dueOn").asString()).isEqualTo("2027-02-01");
		assertThat(minutes.get("actionsClosed").get(0).get("id").asString()).isEqualTo(carried);
		assertThat(housing().get(page).body()).contains("Ring hyresgästföreningen")
			.contains("Gå igenom trappuppgångarna – klar: Klart på mötet")
			.doesNotContain("Justera protokoll");
		ApiClient.Response pdf = housing().get(page + "/minutes.pdf");
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF-");
	}

	@Test
	void aHeldMeetingRefusesEveryChange() {
		String meeting = plan(social(), "2026-12-03").get("id").asString();
		String action = raise(meeting, "Följa upp placeringarna").get("id").asString();
		close(meeting);
		String path = "/api/allocation/meetings/" + meeting;

		List<ApiClient.Response> refused = List.of(
				social().postJson(path + "/decisions", Map.of("text", "Ett beslut för sent")),
				social().postJson(path + "/actions",
						Map.of("text", "För sent", "ownerOrganisation", "SOCIAL", "owner", "Enhetschef", "dueOn",
								"2027-01-01")),
				social().postJson(path + "/actions/" + action + "/done", Map.of("note", "Klar")),
				social().postJson(path + "/close", Map.of()));

		assertThat(refused).allSatisfy((response) -> {
			assertThat(response.status()).isEqualTo(409);
			assertThat(response.json().get("type").asString()).endsWith("/meeting-held");
		});
		assertThat(count("meeting_decision")).isZero();
		assertThat(count("meeting_action where status = 'OPEN'")).isOne();
		ApiClient.Response page = social().postForm("/allocation/meetings/" + meeting + "/decisions", "text=Sent");
		assertThat(page.status()).isEqualTo(409);
		assertThat(page.body()).contains("kan inte ändras");
		assertThat(count("meeting_decision")).isZero();
	}

	@Test
	void badInputIsRefusedWithAProblemAndNothingIsWritten() {
		ApiClient.Response past = social().postJson("/api/allocation/meetings", Map.of("date", "2026-12-02"));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.json().get("type").asString()).endsWith("/meeting-date-past");
		assertThat(social().postForm("/allocation/meetings", "date=2026-12-02").body()).contains("redan har passerat");
		assertThat(count("meeting")).isZero();

		String path = "/api/allocation/meetings/" + plan(social(), "2026-12-03").get("id").asString();
		Map<String, Object> valid = Map.of("text", "Följa upp", "ownerOrganisation", "SOCIAL", "owner", "Enhetschef",
				"dueOn", "2027-01-01");
		List<Map<String, Object>> bad = List.of(with(valid, "text", " "), with(valid, "ownerOrganisation", "POLICE"),
				with(valid, "owner", ""), without(valid, "dueOn"));
		for (Map<String, Object> body : bad) {
			ApiClient.Response response = social().postJson(path + "/actions", body);
			assertThat(response.status()).as(body.toString()).isEqualTo(400);
			assertThat(response.header("Content-Type")).contains("application/problem+json");
		}
		assertThat(social().postJson(path + "/decisions", Map.of("text", "")).status()).isEqualTo(400);
		assertThat(social().postJson(path + "/decisions", Map.of("text", "Beslut", "itemKey", "contract:nothing"))
			.status()).isEqualTo(400);
		assertThat(social().postForm(path.replace("/api", "") + "/actions", "text=&owner=&ownerOrganisation=&dueOn=")
			.body()).contains("Skriv vad som ska göras").contains("Välj ansvarig organisation");
		assertThat(count("meeting_action")).isZero();
		assertThat(count("meeting_decision")).isZero();
	}

	@Test
	void ofTwoClosesOneWinsAndOfTwoPlansOneWins() throws Exception {
		List<Integer> plans = race(
				() -> social().postJson("/api/allocation/meetings", Map.of("date", "2026-12-10")).status());
		assertThat(plans).containsExactlyInAnyOrder(201, 409);
		assertThat(count("meeting")).isOne();

		String id = this.jdbc.sql("select id::text from meeting").query(String.class).single();
		List<Integer> closes = race(
				() -> housing().postJson("/api/allocation/meetings/" + id + "/close", Map.of()).status());
		assertThat(closes).containsExactlyInAnyOrder(200, 409);
		assertThat(count("meeting where status = 'HELD'")).isOne();
	}

	private static List<Integer> race(java.util.function.Supplier<Integer> call) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Integer>> calls = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			calls.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return call.get();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (CompletableFuture<Integer> c : calls) {
			statuses.add(c.get());
		}
		return statuses;
	}

	private JsonNode plan(ApiClient as, String date) {
		ApiClient.Response response = as.postJson("/api/allocation/meetings", Map.of("date", date));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private JsonNode raise(String meeting, String text) {
		ApiClient.Response response = social().postJson("/api/allocation/meetings/" + meeting + "/actions", Map
			.of("text", text, "ownerOrganisation", "JOINT", "owner", "Mötets sekreterare", "dueOn", "2026-12-31"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private void close(String meeting) {
		ApiClient.Response response = housing().postJson("/api/allocation/meetings/" + meeting + "/close",
				Map.of("attendees", "Bovärd, handläggare"));
		assertThat(response.status()).as(response.body()).isEqualTo(200);
	}

	private JsonNode agenda(String meeting) {
		return social().get("/api/allocation/meetings/" + meeting).json().get("agenda");
	}

	private static Map<String, List<String>> sections(JsonNode agenda) {
		Map<String, List<String>> sections = new LinkedHashMap<>();
		for (Section section : Section.values()) {
			sections.put(section.name(), new ArrayList<>());
		}
		for (JsonNode item : agenda.get("items")) {
			sections.get(item.get("section").asString()).add(item.get("key").asString());
		}
		return sections;
	}

	private static JsonNode item(JsonNode details, String key) {
		for (JsonNode item : details.get("agenda").get("items")) {
			if (item.get("key").asString().equals(key)) {
				return item;
			}
		}
		throw new AssertionError("No item " + key);
	}

	private static String text(JsonNode details, String key) {
		return item(details, key).get("text").asString();
	}

	private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
		Map<String, Object> changed = new LinkedHashMap<>(body);
		changed.put(field, value);
		return changed;
	}

	private static Map<String, Object> without(Map<String, Object> body, String field) {
		Map<String, Object> changed = new LinkedHashMap<>(body);
		changed.remove(field);
		return changed;
	}

	private long count(String tableAndCondition) {
		return this.jdbc.sql("select count(*) from " + tableAndCondition).query(Long.class).single();
	}

	private ApiClient social() {
		return as(User.caseworker("handl-moten", "Bostadsgruppen"));
	}

	private ApiClient housing() {
		return as(User.of("bovard-moten", "HOUSING", "HOUSING_STAFF"));
	}

	private ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	/**
	 * The shared workflow's matters as their own workflows leave them, written once into
	 * this class's database: contracts followed for takeover in every state, their
	 * disturbances, offers and placements. The client side carries identity-like strings
	 * that must never reach an agenda.
	 */
	private final class Fixture {

		final UUID transferable = contract("S1", "SOCIAL", "transferable = true, status_changed_on = '2026-11-02'");

		final UUID closeToIt = contract("S2", "SOCIAL", "expected_on = '2027-01-15'");

		final UUID notYet = contract("S3", "SOCIAL", "expected_on = '2027-03-01'");

		final UUID takenOver = contract("S4", "SOCIAL",
				"transferable = true, status_changed_on = '2026-06-01', taken_over_on = '2026-11-01'");

		final UUID ended = contract("S5", "SOCIAL",
				"transferable = true, status_changed_on = '2026-06-01', end_date = '2026-11-30'");

		final UUID approved = contract("S6", "SOCIAL",
				"transferable = true, status_changed_on = '2026-10-01', takeover_approved_on = '2026-11-20'");

		final UUID releasable = contract("G1", "GUARANTEED", "transferable = true, status_changed_on = '2026-11-15'");

		final UUID released = contract("G2", "GUARANTEED",
				"transferable = true, status_changed_on = '2026-06-01', guarantee_released_on = '2026-09-01'");

		final UUID guaranteeCloseToIt = contract("G3", "GUARANTEED", "expected_on = '2027-01-01'");

		final UUID lastingDue = contract("L1", "SOCIAL", "lasting = true, review_on = '2027-01-10'");

		final UUID lastingLater = contract("L2", "GUARANTEED", "lasting = true, review_on = '2027-06-01'");

		final UUID recentDisturbance = disturbance(this.closeToIt, "2026-05-01", "VERIFIED");

		final UUID dismissed = disturbance(this.closeToIt, "2026-06-01", "DISMISSED");

		final UUID oldDisturbance = disturbance(this.notYet, "2025-11-01", "VERIFIED");

		final UUID onLasting = disturbance(this.lastingDue, "2026-08-01", "VERIFIED");

		final UUID openOffer = offer("O1", "OPEN", "2026-12-08", null);

		final UUID checkingOffer = offer("O2", "CHECKING", null, null);

		final UUID declinedOffer = offer("O3", "DECLINED", "2026-11-20", "OTHER");

		final UUID agreedPlacement = placement("P1", "AGREED");

		final UUID signedPlacement = placement("P2", "SIGNED");

		String objectNumber(String name) {
			return "M-" + name;
		}

		private UUID contract(String name, String type, String set) {
			UUID lease = UUID.randomUUID();
			MeetingIT.this.jdbc.sql("""
					insert into contract (lease_id, apartment_id, object_number, lease_type, start_date, caseworker,
					                      updated_at)
					values (:id, gen_random_uuid(), :object, :type, date '2025-09-01', :caseworker, now())
					""")
				.param("id", lease)
				.param("object", objectNumber(name))
				.param("type", type)
				.param("caseworker", CASEWORKER)
				.update();
			MeetingIT.this.jdbc.sql("update contract set " + set + " where lease_id = :id").param("id", lease).update();
			return lease;
		}

		private UUID disturbance(UUID lease, String on, String outcome) {
			UUID id = UUID.randomUUID();
			MeetingIT.this.jdbc.sql("""
					insert into contract_disturbance (disturbance_id, lease_id, occurred_on, outcome)
					values (:id, :lease, :on, :outcome)
					""")
				.param("id", id)
				.param("lease", lease)
				.param("on", Date.valueOf(LocalDate.parse(on)))
				.param("outcome", outcome)
				.update();
			return id;
		}

		/**
		 * An apartment and a request with a client's (fake) identity on the social side.
		 */
		private UUID[] apartmentAndRequest(String name) {
			UUID apartment = UUID.randomUUID();
			UUID request = UUID.randomUUID();
			JdbcClient jdbc = MeetingIT.this.jdbc;
			jdbc.sql("insert into quota_year (year, created_at) values (2026, now()) on conflict do nothing").update();
			jdbc.sql("insert into apartment (apartment_id, object_number, updated_at) values (:id, :object, now())")
				.param("id", apartment)
				.param("object", objectNumber(name))
				.update();
			jdbc.sql("""
					insert into housing_request (request_reference, household_size, rooms_needed, needs_lift,
					    needs_ground_floor, needs_adapted, areas_to_avoid, client_key_id, client_hash, caseworker,
					    status, submitted_at)
					values (:id, 3, 2, false, false, false, '{}', 'key-ANDERSSON', 'hash-198503121234', :caseworker,
					        'OFFERED', now())
					""").param("id", request).param("caseworker", CASEWORKER).update();
			return new UUID[] { apartment, request };
		}

		private UUID offer(String name, String status, String answerBy, String declineReason) {
			UUID[] ids = apartmentAndRequest(name);
			UUID id = UUID.randomUUID();
			MeetingIT.this.jdbc.sql("""
					insert into offer (id, quota_year, request_reference, apartment_id, offered_on, status, answer_by,
					                   check_id, decline_reason)
					values (:id, 2026, :request, :apartment, date '2026-11-25', :status, cast(:answerBy as date),
					        case when :status = 'CHECKING' then gen_random_uuid() end, :reason)
					""")
				.param("id", id)
				.param("request", ids[1])
				.param("apartment", ids[0])
				.param("status", status)
				.param("answerBy", answerBy)
				.param("reason", declineReason)
				.update();
			return id;
		}

		private UUID placement(String name, String status) {
			UUID[] ids = apartmentAndRequest(name);
			UUID id = UUID.randomUUID();
			MeetingIT.this.jdbc.sql("""
					insert into placement (id, quota_year, request_reference, apartment_id, placed_on, status,
					                       start_date)
					values (:id, 2026, :request, :apartment, date '2026-11-28', :status, date '2027-01-01')
					""")
				.param("id", id)
				.param("request", ids[1])
				.param("apartment", ids[0])
				.param("status", status)
				.update();
			return id;
		}

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
