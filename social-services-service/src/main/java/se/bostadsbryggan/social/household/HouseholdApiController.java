package se.bostadsbryggan.social.household;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A client's household as a JSON API.
 */
@RestController
@RequestMapping("/api/social/clients/{clientId}/household")
class HouseholdApiController {

	private final HouseholdService household;

	HouseholdApiController(HouseholdService household) {
		this.household = household;
	}

	@GetMapping
	List<HouseholdMember> list(@PathVariable UUID clientId) {
		return this.household.members(clientId);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	HouseholdMember add(@PathVariable UUID clientId, @Valid @RequestBody AddHouseholdMember command) {
		return this.household.add(clientId, command);
	}

}
