package se.bostadsbryggan.social.workplan;

import java.util.List;

/**
 * A client's work plan (arbetsplan).
 *
 * @param goals its goals, the latest agreed first
 * @param followUps its follow-ups, the latest (planned or held) first
 */
public record WorkPlan(List<Goal> goals, List<FollowUp> followUps) {

	/**
	 * @return the follow-ups planned and not yet held, the earliest first
	 */
	public List<FollowUp> plannedNotHeld() {
		return this.followUps.stream()
			.filter((followUp) -> !followUp.held())
			.sorted(java.util.Comparator.comparing(FollowUp::plannedOn))
			.toList();
	}

}
