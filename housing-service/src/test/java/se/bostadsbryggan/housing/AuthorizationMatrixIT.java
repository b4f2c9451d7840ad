package se.bostadsbryggan.housing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import se.bostadsbryggan.testsupport.ServiceSecurityContract;

import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.HOUSING;
import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.HOUSING_MANAGER;
import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.NOBODY;

/**
 * Who may call which endpoint of housing-service: the housing company's staff only, its
 * audit log the housing manager only; an endpoint the application maps but this table
 * lacks fails the test.
 */
class AuthorizationMatrixIT extends ServiceSecurityContract {

	@Override
	protected Map<String, Set<Identity>> table() {
		return endpoints()
			.allow(HOUSING, "GET /api/housing/apartments", "GET /api/housing/apartments/{id}",
					"POST /api/housing/apartments", "POST /api/housing/apartments/{id}/vacancy")
			.allow(HOUSING, "GET /housing", "GET /housing/", "GET /housing/apartments", "POST /housing/apartments",
					"POST /housing/apartments/{id}/vacancy")
			.allow(EnumSet.of(HOUSING_MANAGER), "GET /housing/audit")
			.allow(NOBODY, "GET /error")
			.build();
	}

	@Override
	protected String protectedPath() {
		return "/api/housing/apartments";
	}

}
