package se.bostadsbryggan.allocation.offer;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other features that follow a placement's contract: the housing request a placement
 * was made for and its caseworker, and marking it as an own contract once taken over. Not
 * audited: it shows no one anything, it links a signed lease to its pseudonymous request.
 */
@Component
public class PlacementRequests {

	private final JdbcClient jdbc;

	PlacementRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param placementId a placement's id
	 * @return its request's reference and caseworker, if the placement exists
	 */
	@Transactional(readOnly = true)
	public Optional<PlacedRequest> of(UUID placementId) {
		return this.jdbc.sql("""
				select p.request_reference, r.caseworker
				from placement p left join housing_request r on r.request_reference = p.request_reference
				where p.id = :id
				""").param("id", placementId).query(PlacedRequest.class).optional();
	}

	/**
	 * Marks the placement whose social contract the subtenant took over as an own
	 * contract.
	 * @param socialLeaseId the social contract's lease
	 * @param on the first day of the own contract
	 * @return whether a placement was marked
	 */
	@Transactional
	public boolean ownContract(UUID socialLeaseId, LocalDate on) {
		return this.jdbc.sql("""
				update placement set own_contract_on = :on
				where lease_id = :lease and own_contract_on is distinct from :on
				""").param("lease", socialLeaseId).param("on", Date.valueOf(on)).update() > 0;
	}

	/**
	 * @param requestReference the request's reference
	 * @param caseworker the request's caseworker's username, or {@code null}
	 */
	public record PlacedRequest(UUID requestReference, String caseworker) {
	}

}
