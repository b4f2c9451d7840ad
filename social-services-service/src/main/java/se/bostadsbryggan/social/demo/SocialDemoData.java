package se.bostadsbryggan.social.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import se.bostadsbryggan.social.need.HousingNeedService;
import se.bostadsbryggan.social.need.RegisterHousingNeed;

/**
 * Demo data for the local run only ({@code bb.demo.enabled=true}): four housing needs of
 * households of different sizes. Loaded once, into an empty database, through the same
 * service as caseworkers use, so the events flow as in real use. Production starts empty.
 */
@Component
@ConditionalOnBooleanProperty("bb.demo.enabled")
class SocialDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SocialDemoData.class);

	private final HousingNeedService needs;

	SocialDemoData(HousingNeedService needs) {
		this.needs = needs;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.needs.count() > 0) {
			return;
		}
		register(1, 1);
		register(2, 2);
		register(4, 3);
		register(6, 4);
		log.info("Loaded social services demo data: 4 housing needs");
	}

	private void register(int householdSize, int roomsNeeded) {
		this.needs.register(new RegisterHousingNeed(householdSize, roomsNeeded));
	}

}
