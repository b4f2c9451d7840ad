package se.bostadsbryggan.social.request;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Makes a pseudonymous housing request from a need, as a JSON API.
 */
@RestController
class HousingRequestApiController {

	private final HousingRequestService requests;

	HousingRequestApiController(HousingRequestService requests) {
		this.requests = requests;
	}

	@PostMapping("/api/social/housing-needs/{needId}/requests")
	ResponseEntity<HousingRequest> submit(@PathVariable UUID needId) {
		HousingRequest request = this.requests.submit(needId);
		return ResponseEntity.created(URI.create("/api/social/housing-needs/" + needId + "/requests")).body(request);
	}

}
