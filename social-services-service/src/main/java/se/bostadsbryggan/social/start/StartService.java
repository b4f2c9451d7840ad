package se.bostadsbryggan.social.start;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.client.ClientView;
import se.bostadsbryggan.social.decision.DecisionService;
import se.bostadsbryggan.social.owncontract.OwnContractService;
import se.bostadsbryggan.social.placement.PlacementService;
import se.bostadsbryggan.social.readiness.ReadinessService;
import se.bostadsbryggan.social.workplan.WorkPlanService;

/**
 * The caseworker's start page: what falls due among the caller's clients, and their
 * placements waiting for consent (a manager's: their unit's). Audited like the client
 * list, with the ids of the clients it shows.
 */
@Service
public class StartService {

	/** Days ahead the start page lists planned follow-ups. */
	public static final int FOLLOW_UP_DAYS = 14;

	/** Days ahead the start page lists readiness reviews. */
	public static final int REVIEW_DAYS = 30;

	/** Days ahead the start page lists expiring support decisions. */
	public static final int DECISION_DAYS = 30;

	private final ClientService clients;

	private final WorkPlanService workPlans;

	private final ReadinessService readiness;

	private final DecisionService decisions;

	private final PlacementService placements;

	private final AuditLog audit;

	private final OwnContractService ownContracts;

	StartService(ClientService clients, WorkPlanService workPlans, ReadinessService readiness,
			DecisionService decisions, PlacementService placements, AuditLog audit, OwnContractService ownContracts) {
		this.ownContracts = ownContracts;
		this.clients = clients;
		this.workPlans = workPlans;
		this.readiness = readiness;
		this.decisions = decisions;
		this.placements = placements;
		this.audit = audit;
	}

	/**
	 * @return the caller's start page
	 */
	@Transactional
	public StartPage startPage() {
		LocalDate today = this.decisions.today();
		List<ClientView> caseload = this.clients.caseload();
		Map<UUID, ClientView> byId = caseload.stream().collect(Collectors.toMap(ClientView::id, Function.identity()));
		Set<UUID> ids = byId.keySet();
		List<Reminder> followUps = this.workPlans.notHeldBy(ids, today.plusDays(FOLLOW_UP_DAYS))
			.stream()
			.map((followUp) -> new Reminder(byId.get(followUp.clientId()), followUp.plannedOn(),
					followUp.plannedOn().isBefore(today), "work-plan", null))
			.toList();
		List<Reminder> reviews = this.readiness.reviewsDueBy(ids, today.plusDays(REVIEW_DAYS))
			.stream()
			.map((assessment) -> new Reminder(byId.get(assessment.clientId()), assessment.nextReviewOn(),
					assessment.nextReviewOn().isBefore(today), "readiness", assessment.outcome().name()))
			.toList();
		List<Reminder> expiring = this.decisions.expiringBetween(ids, today, today.plusDays(DECISION_DAYS))
			.stream()
			.map((decision) -> new Reminder(byId.get(decision.clientId()), decision.validTo(), false, "decisions",
					null))
			.toList();
		List<Reminder> waiting = this.placements.waitingForConsent(ids)
			.stream()
			.map((placement) -> new Reminder(byId.get(placement.clientId()), placement.startDate(),
					placement.startDate().isBefore(today), "placement", null))
			.toList();
		List<Reminder> transferable = this.ownContracts.transferable(ids)
			.stream()
			.map((lease) -> new Reminder(byId.get(lease.clientId()), lease.changedOn(), false, "own-contract",
					lease.leaseType()))
			.toList();
		List<Reminder> lasting = this.ownContracts.lastingDueBy(ids, today.plusDays(OwnContractService.REVIEW_DAYS))
			.stream()
			.map((mark) -> new Reminder(byId.get(mark.clientId()), mark.reviewOn(), mark.reviewOn().isBefore(today),
					"own-contract", null))
			.toList();
		StartPage page = new StartPage(today, caseload.size(), followUps.stream().filter(Reminder::overdue).toList(),
				followUps.stream().filter((reminder) -> !reminder.overdue()).toList(), reviews, expiring, waiting,
				transferable, lasting);
		audit(page);
		return page;
	}

	private void audit(StartPage page) {
		Set<ClientView> shown = new LinkedHashSet<>();
		Stream
			.of(page.overdueFollowUps(), page.upcomingFollowUps(), page.readinessReviews(), page.expiringDecisions(),
					page.placementsWaitingForConsent(), page.transferable(), page.lastingReviews())
			.flatMap(List::stream)
			.forEach((reminder) -> shown.add(reminder.client()));
		AuditEvent event = AuditEvent.of("START_PAGE_VIEW", ClientService.SUBJECT, null)
			.purpose(ClientService.PURPOSE)
			.details(Map.of("clients", page.clientCount(), "results", shown.size(), AuditEvent.SUBJECTS,
					shown.stream().map((client) -> client.id().toString()).toList()));
		boolean protectedShown = shown.stream().anyMatch(ClientView::protectedIdentity);
		this.audit.record(protectedShown ? event.concerningProtectedIdentity() : event, Outcome.SUCCESS);
	}

}
