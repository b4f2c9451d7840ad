package se.bostadsbryggan.gateway.account;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;

/**
 * The local run's demo users, created at start when missing, each with the password
 * {@code demo} (exempt from the password policy). A demo user made before units existed
 * gets its unit. Exists only with {@code bb.demo.enabled=true}.
 */
class DemoUsers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	static final String PASSWORD = "demo";

	/** The social services unit of the demo caseworkers and their manager. */
	static final String DEMO_UNIT = "Vuxenenheten";

	static final List<DemoUser> USERS = List.of(
			new DemoUser("bovard", "Bo Vård", Organisation.HOUSING, Role.HOUSING_STAFF, null),
			new DemoUser("fastighetschef", "Fia Fastighetschef", Organisation.HOUSING, Role.HOUSING_MANAGER, null),
			new DemoUser("handlaggare", "Hanna Handläggare", Organisation.SOCIAL, Role.SOCIAL_CASEWORKER, DEMO_UNIT),
			new DemoUser("handlaggare2", "Hugo Handläggare", Organisation.SOCIAL, Role.SOCIAL_CASEWORKER, DEMO_UNIT),
			new DemoUser("enhetschef", "Elin Enhetschef", Organisation.SOCIAL, Role.SOCIAL_MANAGER, DEMO_UNIT),
			new DemoUser("admin", "Adam Administratör", Organisation.HOUSING, Role.ADMIN, null));

	private final Accounts accounts;

	DemoUsers(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (DemoUser user : USERS) {
			Optional<Account> existing = this.accounts.findByUsername(user.username());
			if (existing.isEmpty()) {
				try {
					this.accounts.create(user.username(), user.displayName(), user.organisation(), Set.of(user.role()),
							user.unit(), PASSWORD);
					log.info("Created demo user {}", user.username());
				}
				catch (UsernameTakenException | DuplicateKeyException ex) {
					// another gateway instance created it first
				}
			}
			else if (user.unit() != null && existing.get().unit() == null) {
				this.accounts.setUnit(existing.get().id(), user.unit());
				log.info("Demo user {} is now in unit {}", user.username(), user.unit());
			}
		}
	}

	record DemoUser(String username, String displayName, Organisation organisation, Role role, String unit) {
	}

}
