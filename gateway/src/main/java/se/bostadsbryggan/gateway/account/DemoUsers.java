package se.bostadsbryggan.gateway.account;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

/**
 * The local run's demo users, created at start when missing, each with the password
 * {@code demo} (exempt from the password policy). Exists only with
 * {@code bb.demo.enabled=true}.
 */
class DemoUsers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	static final String PASSWORD = "demo";

	static final List<DemoUser> USERS = List.of(
			new DemoUser("bovard", "Bo Vård", Organisation.HOUSING, Role.HOUSING_STAFF),
			new DemoUser("fastighetschef", "Fia Fastighetschef", Organisation.HOUSING, Role.HOUSING_MANAGER),
			new DemoUser("handlaggare", "Hanna Handläggare", Organisation.SOCIAL, Role.SOCIAL_CASEWORKER),
			new DemoUser("handlaggare2", "Hugo Handläggare", Organisation.SOCIAL, Role.SOCIAL_CASEWORKER),
			new DemoUser("enhetschef", "Elin Enhetschef", Organisation.SOCIAL, Role.SOCIAL_MANAGER),
			new DemoUser("admin", "Adam Administratör", Organisation.HOUSING, Role.ADMIN));

	private final Accounts accounts;

	DemoUsers(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoUser user : USERS) {
			if (this.accounts.findByUsername(user.username()).isEmpty()) {
				try {
					this.accounts.create(user.username(), user.displayName(), user.organisation(), Set.of(user.role()),
							PASSWORD);
					log.info("Created demo user {}", user.username());
				}
				catch (UsernameTakenException | org.springframework.dao.DuplicateKeyException ex) {
					// another gateway instance created it first
				}
			}
		}
	}

	record DemoUser(String username, String displayName, Organisation organisation, Role role) {
	}

}
