package se.bostadsbryggan.social.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.client.ClientView;
import se.bostadsbryggan.identity.PersonalIdentityNumber;
import se.bostadsbryggan.social.consent.Consent;
import se.bostadsbryggan.social.consent.ConsentService;
import se.bostadsbryggan.social.consent.RecordConsent;
import se.bostadsbryggan.social.contract.EndSocialContract;
import se.bostadsbryggan.social.contract.RecordSocialContract;
import se.bostadsbryggan.social.contract.SocialContract;
import se.bostadsbryggan.social.contract.SocialContractService;
import se.bostadsbryggan.social.decision.DecisionService;
import se.bostadsbryggan.social.decision.RecordDecision;
import se.bostadsbryggan.social.guarantee.CloseGuarantee;
import se.bostadsbryggan.social.guarantee.Guarantee;
import se.bostadsbryggan.social.guarantee.GuaranteeService;
import se.bostadsbryggan.social.guarantee.RecordGuarantee;
import se.bostadsbryggan.social.guarantee.ReviewGuarantee;
import se.bostadsbryggan.social.household.AddHouseholdMember;
import se.bostadsbryggan.social.household.HouseholdService;
import se.bostadsbryggan.social.need.HousingNeed;
import se.bostadsbryggan.social.need.HousingNeedService;
import se.bostadsbryggan.social.need.RegisterHousingNeed;
import se.bostadsbryggan.social.owncontract.OwnContractService;
import se.bostadsbryggan.social.request.HousingRequest;
import se.bostadsbryggan.social.placement.PlacementService;
import se.bostadsbryggan.social.readiness.Criterion;
import se.bostadsbryggan.social.readiness.ReadinessAssessment;
import se.bostadsbryggan.social.readiness.ReadinessService;
import se.bostadsbryggan.social.readiness.RecordAssessment;
import se.bostadsbryggan.social.request.HousingRequestService;
import se.bostadsbryggan.social.workplan.AddGoal;
import se.bostadsbryggan.social.workplan.ChangeGoalStatus;
import se.bostadsbryggan.social.workplan.Goal;
import se.bostadsbryggan.social.workplan.PlanFollowUp;
import se.bostadsbryggan.social.workplan.RecordFollowUp;
import se.bostadsbryggan.social.workplan.WorkPlanService;
import se.bostadsbryggan.web.ProblemException;

/**
 * A client's page (the case file): identity and contact, household, consent, support
 * decisions, housing needs and requests, placements with whether the identity reached the
 * housing company, work plan and readiness assessments, each section with its form. A
 * form with errors shows the page again with them; a saved one goes back to the page.
 */
@Controller
class CaseFilePageController {

	private final ClientService clients;

	private final HouseholdService household;

	private final ConsentService consents;

	private final DecisionService decisions;

	private final HousingNeedService needs;

	private final HousingRequestService requests;

	private final SocialContractService contracts;

	private final GuaranteeService guarantees;

	private final WorkPlanService workPlans;

	private final ReadinessService readiness;

	private final PlacementService placements;

	private final OwnContractService ownContracts;

	CaseFilePageController(ClientService clients, HouseholdService household, ConsentService consents,
			DecisionService decisions, HousingNeedService needs, HousingRequestService requests,
			SocialContractService contracts, GuaranteeService guarantees, WorkPlanService workPlans,
			ReadinessService readiness, PlacementService placements, OwnContractService ownContracts) {
		this.ownContracts = ownContracts;
		this.clients = clients;
		this.household = household;
		this.consents = consents;
		this.decisions = decisions;
		this.needs = needs;
		this.requests = requests;
		this.contracts = contracts;
		this.guarantees = guarantees;
		this.workPlans = workPlans;
		this.readiness = readiness;
		this.placements = placements;
	}

	@GetMapping("/social/clients/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) String registered,
			@RequestParam(required = false) String saved, @RequestParam(required = false) String refused,
			@RequestParam(required = false) String caseRefused,
			@RequestParam(required = false) String ownContractRefused, Model model) {
		model.addAttribute("caseRefused", caseRefused);
		model.addAttribute("ownContractRefused", ownContractRefused);
		model.addAttribute("registered", registered != null);
		model.addAttribute("saved", saved);
		model.addAttribute("refused", refused);
		return page(id, model);
	}

