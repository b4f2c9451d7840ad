package se.bostadsbryggan.allocation.need;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue of pseudonymous housing needs from social services, oldest registration
 * first.
 */
@Service
public class HousingNeedQueue {

	private static final Logger log = LoggerFactory.getLogger(HousingNeedQueue.class);

	private final HousingNeedRepository needs;

	HousingNeedQueue(HousingNeedRepository needs) {
		this.needs = needs;
	}

	/**
	 * Social services registered a need: it joins the queue.
	 * @param need the need
	 */
	@Transactional
	public void registered(HousingNeed need) {
		this.needs.insert(need);
		log.info("Housing need {} for {} people, {} rooms, joined the queue", need.shortReference(),
				need.householdSize(), need.roomsNeeded());
	}

	/**
	 * @return the needs in queue order: the earliest registered first
	 */
	@Transactional(readOnly = true)
	public List<HousingNeed> inQueueOrder() {
		return this.needs.findInQueueOrder();
	}

}
