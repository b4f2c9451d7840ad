package se.bostadsbryggan.housing.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.bostadsbryggan.audit.AuditFilter;
import se.bostadsbryggan.audit.AuditLog;
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
	String page(AuditFilter filter, Model model) {
		model.addAllAttributes(AuditView.model(this.audit, filter.query(), "/housing/audit"));
		return AuditView.TEMPLATE;
	}

}
