package se.bostadsbryggan.allocation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import se.bostadsbryggan.testsupport.ServiceSecurityContract;

import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.ALL_STAFF;
import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.HOUSING;
import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.NOBODY;
import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.SOCIAL;

/**
 * Who may call which endpoint of allocation-service: both organisations' staff, not the
 * admin; saving the agreement only the two managers, granting a quota exception only the
 * housing manager, offering an apartment for a social contract only the housing company's
 * staff, and so is offering an apartment for a request; answering an offer is social
 * services'; meetings are both organisations'; an endpoint the application maps but this
 * table lacks fails the test.
 */
class AuthorizationMatrixIT extends ServiceSecurityContract {

	/** Saving a version of the agreement is for either organisation's manager. */
	private static final Set<Identity> MANAGERS = EnumSet.of(Identity.HOUSING_MANAGER, Identity.SOCIAL_MANAGER);

	/** Granting a quota exception is the housing manager's. */
	private static final Set<Identity> HOUSING_MANAGER = EnumSet.of(Identity.HOUSING_MANAGER);

	@Override
	protected Map<String, Set<Identity>> table() {
		return endpoints().allow(ALL_STAFF, "GET /api/allocation/apartments", "GET /api/allocation/apartments/{id}")
			.allow(ALL_STAFF, "GET /allocation", "GET /allocation/")
			.allow(ALL_STAFF, "GET /allocation/agreement", "GET /api/allocation/agreements/{year}")
			.allow(MANAGERS, "POST /allocation/agreement/{year}/versions",
					"POST /api/allocation/agreements/{year}/versions")
			.allow(ALL_STAFF, "GET /allocation/quota", "GET /api/allocation/quota/{year}")
			.allow(HOUSING_MANAGER, "POST /allocation/quota/{year}/exceptions",
					"POST /api/allocation/quota/{year}/exceptions")
			.allow(ALL_STAFF, "GET /allocation/requests", "GET /api/allocation/requests",
					"GET /allocation/requests/{reference}/matches")
			.allow(ALL_STAFF, "GET /allocation/apartments", "GET /allocation/apartments/{id}/matches")
			.allow(HOUSING, "POST /allocation/apartments/{id}/social-contract",
					"POST /allocation/apartments/{id}/social-contract/withdrawal")
			.allow(HOUSING, "POST /allocation/apartments/{id}/social-contract/offers",
					"POST /api/allocation/apartments/{apartmentId}/offers")
			.allow(ALL_STAFF, "GET /allocation/offers", "GET /allocation/offers/{id}", "GET /api/allocation/offers",
					"GET /api/allocation/offers/{id}", "GET /allocation/placements", "GET /api/allocation/placements")
			.allow(SOCIAL, "POST /allocation/offers/{id}/answer", "POST /api/allocation/offers/{id}/answer")
			.allow(ALL_STAFF, "GET /allocation/spread")
			.allow(ALL_STAFF, "GET /allocation/trends", "GET /allocation/trends.csv", "GET /api/allocation/trends")
			.allow(ALL_STAFF, "GET /allocation/notifications", "POST /allocation/notifications/{id}/read",
					"POST /allocation/notifications/read", "GET /api/allocation/notifications",
					"GET /api/allocation/notifications/unread-count", "GET /allocation/notifications/settings",
					"POST /allocation/notifications/settings")
			.allow(ALL_STAFF, "GET /allocation/contracts", "GET /allocation/contracts/{leaseId}",
					"GET /api/allocation/contracts", "GET /api/allocation/contracts/{leaseId}")
			.allow(ALL_STAFF, "GET /allocation/meetings", "POST /allocation/meetings", "GET /allocation/meetings/{id}",
					"POST /allocation/meetings/{id}/decisions", "POST /allocation/meetings/{id}/actions",
					"POST /allocation/meetings/{id}/actions/{actionId}/done", "POST /allocation/meetings/{id}/close",
					"GET /allocation/meetings/{id}/minutes", "GET /allocation/meetings/{id}/minutes.pdf",
					"GET /api/allocation/meetings", "POST /api/allocation/meetings",
					"GET /api/allocation/meetings/{id}", "POST /api/allocation/meetings/{id}/decisions",
					"POST /api/allocation/meetings/{id}/actions",
					"POST /api/allocation/meetings/{id}/actions/{actionId}/done",
					"POST /api/allocation/meetings/{id}/close")
			.allow(NOBODY, "GET /error")
			.build();
	}

	@Override
	protected String protectedPath() {
		return "/api/allocation/apartments";
	}

}
