package se.bostadsbryggan.social.need;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A housing need as the JSON API shows it, without its client or conflict persons.
 */
record HousingNeedResponse(UUID id, UUID reference, int householdSize, int roomsNeeded, Instant registeredAt,
		Integer maxRent, boolean needsLift, boolean needsGroundFloor, boolean needsAdapted, List<String> areasToAvoid) {

	static HousingNeedResponse of(HousingNeed need) {
		return new HousingNeedResponse(need.id(), need.reference(), need.householdSize(), need.roomsNeeded(),
				need.registeredAt(), need.maxRent(), need.needsLift(), need.needsGroundFloor(), need.needsAdapted(),
				need.areasToAvoid());
	}

}
