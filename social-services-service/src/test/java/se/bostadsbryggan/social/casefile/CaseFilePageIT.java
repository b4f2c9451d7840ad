package se.bostadsbryggan.social.casefile;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import se.bostadsbryggan.social.client.TestClients;
import se.bostadsbryggan.social.decision.DecisionService;
import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's page: household, consent with its history, decisions with their expiry,
 * needs, each through its form, with Swedish messages for wrong input.
 */
@ServiceIntegrationTest
class CaseFilePageIT {

	@Autowired
	DecisionService decisions;

	@Value("${local.server.port}")
	int port;

	@Test
	void theClientPageRecordsHouseholdConsentDecisionsAndNeedsAndShowsExpiry() {
		ApiClient hanna = new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared()
			.token(User.caseworker("hanna-" + UUID.randomUUID().toString().substring(0, 8), "Sidenheten")));
		String number = TestClients.nextNumber();
		ApiClient.Response client = hanna.postJson("/api/social/clients",
				Map.of("personalIdentityNumber", number, "name", "Greta Sida"));
		String page = "/social/clients/" + client.json().get("id").asString();
		LocalDate today = this.decisions.today();

		assertThat(hanna.postForm(page + "/household", "kind=ADULT&name=").body())
			.contains("Ange namnet på den vuxna.");
		assertThat(hanna.postForm(page + "/household", "kind=CHILD&name=&personalIdentityNumber=").status())
			.isEqualTo(302);
		assertThat(
				hanna
					.postForm(page + "/decisions",
							"decidedOn=" + today + "&validFrom=" + today + "&validTo=" + today.minusDays(1)
									+ "&decidedBy=Chef")
					.body())
			.contains("Sista dagen får inte vara före första dagen.");
		assertThat(
				hanna
					.postForm(page + "/decisions",
							"decidedOn=" + today + "&validFrom=" + today + "&validTo=" + today.plusDays(10)
									+ "&decidedBy=Chef")
					.status())
			.isEqualTo(302);
		assertThat(hanna.postForm(page + "/consents", "given=true&statedOn=" + today.minusDays(5)).status())
			.isEqualTo(302);
		assertThat(hanna.postForm(page + "/consents", "given=false&statedOn=" + today).status()).isEqualTo(302);
		assertThat(
				hanna.postForm(page + "/housing-needs", "householdSize=2&roomsNeeded=2&conflictPersons=19900101-0018")
					.body())
			.contains("kontrollsiffran stämmer inte");
		assertThat(hanna
			.postForm(page + "/housing-needs",
					"householdSize=2&roomsNeeded=2&needsLift=true&conflictPersons=19900101-0017&areasToAvoid=Norrby")
			.status()).isEqualTo(302);

		String shown = hanna.get(page).body();
		assertThat(shown).contains("Barn")
			.contains("Löper ut inom 30 dagar")
			.contains("Klienten återkallade sitt samtycke " + today)
			.contains("Lämnat")
			.contains("19900101-0017")
			.contains("Norrby")
			.contains("Skicka förfrågan om bostad");
	}

}
