package se.bostadsbryggan.social.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.AuditPage;
import se.bostadsbryggan.audit.AuditQuery;

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
	AuditPage search(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String username, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String page) {
		return this.audit.search(AuditQuery.parse(from, to, username, action, subjectType, subjectId, outcome, page));
	}

}
