package se.bostadsbryggan.gateway;

import java.util.EnumSet;
import java.util.UUID;

import se.bostadsbryggan.gateway.account.Accounts;
import se.bostadsbryggan.gateway.account.Organisation;
import se.bostadsbryggan.gateway.account.Role;

/**
 * Test accounts, created when missing, all with {@link #PASSWORD}.
 */
final class TestUsers {

	static final String PASSWORD = "Rätt-häst-batteri-42";

	private TestUsers() {
	}

	static UUID ensure(Accounts accounts, String username, Organisation organisation, Role role, Role... more) {
		return accounts.findByUsername(username)
			.map((account) -> account.id())
			.orElseGet(() -> accounts.create(username, "Test " + username, organisation, EnumSet.of(role, more),
					PASSWORD));
	}

	static UUID housingStaff(Accounts accounts) {
		return ensure(accounts, "uthyrare", Organisation.HOUSING, Role.HOUSING_STAFF);
	}

	static UUID caseworker(Accounts accounts) {
		return ensure(accounts, "handlaggaren", Organisation.SOCIAL, Role.SOCIAL_CASEWORKER);
	}

	static UUID admin(Accounts accounts) {
		return ensure(accounts, "administratoren", Organisation.SOCIAL, Role.ADMIN);
	}

}
