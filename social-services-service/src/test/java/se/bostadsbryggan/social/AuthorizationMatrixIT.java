package se.bostadsbryggan.social;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import se.bostadsbryggan.testsupport.ServiceSecurityContract;

import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.SOCIAL;
import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.SOCIAL_MANAGER;
import static se.bostadsbryggan.testsupport.ServiceSecurityContract.Identity.NOBODY;

/**
 * Who may call which endpoint of social-services-service: social services' staff only,
 * its audit log managers only; an endpoint the application maps but this table lacks
 * fails the test.
 */
class AuthorizationMatrixIT extends ServiceSecurityContract {

	@Override
	protected Map<String, Set<Identity>> table() {
		return endpoints()
			.allow(SOCIAL, "GET /api/social/housing-needs", "GET /api/social/housing-needs/{id}",
					"POST /api/social/housing-needs")
			.allow(SOCIAL, "GET /api/social/clients", "GET /api/social/clients/{id}", "POST /api/social/clients",
					"POST /api/social/clients/{id}/case/close", "POST /api/social/clients/{id}/case/reopen")
			.allow(SOCIAL, "GET /social", "GET /social/", "GET /social/housing-needs", "POST /social/housing-needs")
			.allow(SOCIAL, "GET /social/clients", "POST /social/clients", "GET /social/clients/{id}",
					"GET /social/clients/export.csv", "POST /social/clients/{id}/case/close",
					"POST /social/clients/{id}/case/reopen")
			.allow(SOCIAL, "GET /api/social/clients/{clientId}/household",
					"POST /api/social/clients/{clientId}/household", "GET /api/social/clients/{clientId}/consents",
					"POST /api/social/clients/{clientId}/consents", "GET /api/social/clients/{clientId}/decisions",
					"POST /api/social/clients/{clientId}/decisions", "GET /api/social/clients/{clientId}/housing-needs",
					"POST /api/social/clients/{clientId}/housing-needs",
					"POST /api/social/housing-needs/{needId}/requests")
			.allow(SOCIAL, "POST /social/clients/{id}/household", "POST /social/clients/{id}/consents",
					"POST /social/clients/{id}/decisions", "POST /social/clients/{id}/housing-needs",
					"POST /social/housing-needs/{needId}/requests")
			.allow(SOCIAL, "GET /api/social/clients/{clientId}/social-contracts",
					"POST /api/social/clients/{clientId}/social-contracts",
					"POST /api/social/clients/{clientId}/social-contracts/{contractId}/end",
					"GET /api/social/clients/{clientId}/guarantees", "POST /api/social/clients/{clientId}/guarantees",
					"POST /api/social/clients/{clientId}/guarantees/{guaranteeId}/reviews",
					"POST /api/social/clients/{clientId}/guarantees/{guaranteeId}/close",
					"GET /api/social/guarantees/due", "GET /api/social/guarantees/overview")
			.allow(SOCIAL, "POST /social/clients/{id}/social-contracts",
					"POST /social/clients/{id}/social-contracts/{contractId}/end",
					"POST /social/clients/{id}/guarantees",
					"POST /social/clients/{id}/guarantees/{guaranteeId}/reviews",
					"POST /social/clients/{id}/guarantees/{guaranteeId}/close", "GET /social/guarantees",
					"GET /social/guarantees/overview", "GET /social/guarantees/overview.csv")
			.allow(SOCIAL, "GET /api/social/clients/{clientId}/work-plan",
					"POST /api/social/clients/{clientId}/work-plan/goals",
					"POST /api/social/clients/{clientId}/work-plan/goals/{goalId}/status",
					"POST /api/social/clients/{clientId}/work-plan/follow-ups",
					"POST /api/social/clients/{clientId}/work-plan/follow-ups/held",
					"GET /api/social/clients/{clientId}/readiness-assessments",
					"POST /api/social/clients/{clientId}/readiness-assessments")
			.allow(SOCIAL, "GET /api/social/clients/{clientId}/placements")
			.allow(SOCIAL, "GET /api/social/clients/{clientId}/own-contract",
					"POST /api/social/clients/{clientId}/own-contract/{leaseId}/approval",
					"POST /api/social/clients/{clientId}/lasting-solutions",
					"DELETE /api/social/clients/{clientId}/lasting-solutions/{markId}",
					"POST /social/clients/{id}/own-contract/{leaseId}/approval",
					"POST /social/clients/{id}/lasting-solutions",
					"POST /social/clients/{id}/lasting-solutions/{markId}/unmark")
			.allow(SOCIAL, "POST /social/clients/{id}/work-plan/goals",
					"POST /social/clients/{id}/work-plan/goal-status", "POST /social/clients/{id}/work-plan/follow-ups",
					"POST /social/clients/{id}/work-plan/follow-ups/held",
					"POST /social/clients/{id}/readiness-assessments")
			.allow(EnumSet.of(SOCIAL_MANAGER), "GET /social/audit", "GET /api/social/audit")
			.allow(NOBODY, "GET /error")
			.build();
	}

	@Override
	protected String protectedPath() {
		return "/api/social/housing-needs";
	}

}
