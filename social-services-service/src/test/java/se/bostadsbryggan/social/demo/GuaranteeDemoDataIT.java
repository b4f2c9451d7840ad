package se.bostadsbryggan.social.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import se.bostadsbryggan.social.guarantee.GuaranteeService;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With demo data: clients on housing's 12 social contracts and its 2 guaranteed leases,
 * one guarantee due for review, and a falling trend from 21 guarantees in 2015 to 2 now.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "bb.demo.enabled=true")
class GuaranteeDemoDataIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GuaranteeService guarantees;

	@Value("${local.server.port}")
	int port;

	@Test
	void theDemoMatchesHousingsSocialContractsAndGuaranteesAndShowsGötenesTrend() {
		LocalDate today = this.guarantees.today();
		assertThat(this.jdbc.sql("""
				select object_number || ' ' || address || ' ' || start_date from social_contract
				where end_date is null order by object_number""").query(String.class).list()).hasSize(12)
			.contains("1101-0102 Storgatan 10A " + HousingDemoTenancies.currentLeaseStart(5, today))
			.contains("1504-0001 Hönsätervägen 16A " + HousingDemoTenancies.currentLeaseStart(368, today));
		assertThat(this.jdbc.sql("""
				select g.object_number || ' ' || c.name || ' ' || c.personal_identity_number || ' ' || g.start_date
				from guarantee g join client c on c.id = g.client_id where g.status = 'ACTIVE' order by g.object_number
				""").query(String.class).list()).containsExactly("1104-0003 Ingrid Pettersson 195501250509 2010-03-01",
				"1401-0203 Elin Jonsson 197504302501 2018-11-01");
		assertThat(this.jdbc.sql("""
				select count(*) from client c where exists (select 1 from social_contract s where s.client_id = c.id
				  and s.end_date is null)
				  and exists (select 1 from consent k where k.client_id = c.id and k.given)
				  and exists (select 1 from support_decision d where d.client_id = c.id
				              and current_date between d.valid_from and d.valid_to)
				""").query(Long.class).single()).isEqualTo(12);

		// Own contracts: four clients ready, published with their object numbers.
		assertThat(this.jdbc
			.sql("""
					select aggregate_key from outbox_event where topic = 'social.readiness.v1' and length(aggregate_key) < 36
					""")
			.query(String.class)
			.list()).containsExactlyInAnyOrder(HousingDemoTenancies.objectNumber(5),
					HousingDemoTenancies.objectNumber(38), HousingDemoTenancies.objectNumber(71), "1104-0003");

		User hanna = new User(UUID.randomUUID(), "handlaggare", "Hanna Handläggare", SocialDemoData.UNIT, "SOCIAL",
				List.of("SOCIAL_CASEWORKER"));
		ApiClient api = new ApiClient("http://localhost:" + this.port)
			.withBearerToken(TestTokens.shared().token(hanna));
		List<JsonNode> due = api.get("/api/social/guarantees/due").json().valueStream().toList();
		assertThat(due).singleElement()
			.satisfies((row) -> assertThat(row.get("clientName").asString()).isEqualTo("Ingrid Pettersson"));

		JsonNode overview = api.get("/api/social/guarantees/overview").json();
		assertThat(overview.get("guaranteesNow").asInt()).isEqualTo(2);
		assertThat(overview.get("contractsNow").asInt()).isEqualTo(12);
		List<Integer> guaranteesPerYear = overview.get("years")
			.valueStream()
			.filter((year) -> year.get("year").asInt() >= 2015)
			.map((year) -> year.get("guarantees").get("active").asInt())
			.toList();
		assertThat(guaranteesPerYear.get(0)).isEqualTo(21);
		assertThat(guaranteesPerYear.get(guaranteesPerYear.size() - 1)).isEqualTo(2);
		for (int k = 1; k < guaranteesPerYear.size(); k++) {
			assertThat(guaranteesPerYear.get(k)).isLessThanOrEqualTo(guaranteesPerYear.get(k - 1));
		}
		String page = api.get("/social/guarantees/overview").body();
		assertThat(page).contains("2015: 21 borgen").contains("<rect");
		assertThat(api.get("/social/guarantees").body()).contains("Ingrid Pettersson")
			.contains("1104-0003")
			.contains("Dags att ompröva")
			.doesNotContain("Elin Jonsson");
	}

}
