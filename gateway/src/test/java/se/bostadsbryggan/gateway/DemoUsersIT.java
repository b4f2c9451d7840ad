package se.bostadsbryggan.gateway;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import se.bostadsbryggan.gateway.account.Account;
import se.bostadsbryggan.gateway.account.Accounts;
import se.bostadsbryggan.gateway.account.Organisation;
import se.bostadsbryggan.gateway.account.Role;
import se.bostadsbryggan.testsupport.FreshDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With demo data loaded ({@code bb.demo.enabled=true}) the demo users exist and log in
 * with {@code demo}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "bb.demo.enabled=true", "bb.gateway.availability-timeout=200ms" })
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
class DemoUsersIT {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationContext context;

	@Test
	void createsTheDemoUsersWithTheirRoles() {
		assertThat(this.accounts.list()).extracting(Account::username)
			.containsExactlyInAnyOrder("admin", "bovard", "enhetschef", "fastighetschef", "handlaggare",
					"handlaggare2");
		Account bovard = this.accounts.findByUsername("bovard").orElseThrow();
		assertThat(bovard.organisation()).isEqualTo(Organisation.HOUSING);
		assertThat(bovard.roles()).containsExactly(Role.HOUSING_STAFF);
		assertThat(this.accounts.findByUsername("handlaggare2").orElseThrow().roles())
			.isEqualTo(java.util.Set.of(Role.SOCIAL_CASEWORKER));
		assertThat(this.accounts.findByUsername("admin").orElseThrow().roles()).isEqualTo(java.util.Set.of(Role.ADMIN));
		assertThat(this.accounts.list()).filteredOn((account) -> "Vuxenenheten".equals(account.unit()))
			.extracting(Account::username)
			.containsExactlyInAnyOrder("handlaggare", "handlaggare2", "enhetschef");
		for (String user : List.of("bovard", "fastighetschef", "handlaggare", "handlaggare2", "enhetschef", "admin")) {
			new GatewayBrowser(this.port).loggedInAs(user, "demo");
		}
	}

	@Test
	void givesADemoUserMadeBeforeUnitsExistedItsUnitAtTheNextStart() throws Exception {
		Account handlaggare = this.accounts.findByUsername("handlaggare").orElseThrow();
		this.accounts.setUnit(handlaggare.id(), null);

		this.context.getBean("demoUsers", ApplicationRunner.class).run(new DefaultApplicationArguments());

		assertThat(this.accounts.find(handlaggare.id()).orElseThrow().unit()).isEqualTo("Vuxenenheten");
		assertThat(this.accounts.findByUsername("bovard").orElseThrow().unit()).isNull();
	}

}
