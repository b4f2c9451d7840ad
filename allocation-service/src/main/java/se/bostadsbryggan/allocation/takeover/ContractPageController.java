package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.web.ProblemException;

/**
 * The running social contracts and guarantees with their takeover status, and each
 * contract's status page explaining criterion by criterion. For every staff role; they
 * show no identity.
 */
@Controller
class ContractPageController {

	/** The status filter's choices. */
	enum Filter {

		ALL(EnumSet.allOf(ContractStatus.class)), TRANSFERABLE(EnumSet.of(ContractStatus.TRANSFERABLE)),
		NOT_YET(EnumSet.of(ContractStatus.EXPECTED, ContractStatus.NOT_YET)),
		LASTING(EnumSet.of(ContractStatus.LASTING)), RELEASED(EnumSet.of(ContractStatus.RELEASED));

		private final Set<ContractStatus> statuses;

		Filter(Set<ContractStatus> statuses) {
			this.statuses = statuses;
		}

	}

	/**
	 * A row of the list.
	 *
	 * @param contract the contract
	 * @param status its status line
	 */
	record Row(Contract contract, ContractTexts.Text status) {
	}

	private final TakeoverService takeover;

	ContractPageController(TakeoverService takeover) {
		this.takeover = takeover;
	}

	@GetMapping("/allocation/contracts")
	String list(@RequestParam(defaultValue = "ALL") Filter status, @RequestParam(defaultValue = "false") boolean mine,
			Model model) {
		Actor actor = Actor.current();
		boolean caseworker = actor.hasRole("SOCIAL_CASEWORKER") && actor.username() != null;
		boolean onlyMine = mine && caseworker;
		LocalDate today = this.takeover.today();
		List<Row> rows = this.takeover.running(onlyMine ? actor.username() : null)
			.stream()
			.filter((c) -> status.statuses.contains(c.status(today)))
			.map((c) -> new Row(c, ContractTexts.status(c, today)))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("filters", Filter.values());
		model.addAttribute("filter", status);
		model.addAttribute("mine", onlyMine);
		model.addAttribute("canFilterMine", caseworker);
		return "contracts/list";
	}

	@GetMapping("/allocation/contracts/{leaseId}")
	String show(@PathVariable UUID leaseId, Model model) {
		TakeoverService.Explained explained = this.takeover.explain(leaseId)
			.orElseThrow(() -> ProblemException.notFound("contract-not-found", leaseId));
		LocalDate today = explained.evaluation().on();
		model.addAttribute("contract", explained.contract());
		model.addAttribute("status", ContractTexts.status(explained.contract(), today));
		model.addAttribute("evaluated", explained.contract().evaluated() && explained.contract().runningOn(today));
		model.addAttribute("lines", ContractTexts.criteria(explained.criteria(), explained.evaluation()));
		model.addAttribute("expected", ContractTexts.expected(explained.evaluation()));
		model.addAttribute("today", today);
		model.addAttribute("steps", this.takeover.steps(leaseId).filter(TakeoverSteps::any).orElse(null));
		return "contracts/show";
	}

}
