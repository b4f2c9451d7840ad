package se.bostadsbryggan.social.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.bostadsbryggan.social.caseworker.Caseworker;
import se.bostadsbryggan.social.caseworker.Caseworkers;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.consent.ConsentService;
import se.bostadsbryggan.social.consent.RecordConsent;
import se.bostadsbryggan.social.decision.DecisionService;
import se.bostadsbryggan.social.decision.RecordDecision;
import se.bostadsbryggan.social.household.HouseholdMember;
import se.bostadsbryggan.social.household.HouseholdService;
import se.bostadsbryggan.social.need.HousingNeedService;
import se.bostadsbryggan.social.need.RegisterHousingNeed;

/**
 * Demo data for the local run only ({@code bb.demo.enabled=true}): four housing needs of
 * households of different sizes, and the demo caseworkers {@code handlaggare} and
 * {@code handlaggare2} of unit {@value #UNIT} with four fictitious clients each (valid
 * personal identity numbers of people born in the 1900s; the caseworkers' user ids are
 * filled in when they first log in), with addresses, households, support decisions (one
 * expiring within 30 days, one expired, dated from today), consent (one withdrawn), five
 * needs (two with a fictitious conflict person) and one client with protected identity.
 * Loaded once, into an empty database. Production starts empty.
 */
@Component
@ConditionalOnBooleanProperty("bb.demo.enabled")
@Order(SocialDemoData.ORDER)
class SocialDemoData implements ApplicationRunner {

	/** Its place among the demo runners: the caseworkers' clients come first. */
	static final int ORDER = 100;

	/** The unit of the gateway's demo caseworkers and manager. */
	static final String UNIT = "Vuxenenheten";

	private static final Logger log = LoggerFactory.getLogger(SocialDemoData.class);

	private final HousingNeedService needs;

	private final Caseworkers caseworkers;

	private final ClientService clients;

	private final HouseholdService household;

	private final ConsentService consents;

	private final DecisionService decisions;

	SocialDemoData(HousingNeedService needs, Caseworkers caseworkers, ClientService clients, HouseholdService household,
			ConsentService consents, DecisionService decisions) {
		this.needs = needs;
		this.caseworkers = caseworkers;
		this.clients = clients;
		this.household = household;
		this.consents = consents;
		this.decisions = decisions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.needs.count() == 0) {
			register(1, 1);
			register(2, 2);
			register(4, 3);
			register(6, 4);
			log.info("Loaded social services demo data: 4 housing needs");
		}
		if (this.clients.count() == 0) {
			Caseworker hanna = this.caseworkers.addIfMissing("handlaggare", "Hanna Handläggare", UNIT);
			Caseworker hugo = this.caseworkers.addIfMissing("handlaggare2", "Hugo Handläggare", UNIT);
			LocalDate today = this.decisions.today();
			UUID astrid = client(hanna, "19460412-0388", "Astrid Lindqvist", "Storgatan 4, 531 30 Lidköping", false);
			UUID maria = client(hanna, "19610705-2240", "Maria Johansson", "Källegatan 12, 531 32 Lidköping", false);
			// Protected identity: only Hanna sees who she is; the manager sees a
			// placeholder.
			UUID sara = client(hanna, "19841009-5627", "Sara Nilsson", "Adress skyddad hos Skatteverket", true);
			UUID ahmed = client(hanna, "19900161-0014", "Ahmed Hassan", null, false);
			UUID bengt = client(hugo, "19520923-4573", "Bengt Karlsson", "Nya Stadens Torg 1, 531 31 Lidköping", false);
			UUID lena = client(hugo, "19730118-9804", "Lena Berg", "Rörstrandsgatan 9, 531 40 Lidköping", false);
			client(hugo, "19590627-8469", "Erik Svensson", null, false);
			client(hugo, "19680214-0134", "Nils Ek", null, false);

			this.household.addDemoMember(maria, HouseholdMember.Kind.CHILD, "Elsa Johansson");
			this.household.addDemoMember(sara, HouseholdMember.Kind.CHILD, null);
			this.household.addDemoMember(sara, HouseholdMember.Kind.CHILD, null);
			this.household.addDemoMember(ahmed, HouseholdMember.Kind.ADULT, "Leila Hassan");
			this.household.addDemoMember(ahmed, HouseholdMember.Kind.CHILD, "Omar Hassan");
			this.household.addDemoMember(lena, HouseholdMember.Kind.CHILD, "Alva Berg");

			// A decision valid for long, one that expires within 30 days, one that has
			// expired.
			decision(astrid, today.minusMonths(2), today.plusMonths(10));
			decision(maria, today.minusMonths(11), today.plusDays(20));
			decision(sara, today.minusMonths(1), today.plusMonths(11));
			decision(ahmed, today.minusMonths(3), today.plusMonths(9));
			decision(bengt, today.minusMonths(14), today.minusMonths(2));
			decision(lena, today.minusMonths(1), today.plusMonths(11));

			this.consents.recordDemoConsent(astrid, new RecordConsent(true, today.minusMonths(2)));
			this.consents.recordDemoConsent(maria, new RecordConsent(true, today.minusMonths(11)));
			this.consents.recordDemoConsent(maria, new RecordConsent(false, today.minusMonths(1)));
			this.consents.recordDemoConsent(ahmed, new RecordConsent(true, today.minusMonths(3)));
			this.consents.recordDemoConsent(lena, new RecordConsent(true, today.minusMonths(1)));

			need(astrid, 1, 1, 6000, true, List.of(), List.of());
			need(maria, 2, 2, 7500, false, List.of(), List.of());
			// Sara's need names a conflict person (fictitious) and an area to avoid.
			need(sara, 3, 2, 8000, false, List.of("Norrby"), List.of("19780312-1230"));
			need(ahmed, 4, 3, 9500, false, List.of(), List.of("19850624-3214"));
			need(lena, 2, 2, 7000, false, List.of(), List.of());
			log.info("Loaded social services demo data: 2 caseworkers of {} with 4 clients each, households, "
					+ "decisions, consent and 5 needs (one client with protected identity)", UNIT);
		}
	}

	private UUID client(Caseworker caseworker, String number, String name, String address, boolean protectedIdentity) {
		return this.clients.registerDemoClient(caseworker, number, name, null, address, protectedIdentity);
	}

	private void decision(UUID clientId, LocalDate validFrom, LocalDate validTo) {
		this.decisions.recordDemoDecision(clientId,
				new RecordDecision(validFrom.minusDays(7), validFrom, validTo, "Enhetschef Vuxenenheten"));
	}

	private void need(UUID clientId, int householdSize, int rooms, int maxRent, boolean lift, List<String> areas,
			List<String> conflictPersons) {
		this.needs.registerDemoNeed(clientId,
				new RegisterHousingNeed(householdSize, rooms, maxRent, lift, lift, false, areas, conflictPersons));
	}

	private void register(int householdSize, int roomsNeeded) {
		this.needs.register(new RegisterHousingNeed(householdSize, roomsNeeded));
	}

}
