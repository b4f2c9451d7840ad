package se.bostadsbryggan.allocation;

import java.util.Map;
import java.util.Set;

import se.bostadsbryggan.testsupport.ServiceSecurityContract;

import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.ALL_STAFF;
import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.NOBODY;

/**
 * Who may call which endpoint of allocation-service: both organisations' staff, not the
 * admin; an endpoint the application maps but this table lacks fails the test.
 */
class AuthorizationMatrixIT extends ServiceSecurityContract {

	@Override
	protected Map<String, Set<Identity>> table() {
		return endpoints()
			.allow(ALL_STAFF, "GET /api/allocation/apartments", "GET /api/allocation/apartments/{id}",
					"GET /api/allocation/housing-needs")
			.allow(ALL_STAFF, "GET /allocation", "GET /allocation/")
			.allow(NOBODY, "GET /error")
			.build();
	}

	@Override
	protected String protectedPath() {
		return "/api/allocation/apartments";
	}

}
