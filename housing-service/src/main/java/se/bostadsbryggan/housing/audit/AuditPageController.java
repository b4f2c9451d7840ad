package se.bostadsbryggan.housing.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.AuditQuery;
import se.bostadsbryggan.audit.AuditView;

/**
 * The housing manager's view of housing-service's audit log (role {@code HOUSING_MANAGER}
 * only, by the service's access rules): who read or changed tenants' personal data.
 */
@Controller
class AuditPageController {

	private final AuditLog audit;

	AuditPageController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/housing/audit")
	String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String username, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subjectType, @RequestParam(required = false) String subjectId,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String page, Model model) {
		AuditQuery query = AuditQuery.parse(from, to, username, action, subjectType, subjectId, outcome, page);
		model.addAllAttributes(AuditView.model(this.audit, query, "/housing/audit"));
		return AuditView.TEMPLATE;
	}

}
