package se.bostadsbryggan.social.guarantee;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Guarantees as a JSON API: per client, the reminders in the caller's scope and the
 * yearly overview.
 */
@RestController
class GuaranteeApiController {

	private static final String OF_CLIENT = "/api/social/clients/{clientId}/guarantees";

	private final GuaranteeService guarantees;

	private final GuaranteeOverviewService overview;

	GuaranteeApiController(GuaranteeService guarantees, GuaranteeOverviewService overview) {
		this.guarantees = guarantees;
		this.overview = overview;
	}

	@GetMapping(OF_CLIENT)
	List<Guarantee> list(@PathVariable UUID clientId) {
		return this.guarantees.guarantees(clientId);
	}

	@PostMapping(OF_CLIENT)
	@ResponseStatus(HttpStatus.CREATED)
	Guarantee record(@PathVariable UUID clientId, @Valid @RequestBody RecordGuarantee command) {
		return this.guarantees.record(clientId, command);
	}

	@PostMapping(OF_CLIENT + "/{guaranteeId}/reviews")
	Guarantee review(@PathVariable UUID clientId, @PathVariable UUID guaranteeId,
			@Valid @RequestBody ReviewGuarantee command) {
		return this.guarantees.review(clientId, guaranteeId, command);
	}

	@PostMapping(OF_CLIENT + "/{guaranteeId}/close")
	Guarantee close(@PathVariable UUID clientId, @PathVariable UUID guaranteeId,
			@Valid @RequestBody CloseGuarantee command) {
		return this.guarantees.close(clientId, guaranteeId, command);
	}

	@GetMapping("/api/social/guarantees/due")
	List<DueGuarantee> due() {
		return this.guarantees.dueForReview().stream().map(DueGuarantee::of).toList();
	}

	@GetMapping("/api/social/guarantees/overview")
	Overview overview() {
		return this.overview.overview();
	}

	/**
	 * A guarantee due for review, with its client as the caller may see them.
	 *
	 * @param guarantee the guarantee
	 * @param clientId the client's id
	 * @param clientName the client's name, or {@code null} if hidden from the caller
	 * @param overdue whether its review date has passed
	 */
	record DueGuarantee(Guarantee guarantee, UUID clientId, String clientName, boolean overdue) {

		static DueGuarantee of(GuaranteeService.GuaranteeInScope row) {
			return new DueGuarantee(row.guarantee(), row.client().id(), row.client().name(), row.overdue());
		}

	}

}
