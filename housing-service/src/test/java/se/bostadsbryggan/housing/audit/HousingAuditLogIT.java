package se.bostadsbryggan.housing.audit;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ServiceIntegrationTest
class HousingAuditLogIT {

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void theHousingManagerSeesTheAuditLogPageAndItsReadingIsLogged() {
		String username = "chef-" + UUID.randomUUID().toString().substring(0, 8);
		ApiClient manager = as(TestTokens.User.of(username, "HOUSING", "HOUSING_MANAGER"));

		ApiClient.Response first = manager.get("/housing/audit");
		ApiClient.Response second = manager.get("/housing/audit?username=" + username + "&action=AUDIT_LOG_READ");
		ApiClient.Response none = manager.get("/housing/audit?username=nobody-at-all&lang=en");

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).contains("<h1>Åtkomstlogg</h1>")
			.contains("<label for=\"username\">Användare</label>")
			.contains("href=\"/housing/audit\">Åtkomstlogg</a>");
		assertThat(second.body()).contains("Läste åtkomstloggen").contains(username).doesNotContain("Inga händelser");
		assertThat(none.body()).contains("No events match the filter.");
		assertThat(this.jdbc
			.sql("select count(*) from audit_event where action = 'AUDIT_LOG_READ' and actor_username = :username")
			.param("username", username)
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void lettingStaffNeitherSeeTheLinkNorReachThePage() {
		ApiClient staff = as(TestTokens.User.of("bovard", "HOUSING", "HOUSING_STAFF"));

		assertThat(staff.get("/housing/apartments").body()).doesNotContain("/housing/audit");
		assertThat(staff.get("/housing/audit").status()).isEqualTo(403);
	}

	@Test
	void theAuditTableRejectsUpdateDeleteAndTruncateFromTheApplicationsDatabaseUser() {
		as(TestTokens.User.of("fastighetschef", "HOUSING", "HOUSING_MANAGER")).get("/housing/audit");

		assertThatThrownBy(() -> this.jdbc.sql("update audit_event set outcome = 'DENIED'").update()).rootCause()
			.hasMessageContaining("audit_event is append-only: UPDATE refused");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_event").update()).rootCause()
			.hasMessageContaining("audit_event is append-only: DELETE refused");
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_event").update()).rootCause()
			.hasMessageContaining("audit_event is append-only: TRUNCATE refused");
		assertThat(this.jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isPositive();
	}

	private ApiClient as(TestTokens.User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

}
