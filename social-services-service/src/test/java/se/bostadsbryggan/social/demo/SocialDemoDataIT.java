package se.bostadsbryggan.social.demo;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With demo data, the gateway's demo caseworkers find their own four clients each when
 * they log in, and the demo manager of their unit finds all eight; eight households wait
 * with a housing request, and Hanna's start page has something due.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "bb.demo.enabled=true")
class SocialDemoDataIT {

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void theDemoCaseworkersHaveFourClientsEachWithTheirCasesAndTheirManagerSeesAllButOneProtected() {
		User hanna = new User(UUID.randomUUID(), "handlaggare", "Hanna Handläggare", SocialDemoData.UNIT, "SOCIAL",
				List.of("SOCIAL_CASEWORKER"));
		User hugo = new User(UUID.randomUUID(), "handlaggare2", "Hugo Handläggare", SocialDemoData.UNIT, "SOCIAL",
				List.of("SOCIAL_CASEWORKER"));

		assertThat(this.jdbc.sql("select count(*) from caseworker where user_id is null").query(Long.class).single())
			.isEqualTo(2);
		// Each also has 21 clients of GuaranteeDemoData (see GuaranteeDemoDataIT): 7
		// with open cases (6 on social contracts, 1 with a guarantee), 14 who moved on,
		// whose cases are closed and left out of the list.
		assertThat(clientsOf(hanna)).hasSize(4 + 7).contains("Astrid Lindqvist").doesNotContain("Bengt Karlsson");
		assertThat(clientsOf(hugo)).hasSize(4 + 7).contains("Bengt Karlsson").doesNotContain("Astrid Lindqvist");
		assertThat(clientsOf(User.socialManager("enhetschef", SocialDemoData.UNIT))).hasSize(8 + 14);
		assertThat(this.jdbc.sql("select user_id from caseworker where username = 'handlaggare'")
			.query(UUID.class)
			.single()).isEqualTo(hanna.id());
		assertThat(count("select count(*) from housing_need where client_id is null")).isZero();
		assertThat(count("select count(*) from housing_need where client_id is not null")).isEqualTo(8);
		assertThat(count("select count(*) from conflict_person")).isEqualTo(2);
		assertThat(count("select count(*) from support_decision where recorded_by = 'demo'")).isEqualTo(9 + 12);
		// Eight households waiting with a request, four per caseworker, Sara's among
		// them.
		assertThat(
				count("""
						select count(distinct n.client_id) from housing_request r join housing_need n on n.id = r.need_id
						join support_decision d on d.client_id = n.client_id and current_date between d.valid_from and d.valid_to
						"""))
			.isEqualTo(8);
		assertThat(count("""
				select count(*) from housing_request r join housing_need n on n.id = r.need_id
				join client c on c.id = n.client_id join caseworker w on w.id = c.caseworker_id
				where w.username = 'handlaggare2'""")).isEqualTo(4);
		assertThat(count("""
				select count(*) from housing_request r join housing_need n on n.id = r.need_id
				join client c on c.id = n.client_id where c.protected_identity""")).isEqualTo(1);
		assertThat(count("select count(*) from outbox_event where topic = 'social.housing-request.v1'")).isEqualTo(8);
		assertThat(count("select count(*) from work_plan_goal")).isGreaterThanOrEqualTo(5);
		// And GuaranteeDemoData's four ready for an own contract, published with their
		// object numbers (see GuaranteeDemoDataIT).
		assertThat(count("select count(*) from readiness_assessment where outcome = 'READY'")).isEqualTo(1 + 4);
		assertThat(count("select count(*) from outbox_event where topic = 'social.readiness.v1'")).isEqualTo(3 + 4);
		assertThat(count("select count(*) from consent")).isEqualTo(7 + 12 + 1);
		assertThat(count("select count(*) from outbox_event where topic = 'social.housing-need.v1'")).isZero();
		assertThat(count("select count(*) from household_member")).isEqualTo(6);
		assertThat(count("select count(*) from client where protected_identity")).isEqualTo(1);
		// Hanna's client with protected identity is a placeholder to the manager.
		assertThat(clientsOf(hanna)).contains("Sara Nilsson");
		assertThat(clientsOf(User.socialManager("enhetschef", SocialDemoData.UNIT))).doesNotContain("Sara Nilsson");

		// Hanna's start page: Astrid's follow-up overdue, Sara's review due soon, Maria's
		// decision expiring.
		ApiClient.Response start = new ApiClient("http://localhost:" + this.port)
			.withBearerToken(TestTokens.shared().token(hanna))
			.get("/social");
		assertThat(start.status()).isEqualTo(200);
		String overdue = start.body()
			.substring(start.body().indexOf("id=\"overdue-follow-ups\""),
					start.body().indexOf("id=\"upcoming-follow-ups\""));
		assertThat(overdue).contains("Astrid Lindqvist");
		String reviews = start.body()
			.substring(start.body().indexOf("id=\"readiness-reviews\""),
					start.body().indexOf("id=\"expiring-decisions\""));
		assertThat(reviews).contains("Sara Nilsson").contains("Inte redo än");
		assertThat(start.body().substring(start.body().indexOf("id=\"expiring-decisions\"")))
			.contains("Maria Johansson");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private List<String> clientsOf(User user) {
		ApiClient.Response response = new ApiClient("http://localhost:" + this.port)
			.withBearerToken(TestTokens.shared().token(user))
			.get("/api/social/clients");
		assertThat(response.status()).isEqualTo(200);
		return response.json().valueStream().map((client) -> client.get("name").asString()).toList();
	}

}
