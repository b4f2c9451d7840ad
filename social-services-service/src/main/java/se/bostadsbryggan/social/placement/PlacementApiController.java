package se.bostadsbryggan.social.placement;

import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's placements and whether their identity reached the housing company, as a JSON
 * API.
 */
@RestController
class PlacementApiController {

	private final PlacementService placements;

	PlacementApiController(PlacementService placements) {
		this.placements = placements;
	}

	@GetMapping("/api/social/clients/{clientId}/placements")
	List<Placement> placements(@PathVariable UUID clientId) {
		return this.placements.ofClient(clientId);
	}

}
