package se.bostadsbryggan.allocation.offer;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For other features that follow a placement's contract: the housing request a placement
 * was made for and its caseworker. Not audited: it shows no one anything, it links a
 * signed lease to its pseudonymous request.
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
	 * @param requestReference the request's reference
	 * @param caseworker the request's caseworker's username, or {@code null}
	 */
	public record PlacedRequest(UUID requestReference, String caseworker) {
	}

}
