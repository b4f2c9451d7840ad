package se.bostadsbryggan.social.need;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's housing needs as a JSON API, within the caller's scope. Conflict persons are
 * taken in, never answered.
 */
@RestController
@RequestMapping("/api/social/clients/{clientId}/housing-needs")
class ClientHousingNeedApiController {

	private final HousingNeedService needs;

	ClientHousingNeedApiController(HousingNeedService needs) {
		this.needs = needs;
	}

	@GetMapping
	List<HousingNeedResponse> list(@PathVariable UUID clientId) {
		return this.needs.ofClient(clientId).stream().map(HousingNeedResponse::of).toList();
	}

	@PostMapping
	ResponseEntity<HousingNeedResponse> register(@PathVariable UUID clientId,
			@Valid @RequestBody RegisterHousingNeed command) {
		HousingNeed need = this.needs.registerFor(clientId, command);
		return ResponseEntity.created(URI.create("/api/social/housing-needs/" + need.id()))
			.body(HousingNeedResponse.of(need));
	}

}
