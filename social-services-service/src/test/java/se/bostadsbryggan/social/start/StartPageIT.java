package se.bostadsbryggan.social.start;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.social.client.TestClients;
import se.bostadsbryggan.social.decision.DecisionService;
import se.bostadsbryggan.social.readiness.ReadinessAssessment;
import se.bostadsbryggan.social.readiness.ReadinessService;
import se.bostadsbryggan.social.readiness.RecordAssessment;
import se.bostadsbryggan.social.workplan.RecordFollowUp;
import se.bostadsbryggan.social.workplan.WorkPlanService;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseworker's start page lists what falls due among the caller's clients: an overdue
 * follow-up but not one that was held, readiness reviews, expiring decisions and
 * guarantees up for review; a protected-identity client is a placeholder to the manager
 * and absent for a colleague, and the page's read is audited with the clients it shows.
 */
@ServiceIntegrationTest
class StartPageIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DecisionService decisions;

	@Autowired
	WorkPlanService workPlans;

	@Autowired
	ReadinessService readiness;

	@Value("${local.server.port}")
	int port;

	@Test
	void theStartPageListsWhatFallsDueAndHidesProtectedIdentity() {
		String unit = "Startenheten " + UUID.randomUUID().toString().substring(0, 8);
		ApiClient hanna = client(User.caseworker("hanna-" + UUID.randomUUID().toString().substring(0, 8), unit));
		ApiClient hugo = client(User.caseworker("hugo-" + UUID.randomUUID().toString().substring(0, 8), unit));
		ApiClient manager = client(User.socialManager("chef-" + UUID.randomUUID().toString().substring(0, 8), unit));
		LocalDate today = this.decisions.today();

		UUID overdue = register(hanna, "Olle Försenad", false);
		UUID done = register(hanna, "Doris Klar", false);
		UUID secret = register(hanna, "Sigrid Skyddad", true);
		UUID later = register(hanna, "Lars Senare", false);
		// Olle: a follow-up three days late; Doris: one held; Sigrid: one in a week;
		// Lars:
		// one in 20 days, beyond the 14 shown.
		this.workPlans.planDemoFollowUp(overdue, today.minusDays(3), null);
		this.workPlans.planDemoFollowUp(done, today.minusDays(2),
				new RecordFollowUp(null, today.minusDays(2), "Genomförd"));
		this.workPlans.planDemoFollowUp(secret, today.plusDays(7), null);
		this.workPlans.planDemoFollowUp(later, today.plusDays(20), null);
		// Sigrid's readiness review is due in ten days; Lars's decision ends in 15.
		this.readiness.recordDemoAssessment(secret, new RecordAssessment(null, ReadinessAssessment.Outcome.NOT_YET,
				"Behöver mer tid", today.minusMonths(5), today.plusDays(10)));
		this.readiness.recordDemoAssessment(done,
				new RecordAssessment(null, ReadinessAssessment.Outcome.READY, "Klar", today.minusDays(1), null));
		assertThat(hanna
			.postJson("/api/social/clients/" + later + "/decisions",
					Map.of("decidedOn", today.minusMonths(6).toString(), "validFrom", today.minusMonths(6).toString(),
							"validTo", today.plusDays(15).toString(), "decidedBy", "Enhetschef"))
			.status()).isEqualTo(201);
		// Lars's guarantee is up for review in 20 days, within the 30 reminded of.
		assertThat(
				hanna
					.postJson("/api/social/clients/" + later + "/guarantees",
							Map.of("objectNumber", "1104-0003", "limitMonths", 6, "startDate",
									today.minusYears(1).toString(), "reviewDate", today.plusDays(20).toString()))
					.status())
			.isEqualTo(201);

		String own = hanna.get("/social").body();
		assertThat(own).contains("Du har 4 klienter.");
		assertThat(section(own, "overdue-follow-ups")).contains("Olle Försenad")
			.contains(today.minusDays(3).toString())
			.contains("Försenad")
			.doesNotContain("Doris Klar");
		assertThat(section(own, "upcoming-follow-ups")).contains("Sigrid Skyddad")
			.doesNotContain("Lars Senare")
			.doesNotContain("Olle Försenad");
		assertThat(section(own, "readiness-reviews")).contains("Sigrid Skyddad")
			.contains(today.plusDays(10).toString())
			.contains("Inte redo än")
			.doesNotContain("Doris Klar");
		assertThat(section(own, "expiring-decisions")).contains("Lars Senare").contains(today.plusDays(15).toString());
		assertThat(own).contains("/social/clients/" + overdue + "#work-plan")
			.contains("/social/clients/" + secret + "#readiness")
			.contains("/social/clients/" + later + "#decisions")
			.contains("/social/clients/" + later + "#guarantees");
		assertThat(section(own, "guarantees-to-review")).contains("Lars Senare")
			.contains(today.plusDays(20).toString())
			.doesNotContain("Olle Försenad");

		String colleague = hugo.get("/social/").body();
		assertThat(colleague).contains("Du har 0 klienter.")
			.doesNotContain("Olle Försenad")
			.doesNotContain("Sigrid Skyddad")
			.doesNotContain(secret.toString());

		String unitPage = manager.get("/social").body();
		assertThat(unitPage).contains("Enhetens handläggare har 4 klienter.")
			.contains("Olle Försenad")
			.contains("Skyddad identitet")
			.contains(secret.toString())
			.doesNotContain("Sigrid Skyddad");

		assertThat(this.jdbc.sql("""
				select count(*) from audit_event where action = 'START_PAGE_VIEW' and outcome = 'SUCCESS'
				and protected_identity and details -> 'subjects' @> jsonb_build_array(cast(:secret as text))
				and details -> 'subjects' @> jsonb_build_array(cast(:overdue as text))
				""").param("secret", secret.toString()).param("overdue", overdue.toString()).query(Long.class).single())
			.as("Hanna's and the manager's views, marked as showing protected identity")
			.isEqualTo(2);
	}

	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("section " + id).isPositive();
		int end = page.indexOf("</section>", start);
		return page.substring(start, end);
	}

	private UUID register(ApiClient api, String name, boolean protectedIdentity) {
		ApiClient.Response response = api.postJson("/api/social/clients", Map.of("personalIdentityNumber",
				TestClients.nextNumber(), "name", name, "protectedIdentity", protectedIdentity));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return UUID.fromString(response.json().get("id").asString());
	}

	private ApiClient client(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

}
