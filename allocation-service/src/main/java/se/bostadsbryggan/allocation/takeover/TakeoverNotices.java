package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import se.bostadsbryggan.allocation.notification.Audience;
import se.bostadsbryggan.allocation.notification.Notifications;

/**
 * Tells both organisations, in-app and by e-mail, of the steps of a takeover: social
 * services approved it (the housing company's turn), the housing company completed it or
 * refused it; and reminds both of a contract still transferable without an approved
 * takeover. Called once per step, in the transaction that records it; no personal data.
 */
@Component
class TakeoverNotices {

	private final Notifications notifications;

	TakeoverNotices(Notifications notifications) {
		this.notifications = notifications;
	}

	void approved(Contract contract, LocalDate on) {
		this.notifications.notifyAndMail("TAKEOVER_APPROVED", Audience.housing(), "notice.takeover.approved",
				ContractLinks.of(contract.leaseId()), contract.objectNumber(), on.toString());
	}

	void completed(Contract contract, LocalDate on) {
		both(contract, "TAKEOVER_COMPLETED", "notice.takeover.completed", contract.objectNumber(), on.toString());
	}

	void refused(Contract contract, String reason, LocalDate on) {
		both(contract, "TAKEOVER_REFUSED", "notice.takeover.refused." + reason, contract.objectNumber(), on.toString());
	}

	void reminder(Contract contract) {
		both(contract, "CONTRACT_REMINDER", "notice.contract.reminder." + contract.leaseType(), contract.objectNumber(),
				contract.statusChangedOn().toString());
	}

	private void both(Contract contract, String kind, String textKey, String... args) {
		String link = ContractLinks.of(contract.leaseId());
		TransferabilityNotices.toResponsible(this.notifications, contract.caseworker(), kind, textKey, link, args);
		this.notifications.notifyAndMail(kind, Audience.housing(), textKey, link, args);
	}

}
