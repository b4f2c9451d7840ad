package se.bostadsbryggan.allocation.notification;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's in-app notices as JSON, and the unread count the shared header's badge
 * shows.
 */
@RestController
class NotificationApiController {

	private final Notifications notifications;

	NotificationApiController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/allocation/notifications")
	List<Notice> list() {
		return this.notifications.mine();
	}

	@GetMapping("/api/allocation/notifications/unread-count")
	Map<String, Integer> unreadCount() {
		return Map.of("unread", this.notifications.unread());
	}

}
