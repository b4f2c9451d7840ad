package se.bostadsbryggan.allocation.takeover;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import se.bostadsbryggan.web.ProblemException;

/** The contracts followed for takeover, as JSON, for every staff role. */
@RestController
class ContractApiController {

	private final TakeoverService takeover;

	ContractApiController(TakeoverService takeover) {
		this.takeover = takeover;
	}

	@GetMapping("/api/allocation/contracts")
	List<ContractResponse> list() {
		LocalDate today = this.takeover.today();
		return this.takeover.running(null).stream().map((c) -> ContractResponse.of(c, today, null)).toList();
	}

	@GetMapping("/api/allocation/contracts/{leaseId}")
	ContractResponse get(@PathVariable UUID leaseId) {
		TakeoverService.Explained explained = this.takeover.explain(leaseId)
			.orElseThrow(() -> ProblemException.notFound("contract-not-found", leaseId));
		return ContractResponse.of(explained.contract(), explained.evaluation().on(),
				explained.evaluation().criteria());
	}

}
