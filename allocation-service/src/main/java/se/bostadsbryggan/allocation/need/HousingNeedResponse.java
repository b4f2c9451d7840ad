package se.bostadsbryggan.allocation.need;

import java.time.Instant;
import java.util.UUID;

/**
 * A housing need as the JSON API shows it.
 */
record HousingNeedResponse(UUID needReference, int householdSize, int roomsNeeded, Instant registeredAt) {

	static HousingNeedResponse of(HousingNeed need) {
		return new HousingNeedResponse(need.needReference(), need.householdSize(), need.roomsNeeded(),
				need.registeredAt());
	}

}
