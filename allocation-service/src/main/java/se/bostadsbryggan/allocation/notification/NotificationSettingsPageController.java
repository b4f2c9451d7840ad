package se.bostadsbryggan.allocation.notification;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import se.bostadsbryggan.web.PageForms;

/**
 * The caller's notification e-mail settings: an address (none: no mail) and immediate
 * mail or a daily summary. The organisation comes from the login.
 */
@Controller
class NotificationSettingsPageController {

	private final Mails mails;

	NotificationSettingsPageController(Mails mails) {
		this.mails = mails;
	}

	@GetMapping("/allocation/notifications/settings")
	String show(Model model) {
		MailSettings mine = this.mails.mine();
		model.addAttribute("form", new SettingsForm(mine.email(), mine.delivery()));
		return page(model, mine);
	}

	@PostMapping("/allocation/notifications/settings")
	String save(@Valid @ModelAttribute("form") SettingsForm form, BindingResult errors, Model model) {
		if (PageForms.perform(errors, () -> this.mails.save(form.email(), form.delivery()))) {
			return "redirect:/allocation/notifications/settings?saved";
		}
		return page(model, this.mails.mine());
	}

	private String page(Model model, MailSettings mine) {
		model.addAttribute("settings", mine);
		model.addAttribute("deliveries", Delivery.values());
		return "notifications/settings";
	}

}