	@PostMapping("/social/clients/{id}/household")
	String addMember(@PathVariable UUID id, @Valid @ModelAttribute("memberForm") AddHouseholdMember form,
			BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return page(id, model);
		}
		this.household.add(id, form);
		return saved(id, "household");
	}

	@PostMapping("/social/clients/{id}/consents")
	String recordConsent(@PathVariable UUID id, @Valid @ModelAttribute("consentForm") RecordConsent form,
			BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return page(id, model);
		}
		this.consents.record(id, form);
		return saved(id, "consent");
	}

	@PostMapping("/social/clients/{id}/decisions")
	String recordDecision(@PathVariable UUID id, @Valid @ModelAttribute("decisionForm") RecordDecision form,
			BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return page(id, model);
		}
		this.decisions.record(id, form);
		return saved(id, "decision");
	}

	@PostMapping("/social/clients/{id}/housing-needs")
	String registerNeed(@PathVariable UUID id, @Valid @ModelAttribute("needForm") RegisterHousingNeed form,
			BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return page(id, model);
		}
		try {
			this.needs.registerFor(id, form);
		}
		catch (ProblemException ex) {
			if (!"conflict-person-is-client".equals(ex.code())) {
				throw ex;
			}
			errors.rejectValue("conflictPersons", "housingNeed.conflictPersons.isClient");
			return page(id, model);
		}
		return saved(id, "need");
	}

	@PostMapping("/social/housing-needs/{needId}/requests")
	String submitRequest(@PathVariable UUID needId, RedirectAttributes redirect) {
		HousingNeed need = this.needs.get(needId);
		if (need.clientId() == null) {
			throw ProblemException.conflict("need-without-client");
		}
		try {
			this.requests.submit(needId);
			redirect.addAttribute("saved", "request");
		}
		catch (ProblemException ex) {
			if (ex.status().value() != 409) {
				throw ex;
			}
			redirect.addAttribute("refused", ex.code());
		}
		return "redirect:/social/clients/" + need.clientId() + "#needs";
	}

	@PostMapping("/social/clients/{id}/social-contracts")
	String recordContract(@PathVariable UUID id, @Valid @ModelAttribute("contractForm") RecordSocialContract form,
			BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return page(id, model);
		}
		try {
			this.contracts.record(id, form);
		}
		catch (ProblemException ex) {
			if (!"social-contract-overlaps".equals(ex.code())) {
				throw ex;
			}
			errors.rejectValue("startDate", "contract.overlaps");
			return page(id, model);
		}
		return saved(id, "contract");
	}

	@PostMapping("/social/clients/{id}/social-contracts/{contractId}/end")
	String endContract(@PathVariable UUID id, @PathVariable UUID contractId,
			@Valid @ModelAttribute("endContractForm") EndSocialContract form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return page(id, model);
		}
		try {
			this.contracts.end(id, contractId, form);
		}
		catch (ProblemException ex) {
			if (!"social-contract-end-before-start".equals(ex.code())) {
				throw ex;
			}
			errors.rejectValue("endDate", "contract.endDate.beforeStart");
			return page(id, model);
		}
		return saved(id, "contractEnded");
	}

	@PostMapping("/social/clients/{id}/guarantees")
	String recordGuarantee(@PathVariable UUID id, @Valid @ModelAttribute("guaranteeForm") RecordGuarantee form,
			BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return page(id, model);
		}
		this.guarantees.record(id, form);
		return saved(id, "guarantee");
	}

	@PostMapping("/social/clients/{id}/guarantees/{guaranteeId}/reviews")
	String reviewGuarantee(@PathVariable UUID id, @PathVariable UUID guaranteeId,
			@Valid @ModelAttribute("reviewForm") ReviewGuarantee form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("reviewFor", guaranteeId);
			return page(id, model);
		}
		try {
			this.guarantees.review(id, guaranteeId, form);
		}
		catch (ProblemException ex) {
			if (!ex.code().startsWith("guarantee-reviewed-")) {
				throw ex;
			}
			errors.rejectValue("reviewedOn", "guarantee.reviewedOn." + ex.code().substring(19));
			model.addAttribute("reviewFor", guaranteeId);
			return page(id, model);
		}
		return saved(id, "guaranteeReviewed");
	}

	@PostMapping("/social/clients/{id}/guarantees/{guaranteeId}/close")
	String closeGuarantee(@PathVariable UUID id, @PathVariable UUID guaranteeId,
			@Valid @ModelAttribute("closeForm") CloseGuarantee form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			model.addAttribute("closeFor", guaranteeId);
			return page(id, model);
		}
		try {
			this.guarantees.close(id, guaranteeId, form);
		}
		catch (ProblemException ex) {
			if (!ex.code().startsWith("guarantee-closed-")) {
				throw ex;
			}
			errors.rejectValue("closedOn", "guarantee.closedOn." + ex.code().substring(17));
			model.addAttribute("closeFor", guaranteeId);
			return page(id, model);
		}
		return saved(id, "guaranteeClosed");
	}

	@PostMapping("/social/clients/{id}/work-plan/goals")
	String addGoal(@PathVariable UUID id, @Valid @ModelAttribute("goalForm") AddGoal form, BindingResult errors,
			Model model) {
		if (errors.hasErrors()) {
			return page(id, model);
		}
		this.workPlans.addGoal(id, form);
		return saved(id, "goal", "work-plan");
	}

	@PostMapping("/social/clients/{id}/work-plan/goal-status")
	String changeGoalStatus(@PathVariable UUID id, @RequestParam UUID goalId,
			@Valid @ModelAttribute("goalStatusForm") ChangeGoalStatus form, BindingResult errors, Model model) {
		model.addAttribute("goalId", goalId);
		if (errors.hasErrors()) {
			return page(id, model);
		}
		try {
			this.workPlans.changeGoalStatus(id, goalId, form);
		}
		catch (ProblemException ex) {
			if (!"goal-status-before-agreement".equals(ex.code())) {
				throw ex;
			}
			errors.rejectValue("on", "workPlan.goal.statusOn.beforeAgreement", ex.arguments(), null);
			return page(id, model);
		}
		return saved(id, "goalStatus", "work-plan");
	}

	@PostMapping("/social/clients/{id}/work-plan/follow-ups")
	String planFollowUp(@PathVariable UUID id, @Valid @ModelAttribute("followUpPlanForm") PlanFollowUp form,
			BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return page(id, model);
		}
		try {
			this.workPlans.planFollowUp(id, form);
		}
		catch (ProblemException ex) {
			if (!"follow-up-planned".equals(ex.code())) {
				throw ex;
			}
			errors.rejectValue("plannedOn", "workPlan.followUp.plannedOn.taken");
			return page(id, model);
		}
		return saved(id, "followUpPlanned", "work-plan");
	}

	@PostMapping("/social/clients/{id}/work-plan/follow-ups/held")
	String recordFollowUp(@PathVariable UUID id, @Valid @ModelAttribute("followUpForm") RecordFollowUp form,
			BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return page(id, model);
		}
		try {
			this.workPlans.recordFollowUp(id, form);
		}
		catch (ProblemException ex) {
			if (!"follow-up-held".equals(ex.code())) {
				throw ex;
			}
			errors.rejectValue("plannedFollowUpId", "workPlan.followUp.alreadyHeld");
			return page(id, model);
		}
		return saved(id, "followUp", "work-plan");
	}

	@PostMapping("/social/clients/{id}/readiness-assessments")
	String recordAssessment(@PathVariable UUID id, @Valid @ModelAttribute("assessmentForm") RecordAssessment form,
			BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			return page(id, model);
		}
		ReadinessAssessment assessment = this.readiness.record(id, form);
		return saved(id, assessment.published() ? "assessment" : "assessmentNotPublished", "readiness");
	}

	private String page(UUID id, Model model) {
		ClientView client = this.clients.get(id);
		model.addAttribute("client", client);
		model.addAttribute("members", this.household.members(id));
		List<Consent> consents = this.consents.history(id);
		model.addAttribute("consents", consents);
		model.addAttribute("consent", consents.isEmpty() ? null : consents.get(0));
		model.addAttribute("decisions", this.decisions.decisions(id));
		model.addAttribute("today", this.decisions.today());
		model.addAttribute("needs", this.needs.ofClient(id)
			.stream()
			.map((need) -> new NeedRow(need, client.hidden() ? List.of()
					: this.needs.conflictPersons(need.id()).stream().map(PersonalIdentityNumber::formatted).toList(),
					this.needs.conflictPersons(need.id()).size(), this.requests.requestsOf(need.id())))
			.toList());
		model.addAttribute("placements", this.placements.ofClient(id));
		List<SocialContract> socialContracts = this.contracts.contracts(id);
		model.addAttribute("contracts", socialContracts);
		List<Guarantee> clientGuarantees = this.guarantees.guarantees(id);
		model.addAttribute("guarantees", clientGuarantees);
		model.addAttribute("ownContract", this.ownContracts.section(id));
		model.addAttribute("defaultLandlord", this.guarantees.defaultLandlord());
		model.addAttribute("reminderDays", this.guarantees.reminderDays());
		model.addAttribute("closeReasons", Guarantee.CloseReason.values());
		if (!model.containsAttribute("contractForm")) {
			model.addAttribute("contractForm", new RecordSocialContract(null, null, null, null));
		}
		if (!model.containsAttribute("endContractForm")) {
			model.addAttribute("endContractForm", new EndSocialContract(null));
		}
		if (!model.containsAttribute("guaranteeForm")) {
			model.addAttribute("guaranteeForm", new RecordGuarantee(null, null, null, null, null, null));
		}
		if (!model.containsAttribute("reviewForm")) {
			model.addAttribute("reviewForm", new ReviewGuarantee(null, null, null));
		}
		if (!model.containsAttribute("closeForm")) {
			model.addAttribute("closeForm", new CloseGuarantee(null, null, null, null));
		}
		if (!model.containsAttribute("memberForm")) {
			model.addAttribute("memberForm", new AddHouseholdMember(null, null, null));
		}
		if (!model.containsAttribute("consentForm")) {
			model.addAttribute("consentForm", new RecordConsent(null, null));
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new RecordDecision(null, null, null, null));
		}
		if (!model.containsAttribute("needForm")) {
			model.addAttribute("needForm", new RegisterHousingNeed(null, null));
		}
		model.addAttribute("workPlan", this.workPlans.workPlan(id));
		model.addAttribute("goalStatuses", Goal.Status.values());
		model.addAttribute("assessments", this.readiness.history(id));
		boolean hasRequest = this.requests.latestReferenceOf(id).isPresent();
		model.addAttribute("hasRequest", hasRequest);
		LocalDate today = this.decisions.today();
		model.addAttribute("publishesReadiness",
				hasRequest || socialContracts.stream().anyMatch((contract) -> contract.runsOn(today))
						|| clientGuarantees.stream().anyMatch(Guarantee::isActive));
		model.addAttribute("criteria", Criterion.values());
		model.addAttribute("outcomes", ReadinessAssessment.Outcome.values());
		if (!model.containsAttribute("goalForm")) {
			model.addAttribute("goalForm", new AddGoal(null, null));
		}
		if (!model.containsAttribute("goalStatusForm")) {
			model.addAttribute("goalStatusForm", new ChangeGoalStatus(null, null));
		}
		if (!model.containsAttribute("followUpPlanForm")) {
			model.addAttribute("followUpPlanForm", new PlanFollowUp(null));
		}
		if (!model.containsAttribute("followUpForm")) {
			model.addAttribute("followUpForm", new RecordFollowUp(null, null, null));
		}
		if (!model.containsAttribute("assessmentForm")) {
			model.addAttribute("assessmentForm", new RecordAssessment(null, null, null, null, null));
		}
		return "clients/show";
	}

	private static String saved(UUID id, String what) {
		return "redirect:/social/clients/" + id + "?saved=" + what;
	}

	private static String saved(UUID id, String what, String section) {
		return saved(id, what) + "#" + section;
	}

	/**
	 * A need as the client's page shows it.
	 *
	 * @param need the need
	 * @param conflictPersons its conflict persons' numbers (empty if the client is hidden
	 * from the caller)
	 * @param conflictPersonCount how many conflict persons it has
	 * @param requests the requests made from it
	 */
	record NeedRow(HousingNeed need, List<String> conflictPersons, int conflictPersonCount,
			List<HousingRequest> requests) {

	}

}
