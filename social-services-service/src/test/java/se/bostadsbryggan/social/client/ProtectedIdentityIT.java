package se.bostadsbryggan.social.client;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.bostadsbryggan.testsupport.ApiClient;
import se.bostadsbryggan.testsupport.ServiceIntegrationTest;
import se.bostadsbryggan.testsupport.TestTokens;
import se.bostadsbryggan.testsupport.TestTokens.User;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protected identity (skyddade personuppgifter): a client's name, number and address
 * reach only the responsible caseworker. A manager's lists, pages and exports show a
 * placeholder, searches of anyone else do not find the client, and every access is
 * audited with the protected flag.
 */
@ServiceIntegrationTest
class ProtectedIdentityIT {

	private static final String CLIENTS = "/api/social/clients";

	private static final String NAME = "Siv Skyddadsson";

	private static final String ADDRESS = "Hemliga vägen 7";

	@Autowired
	JdbcClient jdbc;

	@Value("${local.server.port}")
	int port;

	@Test
	void protectedIdentityIsHiddenFromListsSearchesAndExportsOfUsersNotResponsible() {
		String unit = "Enhet " + UUID.randomUUID().toString().substring(0, 8);
		User hannaUser = User.caseworker(name("hanna"), unit);
		User managerUser = User.socialManager(name("chef"), unit);
		ApiClient hanna = as(hannaUser);
		ApiClient manager = as(managerUser);
		String number = TestClients.nextNumber();
		ApiClient.Response registered = hanna.postJson(CLIENTS,
				Map.of("personalIdentityNumber", number, "name", NAME, "address", ADDRESS, "protectedIdentity", true));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		String id = registered.json().get("id").asString();
		hanna.postJson(CLIENTS, Map.of("personalIdentityNumber", TestClients.nextNumber(), "name", "Öppen Klient"));

		// The manager: a placeholder in the list, the page and the export; nothing in
		// searches.
		JsonNode managersList = manager.get(CLIENTS).json();
		JsonNode hidden = managersList.valueStream()
			.filter((client) -> client.get("id").asString().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(hidden.get("hidden").asBoolean()).isTrue();
		assertThat(hidden.get("name").isNull()).isTrue();
		assertThat(hidden.get("personalIdentityNumber").isNull()).isTrue();
		assertThat(hidden.get("address").isNull()).isTrue();
		assertThat(managersList.toString()).doesNotContain(NAME).doesNotContain(number.substring(2, 8));
		assertThat(manager.get("/social/clients").body()).contains("Skyddad identitet")
			.contains("Öppen Klient")
			.doesNotContain(NAME)
			.doesNotContain(number);
		assertThat(manager.get(CLIENTS + "?q=Siv").json()).isEmpty();
		assertThat(manager.get(CLIENTS + "?q=" + number).json()).isEmpty();
		assertThat(manager.get(CLIENTS + "?q=" + number.substring(2, 8)).json()).isEmpty();
		assertThat(manager.get("/social/clients?q=Skyddadsson").body()).doesNotContain(NAME);
		String csv = manager.get("/social/clients/export.csv").body();
		assertThat(csv).contains("Skyddad identitet")
			.contains("Öppen Klient")
			.doesNotContain(NAME)
			.doesNotContain(number);
		String page = manager.get("/social/clients/" + id).body();
		assertThat(page).contains("Skyddad identitet")
			.doesNotContain(NAME)
			.doesNotContain(ADDRESS)
			.doesNotContain(number);
		assertThat(manager.get(CLIENTS + "/" + id).json().get("hidden").asBoolean()).isTrue();

		// The responsible caseworker sees and finds the client.
		assertThat(hanna.get(CLIENTS + "?q=Siv").json()).hasSize(1);
		assertThat(hanna.get(CLIENTS + "?q=" + number).json()).hasSize(1);
		assertThat(hanna.get("/social/clients/export.csv").body()).contains(NAME);
		assertThat(hanna.get("/social/clients/" + id).body()).contains(NAME).contains(ADDRESS);

		// Every access to it is audited as concerning protected identity.
		for (String action : new String[] { "CLIENT_LIST", "CLIENT_EXPORT", "CLIENT_VIEW" }) {
			assertThat(protectedFlags(action, managerUser.username())).as(action).isNotEmpty().containsOnly(true);
		}
		assertThat(protectedFlags("CLIENT_REGISTER", hannaUser.username())).contains(true);
		assertThat(protectedFlags("CLIENT_VIEW", hannaUser.username())).isNotEmpty().containsOnly(true);
		assertThat(protectedFlags("CLIENT_SEARCH", hannaUser.username())).contains(true);
		assertThat(protectedFlags("HOUSEHOLD_VIEW", hannaUser.username())).isNotEmpty().containsOnly(true);
	}

	private java.util.List<Boolean> protectedFlags(String action, String username) {
		return this.jdbc
			.sql("select protected_identity from audit_event where action = :action and actor_username = :username")
			.param("action", action)
			.param("username", username)
			.query(Boolean.class)
			.list();
	}

	private ApiClient as(User user) {
		return new ApiClient("http://localhost:" + this.port).withBearerToken(TestTokens.shared().token(user));
	}

	private static String name(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
