package se.bostadsbryggan.gateway;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import se.bostadsbryggan.gateway.account.Account;
import se.bostadsbryggan.gateway.account.Accounts;
import se.bostadsbryggan.gateway.account.Organisation;
import se.bostadsbryggan.gateway.account.Role;
import se.bostadsbryggan.testsupport.FreshDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' pages through the gateway's port: create, disable, enable, reset
 * and change roles, each audited; others get 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bb.gateway.availability-timeout=200ms" })
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class AdminUsersIT {

	private static final String NEW_PASSWORD = "Trappuppgång-och-kaffe-7";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	private UUID adminId;

	private GatewayBrowser admin;

	@BeforeEach
	void logInAsAdministrator() {
		this.adminId = TestUsers.admin(this.accounts);
		TestUsers.housingStaff(this.accounts);
		this.admin = new GatewayBrowser(this.port).loggedInAs("administratoren", TestUsers.PASSWORD);
	}

	@Test
	void listsTheAccountsInSwedish() {
		HttpResponse<String> page = this.admin.get("/admin/users", Map.of());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Användare</h1>").contains("uthyrare").contains("Skapa konto");
	}

	@Test
	void createsAnAccountThatCanLogInAndAuditsWhoCreatedIt() {
		HttpResponse<String> created = this.admin.postForm("/admin/users",
				form("username=nyuthyrare&displayName=Ny+Uthyrare&organisation=HOUSING&roles=HOUSING_STAFF&password="
						+ GatewayBrowser.encode(NEW_PASSWORD)));

		assertThat(created.statusCode()).isEqualTo(302);
		Account account = this.accounts.findByUsername("nyuthyrare").orElseThrow();
		assertThat(account.roles()).containsExactly(Role.HOUSING_STAFF);
		new GatewayBrowser(this.port).loggedInAs("nyuthyrare", NEW_PASSWORD);
		assertThat(audited("ACCOUNT_CREATED", account.id())).isEqualTo(1);
	}

	@Test
	void refusesAWeakPasswordAndWritesNothing() {
		int before = this.accounts.list().size();

		HttpResponse<String> refused = this.admin.postForm("/admin/users", form(
				"username=svag&displayName=Svag&organisation=SOCIAL&roles=SOCIAL_CASEWORKER&password=password1234"));
		HttpResponse<String> wrongOrganisation = this.admin.postForm("/admin/users",
				form("username=blandad&displayName=Blandad&organisation=SOCIAL&roles=HOUSING_STAFF&password="
						+ GatewayBrowser.encode(NEW_PASSWORD)));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Lösenordet är för vanligt");
		assertThat(wrongOrganisation.body()).contains("En roll hör till den andra organisationen");
		assertThat(this.accounts.list()).hasSize(before);
	}

	@Test
	void refusesAnInvalidUsernameOrMissingFieldsAndWritesNothing() {
		int before = this.accounts.list().size();

		HttpResponse<String> invalid = this.admin.postForm("/admin/users",
				form("username=Med+Mellanslag&displayName=&organisation=&password=x"));

		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains("Användarnamnet får bara innehålla").contains("Välj minst en roll");
		assertThat(this.accounts.list()).hasSize(before);
	}

	@Test
	void disablesEnablesResetsAndChangesRolesWithAnAuditRowForEach() {
		UUID id = TestUsers.ensure(this.accounts, "andras", Organisation.SOCIAL, Role.SOCIAL_CASEWORKER);

		this.admin.postForm("/admin/users/" + id + "/enabled", form("enabled=false"));
		assertThat(new GatewayBrowser(this.port).login("andras", TestUsers.PASSWORD).headers().firstValue("Location"))
			.hasValue("/login?error");
		this.admin.postForm("/admin/users/" + id + "/enabled", form("enabled=true"));
		this.admin.postForm("/admin/users/" + id + "/password",
				form("password=" + GatewayBrowser.encode(NEW_PASSWORD)));
		new GatewayBrowser(this.port).loggedInAs("andras", NEW_PASSWORD);
		this.admin.postForm("/admin/users/" + id + "/roles", form("roles=SOCIAL_MANAGER&roles=ADMIN"));

		assertThat(this.accounts.find(id).orElseThrow().roles()).containsExactlyInAnyOrder(Role.SOCIAL_MANAGER,
				Role.ADMIN);
		assertThat(audited("ACCOUNT_DISABLED", id)).isEqualTo(1);
		assertThat(audited("ACCOUNT_ENABLED", id)).isEqualTo(1);
		assertThat(audited("PASSWORD_RESET", id)).isEqualTo(1);
		assertThat(audited("ROLES_CHANGED", id)).isEqualTo(1);
	}

	@Test
	void createsAnAccountInAUnitAndChangesTheUnitWithAnAuditRow() {
		this.admin.postForm("/admin/users",
				form("username=enhetsanstalld&displayName=Enhets+Anst%C3%A4lld&organisation=SOCIAL"
						+ "&roles=SOCIAL_CASEWORKER&unit=Vuxenenheten&password="
						+ GatewayBrowser.encode(NEW_PASSWORD)));
		UUID id = this.accounts.findByUsername("enhetsanstalld").orElseThrow().id();
		assertThat(this.accounts.find(id).orElseThrow().unit()).isEqualTo("Vuxenenheten");

		HttpResponse<String> changed = this.admin.postForm("/admin/users/" + id + "/unit", form("unit=Barn+och+unga"));

		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(this.accounts.find(id).orElseThrow().unit()).isEqualTo("Barn och unga");
		assertThat(this.admin.get("/admin/users", Map.of()).body()).contains("value=\"Barn och unga\"");
		assertThat(audited("UNIT_CHANGED", id)).isEqualTo(1);
		this.admin.postForm("/admin/users/" + id + "/unit", form("unit="));
		assertThat(this.accounts.find(id).orElseThrow().unit()).isNull();
	}

	@Test
	void refusesAShortPasswordOnReset() {
		UUID id = TestUsers.ensure(this.accounts, "kortlosen", Organisation.HOUSING, Role.HOUSING_STAFF);

		HttpResponse<String> refused = this.admin.postForm("/admin/users/" + id + "/password", form("password=kort"));

		assertThat(refused.body()).contains("minst 12 tecken");
		new GatewayBrowser(this.port).loggedInAs("kortlosen", TestUsers.PASSWORD);
	}

	@Test
	void othersGet403AndFormsWithoutTheTokenAreRefused() {
		GatewayBrowser staff = new GatewayBrowser(this.port).loggedInAs("uthyrare", TestUsers.PASSWORD);

		assertThat(staff.get("/admin/users", Map.of()).statusCode()).isEqualTo(403);
		assertThat(staff.postForm("/admin/users", "username=x").statusCode()).isEqualTo(403);
		assertThat(this.admin.postForm("/admin/users", "username=utantoken&displayName=X").statusCode()).isEqualTo(403);
		assertThat(this.accounts.findByUsername("utantoken")).isEmpty();
	}

	private String form(String fields) {
		return "_csrf=" + GatewayBrowser.encode(this.admin.csrfToken("/admin/users")) + "&" + fields;
	}

	private long audited(String action, UUID subject) {
		return this.jdbc.sql("select count(*) from audit_event where action = ? and subject_id = ? and actor_id = ?")
			.params(action, subject.toString(), this.adminId)
			.query(Long.class)
			.single();
	}

}
