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
 * Households' housing needs as a JSON API.
 */
@RestController
@RequestMapping("/api/social/housing-needs")
class HousingNeedApiController {

	private final HousingNeedService needs;

	HousingNeedApiController(HousingNeedService needs) {
		this.needs = needs;
	}

	@GetMapping
	List<HousingNeedResponse> list() {
		return this.needs.visible().stream().map(HousingNeedResponse::of).toList();
	}

	@GetMapping("/{id}")
	HousingNeedResponse get(@PathVariable UUID id) {
		return HousingNeedResponse.of(this.needs.view(id));
	}

	@PostMapping
	ResponseEntity<HousingNeedResponse> register(@Valid @RequestBody RegisterHousingNeed command) {
		HousingNeed need = this.needs.register(command);
		return ResponseEntity.created(URI.create("/api/social/housing-needs/" + need.id()))
			.body(HousingNeedResponse.of(need));
	}

}
