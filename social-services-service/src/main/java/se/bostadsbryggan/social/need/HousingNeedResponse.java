package se.bostadsbryggan.social.need;

import java.time.Instant;
import java.util.UUID;

/**
 * A housing need as the JSON API shows it.
 */
record HousingNeedResponse(UUID id, UUID reference, int householdSize, int roomsNeeded, Instant registeredAt) {

	static HousingNeedResponse of(HousingNeed need) {
		return new HousingNeedResponse(need.id(), need.reference(), need.householdSize(), need.roomsNeeded(),
				need.registeredAt());
	}

}
