package se.bostadsbryggan.social.demo;

import java.time.LocalDate;
import java.util.EnumSet;
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
import se.bostadsbryggan.social.readiness.Criterion;
import se.bostadsbryggan.social.readiness.ReadinessAssessment;
import se.bostadsbryggan.social.readiness.ReadinessService;
import se.bostadsbryggan.social.readiness.RecordAssessment;
import se.bostadsbryggan.social.request.HousingRequestService;
import se.bostadsbryggan.social.workplan.AddGoal;
import se.bostadsbryggan.social.workplan.Goal;
import se.bostadsbryggan.social.workplan.RecordFollowUp;
import se.bostadsbryggan.social.workplan.WorkPlanService;

/**
 * Demo data for the local run only ({@code bb.demo.enabled=true}): the demo caseworkers
 * {@code handlaggare} and {@code handlaggare2} of unit {@value #UNIT} with four
 * fictitious clients each (valid personal identity numbers of people born in the 1900s;
 * the caseworkers' user ids are filled in when they first log in), with addresses,
 * households, support decisions (one expiring within 30 days, one expired and renewed,
 * dated from today), consent to share the identity at placement (given by most waiting
 * households, Ahmed's family among them; one withdrawn, one never given), one client with
 * protected identity, and eight households waiting: each with a valid decision, a need
 * (two with a fictitious conflict person) and a submitted housing request, four per
 * caseworker. Work plans with goals and follow-ups (one overdue, some due within 14 days)
 * and readiness assessments (one ready, one not yet with a review due soon) show on the
 * caseworkers' start pages. Loaded once, into an empty database. Production starts empty.
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

	private final HousingRequestService requests;

	private final WorkPlanService workPlans;

	private final ReadinessService readiness;

	SocialDemoData(HousingNeedService needs, Caseworkers caseworkers, ClientService clients, HouseholdService household,
			ConsentService consents, DecisionService decisions, HousingRequestService requests,
			WorkPlanService workPlans, ReadinessService readiness) {
		this.needs = needs;
		this.caseworkers = caseworkers;
		this.clients = clients;
		this.household = household;
		this.consents = consents;
		this.decisions = decisions;
		this.requests = requests;
		this.workPlans = workPlans;
		this.readiness = readiness;
	}

	@Override
	public void run(ApplicationArguments args) {
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
			UUID erik = client(hugo, "19590627-8469", "Erik Svensson", null, false);
			UUID nils = client(hugo, "19680214-0134", "Nils Ek", null, false);

			this.household.addDemoMember(maria, HouseholdMember.Kind.CHILD, "Elsa Johansson");
			this.household.addDemoMember(sara, HouseholdMember.Kind.CHILD, null);
			this.household.addDemoMember(sara, HouseholdMember.Kind.CHILD, null);
			this.household.addDemoMember(ahmed, HouseholdMember.Kind.ADULT, "Leila Hassan");
			this.household.addDemoMember(ahmed, HouseholdMember.Kind.CHILD, "Omar Hassan");
			this.household.addDemoMember(lena, HouseholdMember.Kind.CHILD, "Alva Berg");

			// Decisions valid for long, one that expires within 30 days, one that has
			// expired and was renewed.
			decision(astrid, today.minusMonths(2), today.plusMonths(10));
			decision(maria, today.minusMonths(11), today.plusDays(20));
			decision(sara, today.minusMonths(1), today.plusMonths(11));
			decision(ahmed, today.minusMonths(3), today.plusMonths(9));
			decision(bengt, today.minusMonths(14), today.minusMonths(2));
			decision(bengt, today.minusMonths(1), today.plusMonths(11));
			decision(lena, today.minusMonths(1), today.plusMonths(11));
			decision(erik, today.minusMonths(4), today.plusMonths(8));
			decision(nils, today.minusMonths(2), today.plusMonths(10));

			this.consents.recordDemoConsent(astrid, new RecordConsent(true, today.minusMonths(2)));
			this.consents.recordDemoConsent(maria, new RecordConsent(true, today.minusMonths(11)));
			this.consents.recordDemoConsent(maria, new RecordConsent(false, today.minusMonths(1)));
			this.consents.recordDemoConsent(ahmed, new RecordConsent(true, today.minusMonths(3)));
			this.consents.recordDemoConsent(lena, new RecordConsent(true, today.minusMonths(1)));
			// Most waiting households consent to their identity reaching the housing
			// company at placement; Bengt has not (yet): his placement would wait.
			this.consents.recordDemoConsent(erik, new RecordConsent(true, today.minusMonths(2)));
			this.consents.recordDemoConsent(nils, new RecordConsent(true, today.minusWeeks(3)));

			// Eight households waiting, each with a submitted (pseudonymous) request.
			request(hanna, need(astrid, 1, 1, 6000, true, List.of(), List.of()));
			request(hanna, need(maria, 2, 2, 7500, false, List.of(), List.of()));
			// Sara's need names a conflict person (fictitious) and an area to avoid.
			request(hanna, need(sara, 3, 2, 8000, false, List.of("Norrby"), List.of("19780312-1230")));
			// Ahmed's family of four can pay up to 12 000 kr: the four-room apartments
			// the
			// housing demo has vacant fit them, so the shared workflow's demo can offer
			// one.
			request(hanna, need(ahmed, 4, 3, 12000, false, List.of(), List.of("19850624-3214")));
			request(hugo, need(bengt, 1, 1, 5500, true, List.of(), List.of()));
			request(hugo, need(lena, 2, 2, 7000, false, List.of(), List.of()));
			request(hugo, need(erik, 1, 1, 6000, false, List.of(), List.of()));
			request(hugo, need(nils, 1, 2, 6500, false, List.of("Centrum"), List.of()));

			workPlansAndAssessments(today, astrid, maria, sara, bengt, lena);
			log.info("Loaded social services demo data: 2 caseworkers of {} with 4 clients each, households, "
					+ "decisions, consent, 8 waiting households with requests (one client with protected identity), "
					+ "work plans and readiness assessments", UNIT);
		}
	}

	/**
	 * Work plans: Astrid's with a goal achieved and a follow-up overdue, Sara's with a
	 * follow-up held and one in a week, Bengt's and Lena's with follow-ups coming.
	 * Assessments: Astrid ready, Sara not yet with a review due in 12 days, Maria not
	 * yet.
	 */
	private void workPlansAndAssessments(LocalDate today, UUID astrid, UUID maria, UUID sara, UUID bengt, UUID lena) {
		goal(astrid, "Betala hyran i tid varje månad", today.minusMonths(6), Goal.Status.ACHIEVED,
				today.minusMonths(1));
		goal(astrid, "Ha egen kontakt med hyresvärden vid felanmälan", today.minusMonths(6), Goal.Status.ACTIVE,
				today.minusMonths(6));
		this.workPlans.planDemoFollowUp(astrid, today.minusMonths(3),
				new RecordFollowUp(null, today.minusMonths(3), "Hyran betald i tid tre månader i rad."));
		this.workPlans.planDemoFollowUp(astrid, today.minusDays(5), null);
		goal(sara, "Skapa en trygg vardag för barnen i det nya boendet", today.minusMonths(2), Goal.Status.ACTIVE,
				today.minusMonths(2));
		goal(sara, "Gå en kurs i privatekonomi", today.minusMonths(2), Goal.Status.DROPPED, today.minusMonths(1));
		this.workPlans.planDemoFollowUp(sara, today.minusMonths(1),
				new RecordFollowUp(null, today.minusMonths(1).plusDays(2), "Uppföljning flyttad två dagar; gick bra."));
		this.workPlans.planDemoFollowUp(sara, today.plusDays(7), null);
		goal(bengt, "Ordna hemförsäkring", today.minusMonths(1), Goal.Status.ACTIVE, today.minusMonths(1));
		this.workPlans.planDemoFollowUp(bengt, today.plusDays(10), null);
		goal(lena, "Behålla kontakten med budget- och skuldrådgivningen", today.minusMonths(1), Goal.Status.ACTIVE,
				today.minusMonths(1));
		this.workPlans.planDemoFollowUp(lena, today.plusDays(3), null);
		this.workPlans.planDemoFollowUp(maria, today.plusDays(30), null);

		this.readiness.recordDemoAssessment(astrid,
				new RecordAssessment(EnumSet.allOf(Criterion.class), ReadinessAssessment.Outcome.READY,
						"Har skött hyra och lägenhet i ett år och klarar kontakterna med hyresvärden själv.",
						today.minusDays(14), today.plusMonths(6)));
		this.readiness.recordDemoAssessment(sara,
				new RecordAssessment(EnumSet.of(Criterion.PAYS_RENT_ON_TIME, Criterion.NO_DISTURBANCES),
						ReadinessAssessment.Outcome.NOT_YET, "Behöver fortsatt stöd i kontakterna med hyresvärden.",
						today.minusMonths(6).plusDays(12), today.plusDays(12)));
		this.readiness.recordDemoAssessment(maria,
				new RecordAssessment(EnumSet.of(Criterion.PAYS_RENT_ON_TIME), ReadinessAssessment.Outcome.NOT_YET,
						"För tidigt att bedöma; ny bedömning efter nästa uppföljning.", today.minusMonths(2), null));
	}

	private void goal(UUID clientId, String description, LocalDate agreedOn, Goal.Status status, LocalDate statusOn) {
		this.workPlans.addDemoGoal(clientId, new AddGoal(description, agreedOn), status, statusOn);
	}

	private void request(Caseworker caseworker, UUID needId) {
		this.requests.submitDemoRequest(needId, caseworker.username());
	}

	private UUID client(Caseworker caseworker, String number, String name, String address, boolean protectedIdentity) {
		return this.clients.registerDemoClient(caseworker, number, name, null, address, protectedIdentity);
	}

	private void decision(UUID clientId, LocalDate validFrom, LocalDate validTo) {
		this.decisions.recordDemoDecision(clientId,
				new RecordDecision(validFrom.minusDays(7), validFrom, validTo, "Enhetschef Vuxenenheten"));
	}

	private UUID need(UUID clientId, int householdSize, int rooms, int maxRent, boolean lift, List<String> areas,
			List<String> conflictPersons) {
		return this.needs
			.registerDemoNeed(clientId,
					new RegisterHousingNeed(householdSize, rooms, maxRent, lift, lift, false, areas, conflictPersons))
			.id();
	}

}
