package se.bostadsbryggan.social.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.bostadsbryggan.audit.AuditFilter;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.AuditPage;

/**
 * Social services' audit log as a JSON API, for managers; the same filters as the page.
 */
@RestController
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/api/social/audit")
	AuditPage search(AuditFilter filter) {
		return this.audit.search(filter.query());
	}

}
