package se.bostadsbryggan.social.workplan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.social.client.TestClients;
import se.bostadsbryggan.social.decision.DecisionService;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.Problems;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's work plan through the API and the client's page: goals and their status,
 * planned and held follow-ups, problem details and Swedish form messages for wrong input,
 * nothing for another caseworker, and an audit entry for every read and change.
 */
@ServiceIntegrationTest
class WorkPlanApiIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DecisionService decisions;

	@Value("${local.server.port}")
	int port;

	@Test
	void goalsAreAgreedAndClosedAndFollowUpsArePlannedAndRecorded() {
		ApiClient hanna = caseworker();
		String clientId = registerClient(hanna);
		String base = "/api/social/clients/" + clientId + "/work-plan";
		LocalDate today = this.decisions.today();

		ApiClient.Response goal = hanna.postJson(base + "/goals",
				Map.of("description", "Betala hyran i tid varje månad", "agreedOn", today.minusDays(10).toString()));
		assertThat(goal.status()).as(goal.body()).isEqualTo(201);
		assertThat(goal.json().get("status").asString()).isEqualTo("ACTIVE");
		String goalId = goal.json().get("id").asString();
		ApiClient.Response achieved = hanna.postJson(base + "/goals/" + goalId + "/status",
				Map.of("status", "ACHIEVED", "on", today.toString()));
		assertThat(achieved.status()).as(achieved.body()).isEqualTo(200);
		assertThat(achieved.json().get("status").asString()).isEqualTo("ACHIEVED");
		assertThat(achieved.json().get("statusOn").asString()).isEqualTo(today.toString());

		ApiClient.Response planned = hanna.postJson(base + "/follow-ups",
				Map.of("plannedOn", today.plusDays(7).toString()));
		assertThat(planned.status()).as(planned.body()).isEqualTo(201);
		String plannedId = planned.json().get("id").asString();
		assertThat(hanna.postJson(base + "/follow-ups", Map.of("plannedOn", today.plusDays(7).toString())).status())
			.as("the same day twice")
			.isEqualTo(409);

		ApiClient.Response held = hanna.postJson(base + "/follow-ups/held",
				Map.of("plannedFollowUpId", plannedId, "heldOn", today.toString(), "notes", "Hyran betald i tid."));
		assertThat(held.status()).as(held.body()).isEqualTo(201);
		assertThat(held.json().get("plannedOn").asString()).isEqualTo(today.plusDays(7).toString());
		assertThat(held.json().get("heldOn").asString()).isEqualTo(today.toString());
		ApiClient.Response again = hanna.postJson(base + "/follow-ups/held",
				Map.of("plannedFollowUpId", plannedId, "heldOn", today.toString(), "notes", "En gång till."));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("title").asString()).isEqualTo("Uppföljningen är redan registrerad");
		ApiClient.Response unplanned = hanna.postJson(base + "/follow-ups/held",
				Map.of("heldOn", today.minusDays(1).toString(), "notes", "Oplanerat hembesök."));
		assertThat(unplanned.status()).as(unplanned.body()).isEqualTo(201);
		assertThat(unplanned.json().get("plannedOn").isNull()).isTrue();

		JsonNode plan = hanna.get(base).json();
		assertThat(plan.get("goals")).hasSize(1);
		assertThat(plan.get("followUps")).hasSize(2);
		assertThat(plan.get("followUps").get(0).get("notes").asString()).isEqualTo("Hyran betald i tid.");
		assertThat(audited(clientId, "WORK_PLAN_GOAL_ADD")).isEqualTo(1);
		assertThat(audited(clientId, "WORK_PLAN_GOAL_STATUS")).isEqualTo(1);
		assertThat(audited(clientId, "FOLLOW_UP_PLAN")).isEqualTo(1);
		assertThat(audited(clientId, "FOLLOW_UP_RECORD")).isEqualTo(2);
		assertThat(audited(clientId, "WORK_PLAN_VIEW")).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where subject_id = :id and details::text like '%Hyran%'")
			.param("id", clientId)
			.query(Long.class)
			.single()).as("notes are not copied into the audit log").isZero();
	}

	@Test
	void wrongInputIsAProblemDetailAndNothingIsWritten() {
		ApiClient hanna = caseworker();
		String clientId = registerClient(hanna);
		String base = "/api/social/clients/" + clientId + "/work-plan";
		LocalDate today = this.decisions.today();

		Map<String, Object> noDescription = new HashMap<>();
		noDescription.put("description", " ");
		noDescription.put("agreedOn", today.plusDays(1).toString());
		ApiClient.Response goal = hanna.postJson(base + "/goals", noDescription);
		assertThat(goal.status()).isEqualTo(400);
		assertThat(Problems.fields(goal.json())).containsExactlyInAnyOrder("description", "agreedOn");
		assertThat(Problems.messageOf(goal.json(), "agreedOn"))
			.isEqualTo("Dagen ni kom överens om målet får inte vara i framtiden.");

		ApiClient.Response past = hanna.postJson(base + "/follow-ups",
				Map.of("plannedOn", today.minusDays(1).toString()));
		assertThat(past.status()).isEqualTo(400);
		assertThat(Problems.messageOf(past.json(), "plannedOn"))
			.isEqualTo("En uppföljning kan inte planeras bakåt i tiden.");
		ApiClient.Response noNotes = hanna.postJson(base + "/follow-ups/held", Map.of("heldOn", today.toString()));
		assertThat(noNotes.status()).isEqualTo(400);
		assertThat(Problems.messageOf(noNotes.json(), "notes")).isEqualTo("Skriv anteckningar från uppföljningen.");

		String goalId = hanna
			.postJson(base + "/goals", Map.of("description", "Ordna hemförsäkring", "agreedOn", today.toString()))
			.json()
			.get("id")
			.asString();
		ApiClient.Response beforeAgreement = hanna.postJson(base + "/goals/" + goalId + "/status",
				Map.of("status", "DROPPED", "on", today.minusDays(1).toString()));
		assertThat(beforeAgreement.status()).isEqualTo(400);
		assertThat(beforeAgreement.json().get("title").asString()).isEqualTo("Datumet är före målet");
		assertThat(hanna
			.postJson(base + "/goals/" + UUID.randomUUID() + "/status",
					Map.of("status", "DROPPED", "on", today.toString()))
			.status()).isEqualTo(404);
		assertThat(
				hanna
					.postJson(base + "/follow-ups/held",
							Map.of("plannedFollowUpId", UUID.randomUUID().toString(), "heldOn", today.toString(),
									"notes", "x"))
					.status())
			.isEqualTo(404);

		JsonNode plan = hanna.get(base).json();
		assertThat(plan.get("goals")).hasSize(1);
		assertThat(plan.get("goals").get(0).get("status").asString()).isEqualTo("ACTIVE");
		assertThat(plan.get("followUps")).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from audit_event where subject_id = :id and outcome = 'INVALID'")
			.param("id", clientId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anotherCaseworkerFindsNoWorkPlanAndTheRefusalIsAudited() {
		ApiClient hanna = caseworker();
		String clientId = registerClient(hanna);
		String base = "/api/social/clients/" + clientId + "/work-plan";
		ApiClient hugo = caseworker();
		LocalDate today = this.decisions.today();

		assertThat(hugo.get(base).status()).isEqualTo(404);
		assertThat(hugo.postJson(base + "/goals", Map.of("description", "Mål", "agreedOn", today.toString())).status())
			.isEqualTo(404);
		assertThat(hugo.postJson(base + "/follow-ups", Map.of("plannedOn", today.toString())).status()).isEqualTo(404);
		assertThat(hugo.postJson(base + "/follow-ups/held", Map.of("heldOn", today.toString(), "notes", "Anteckning"))
			.status()).isEqualTo(404);
		assertThat(hanna.get(base).json().get("goals")).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from audit_event where subject_id = :id and outcome = 'NOT_FOUND'")
			.param("id", clientId)
			.query(Long.class)
			.single()).isEqualTo(4);
	}

	@Test
	void theClientPageRecordsTheWorkPlanWithSwedishMessagesForWrongInput() {
		ApiClient hanna = caseworker();
		String clientId = registerClient(hanna);
		String page = "/social/clients/" + clientId;
		LocalDate today = this.decisions.today();

		assertThat(hanna.postForm(page + "/work-plan/goals", "description=&agreedOn=" + today).body())
			.contains("Beskriv målet.");
		ApiClient.Response added = hanna.postForm(page + "/work-plan/goals",
				"description=Ha+kontakt+med+hyresv%C3%A4rden&agreedOn=" + today.minusDays(3));
		assertThat(added.status()).isEqualTo(302);
		assertThat(added.header("Location")).endsWith("?saved=goal#work-plan");
		String goalId = this.jdbc.sql("select id::text from work_plan_goal where client_id = :id")
			.param("id", UUID.fromString(clientId))
			.query(String.class)
			.single();
		assertThat(hanna
			.postForm(page + "/work-plan/goal-status", "goalId=" + goalId + "&status=ACHIEVED&on=" + today.minusDays(4))
			.body()).contains("Datumet för ändringen får inte vara före " + today.minusDays(3));
		assertThat(hanna.postForm(page + "/work-plan/goal-status", "goalId=" + goalId + "&status=ACHIEVED&on=" + today)
			.status()).isEqualTo(302);
		assertThat(hanna.postForm(page + "/work-plan/follow-ups", "plannedOn=" + today.minusDays(1)).body())
			.contains("En uppföljning kan inte planeras bakåt i tiden.");
		assertThat(hanna.postForm(page + "/work-plan/follow-ups", "plannedOn=" + today.plusDays(5)).status())
			.isEqualTo(302);
		assertThat(hanna.postForm(page + "/work-plan/follow-ups", "plannedOn=" + today.plusDays(5)).body())
			.contains("En uppföljning är redan planerad den dagen.");
		assertThat(hanna.postForm(page + "/work-plan/follow-ups/held", "plannedFollowUpId=&heldOn=" + today + "&notes=")
			.body()).contains("Skriv anteckningar från uppföljningen.");
		assertThat(hanna
			.postForm(page + "/work-plan/follow-ups/held",
					"plannedFollowUpId=&heldOn=" + today + "&notes=Samtal+om+budget")
			.status()).isEqualTo(302);

		String shown = hanna.get(page).body();
		assertThat(shown).contains("Arbetsplan")
			.contains("Ha kontakt med hyresvärden")
			.contains("Uppnått " + today)
			.contains(today.plusDays(5).toString())
			.contains("Kommande")
			.contains("Samtal om budget")
			.contains("Inte planerad");
	}

	private long audited(String clientId, String action) {
		return this.jdbc
			.sql("select count(*) from audit_event where subject_id = :id and action = :action and outcome = 'SUCCESS'")
			.param("id", clientId)
			.param("action", action)
			.query(Long.class)
			.single();
	}

	private ApiClient caseworker() {
		User user = User.caseworker("hanna-" + UUID.randomUUID().toString().substring(0, 8),
				"Enhet " + UUID.randomUUID().toString().substring(0, 8));
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static String registerClient(ApiClient api) {
		ApiClient.Response response = api.postJson("/api/social/clients",
				Map.of("personalIdentityNumber", TestClients.nextNumber(), "name", "Karin Plan"));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").asString();
	}

}
