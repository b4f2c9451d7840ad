package se.bostadsbryggan.allocation.takeover;

import org.springframework.stereotype.Component;

import se.bostadsbryggan.allocation.notification.Audience;
import se.bostadsbryggan.allocation.notification.Notifications;

/**
 * Tells the responsible caseworker and the housing company's letting staff, in-app and by
 * e-mail, that a contract became transferable or stopped being so (a guarantee: that it
 * can be released), in the transaction that records the change: once per change. The text
 * names the object number, the day and, when it stopped, the first criterion no longer
 * met; no personal data. Without a known caseworker, social services as a whole are told
 * in-app.
 */
@Component
class TransferabilityNotices implements TransferabilityListener {

	private final Notifications notifications;

	TransferabilityNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void transferabilityChanged(TransferabilityChange change) {
		String kind = change.transferable() ? "CONTRACT_TRANSFERABLE" : "CONTRACT_NOT_TRANSFERABLE";
		String textKey = change.transferable() ? "notice.contract.transferable." + change.leaseType()
				: "notice.contract.notTransferable." + change.leaseType() + "."
						+ (change.unmet().isEmpty() ? "OTHER" : change.unmet().getFirst().name());
		String link = ContractLinks.of(change.leaseId());
		String[] args = { change.objectNumber(), change.changedOn().toString() };
		toResponsible(this.notifications, change.caseworker(), kind, textKey, link, args);
		this.notifications.notifyAndMail(kind, Audience.housing(), textKey, link, args);
	}

	/**
	 * Tells the responsible caseworker in-app and by mail; without one, social services
	 * as a whole in-app only (no caseworker gets mail about a contract not theirs).
	 */
	static void toResponsible(Notifications notifications, String caseworker, String kind, String textKey, String link,
			String... args) {
		if (caseworker != null) {
			notifications.notifyAndMail(kind, Audience.user(caseworker), textKey, link, args);
		}
		else {
			notifications.notify(kind, Audience.social(), textKey, link, args);
		}
	}

}
