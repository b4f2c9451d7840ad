package se.bostadsbryggan.social.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.bostadsbryggan.audit.AuditFilter;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.AuditView;

/**
 * The manager's view of social services' audit log (role {@code SOCIAL_MANAGER} only, by
 * the service's access rules).
 */
@Controller
class AuditPageController {

	private final AuditLog audit;

	AuditPageController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/social/audit")
	String page(AuditFilter filter, Model model) {
		model.addAllAttributes(AuditView.model(this.audit, filter.query(), "/social/audit"));
		return AuditView.TEMPLATE;
	}

}
