package se.bostadsbryggan.allocation.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import se.bostadsbryggan.allocation.agreement.AgreementService;
import se.bostadsbryggan.allocation.agreement.AgreementTerms;
import se.bostadsbryggan.allocation.notification.Delivery;
import se.bostadsbryggan.allocation.notification.Mails;
import se.bostadsbryggan.audit.Actor;

/**
 * Demo data for the local run only ({@code bb.demo.enabled=true}): this year's agreement
 * with the default terms, saved once if the year has none, and mail settings of the demo
 * users, and the meetings ({@link DemoMeetings}). The quota follows from the housing
 * demo's turnover events; apartments, leases and requests arrive as events too.
 */
@Component
@ConditionalOnBooleanProperty("bb.demo.enabled")
class AllocationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AllocationDemoData.class);

	private final AgreementService agreements;

	private final Mails mails;

	private final DemoMeetings meetings;

	private final Clock clock;

	AllocationDemoData(AgreementService agreements, Mails mails, DemoMeetings meetings, Clock clock) {
		this.agreements = agreements;
		this.mails = mails;
		this.meetings = meetings;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		// Mail settings of the demo users, so the demo's notices are mailed (to the log
		// in
		// the local run, to Mailpit in Compose): immediate for the letting staff and the
		// caseworker, a daily summary for the housing manager.
		this.mails.saveIfAbsent("bovard", "HOUSING", "bovard@demo.bostadsbryggan.local", Delivery.IMMEDIATE);
		this.mails.saveIfAbsent("fastighetschef", "HOUSING", "fastighetschef@demo.bostadsbryggan.local",
				Delivery.DAILY);
		this.mails.saveIfAbsent("handlaggare", "SOCIAL", "handlaggare@demo.bostadsbryggan.local", Delivery.IMMEDIATE);
		int year = LocalDate.now(this.clock).getYear();
		Actor demo = new Actor(null, "demo", "Demodata", null, null, Set.of(), null);
		if (this.agreements.inForce(year).isEmpty()) {
			this.agreements.save(year,
					AgreementTerms.defaults().editing(null, "Demo: årets avtal med standardvillkoren."), demo);
			log.info("Demo data: the agreement of {} with the default terms", year);
		}
		// Two held meetings and the next one planned, once (after the agreement, whose
		// interval they follow).
		this.meetings.load(demo);
	}

}
