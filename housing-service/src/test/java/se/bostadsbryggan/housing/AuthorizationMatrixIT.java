package se.bostadsbryggan.housing;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import se.bostadsbryggan.testsupport.ServiceSecurityContract;

import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.HOUSING;
import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.NOBODY;

/**
 * Who may call which endpoint of housing-service: the housing company's staff only;
 * publishing the turnover and the audit log only its housing manager; an endpoint the
 * application maps but this table lacks fails the test.
 */
class AuthorizationMatrixIT extends ServiceSecurityContract {

	/**
	 * Publishing the turnover and importing apartments and leases are the housing
	 * manager's.
	 */
	private static final Set<Identity> MANAGER = EnumSet.of(Identity.HOUSING_MANAGER);

	@Override
	protected Map<String, Set<Identity>> table() {
		return endpoints()
			.allow(HOUSING, "GET /api/housing/apartments", "GET /api/housing/apartments/{id}",
					"POST /api/housing/apartments", "POST /api/housing/apartments/{id}/vacancy")
			.allow(HOUSING, "GET /api/housing/stairwells")
			.allow(HOUSING, "GET /api/housing/apartments/{id}/leases", "POST /api/housing/apartments/{id}/leases",
					"GET /api/housing/leases/{leaseId}", "POST /api/housing/leases/{leaseId}/end")
			.allow(HOUSING, "GET /api/housing/turnover")
			.allow(MANAGER, "POST /api/housing/turnover/{year}/publish")
			.allow(HOUSING, "GET /housing", "GET /housing/", "GET /housing/apartments", "POST /housing/apartments",
					"POST /housing/apartments/{id}/vacancy")
			.allow(HOUSING, "GET /housing/apartments/{id}", "POST /housing/apartments/{id}/leases",
					"POST /housing/leases/{leaseId}/end")
			.allow(HOUSING, "GET /housing/turnover")
			.allow(MANAGER, "POST /housing/turnover/{year}/publish")
			.allow(MANAGER, "GET /housing/audit")
			.allow(HOUSING, "GET /api/housing/leases/{leaseId}/ledger", "POST /api/housing/leases/{leaseId}/payments")
			.allow(HOUSING, "GET /api/housing/leases/{leaseId}/disturbances",
					"POST /api/housing/leases/{leaseId}/disturbances", "GET /api/housing/disturbances/{id}",
					"POST /api/housing/disturbances/{id}/conclusion")
			.allow(HOUSING, "POST /api/housing/imports/payments")
			.allow(MANAGER, "POST /api/housing/imports/apartments")
			.allow(HOUSING, "GET /housing/leases/{leaseId}/ledger", "POST /housing/leases/{leaseId}/payments")
			.allow(HOUSING, "GET /housing/leases/{leaseId}/disturbances", "POST /housing/leases/{leaseId}/disturbances",
					"POST /housing/disturbances/{id}/conclusion")
			.allow(HOUSING, "GET /housing/imports", "POST /housing/imports/payments")
			.allow(MANAGER, "POST /housing/imports/apartments")
			.allow(HOUSING, "GET /housing/takeovers", "GET /housing/leases/{leaseId}/takeover")
			.allow(MANAGER, "POST /housing/leases/{leaseId}/takeover/approval",
					"POST /housing/leases/{leaseId}/takeover/decline")
			.allow(NOBODY, "GET /error")
			.build();
	}

	@Override
	protected String protectedPath() {
		return "/api/housing/apartments";
	}

}
