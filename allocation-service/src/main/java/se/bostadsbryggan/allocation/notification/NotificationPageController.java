package se.bostadsbryggan.allocation.notification;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page of the caller's notices, newest first, with the unread ones marked, and the
 * forms that mark one or all read.
 */
@Controller
class NotificationPageController {

	private final Notifications notifications;

	NotificationPageController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/allocation/notifications")
	String list(Model model) {
		model.addAttribute("notices", this.notifications.mine());
		model.addAttribute("unread", this.notifications.unread());
		return "notifications/list";
	}

	@PostMapping("/allocation/notifications/{id}/read")
	String markRead(@PathVariable UUID id) {
		this.notifications.markRead(id);
		return "redirect:/allocation/notifications";
	}

	@PostMapping("/allocation/notifications/read")
	String markAllRead() {
		this.notifications.markAllRead();
		return "redirect:/allocation/notifications";
	}

}
