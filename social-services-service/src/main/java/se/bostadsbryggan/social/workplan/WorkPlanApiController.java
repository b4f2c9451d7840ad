package se.bostadsbryggan.social.workplan;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's work plan as a JSON API: goals, their status, planned and held follow-ups.
 */
@RestController
@RequestMapping("/api/social/clients/{clientId}/work-plan")
class WorkPlanApiController {

	private final WorkPlanService workPlans;

	WorkPlanApiController(WorkPlanService workPlans) {
		this.workPlans = workPlans;
	}

	@GetMapping
	WorkPlan get(@PathVariable UUID clientId) {
		return this.workPlans.workPlan(clientId);
	}

	@PostMapping("/goals")
	@ResponseStatus(HttpStatus.CREATED)
	Goal addGoal(@PathVariable UUID clientId, @Valid @RequestBody AddGoal command) {
		return this.workPlans.addGoal(clientId, command);
	}

	@PostMapping("/goals/{goalId}/status")
	Goal changeGoalStatus(@PathVariable UUID clientId, @PathVariable UUID goalId,
			@Valid @RequestBody ChangeGoalStatus command) {
		return this.workPlans.changeGoalStatus(clientId, goalId, command);
	}

	@PostMapping("/follow-ups")
	@ResponseStatus(HttpStatus.CREATED)
	FollowUp planFollowUp(@PathVariable UUID clientId, @Valid @RequestBody PlanFollowUp command) {
		return this.workPlans.planFollowUp(clientId, command);
	}

	@PostMapping("/follow-ups/held")
	@ResponseStatus(HttpStatus.CREATED)
	FollowUp recordFollowUp(@PathVariable UUID clientId, @Valid @RequestBody RecordFollowUp command) {
		return this.workPlans.recordFollowUp(clientId, command);
	}

}
