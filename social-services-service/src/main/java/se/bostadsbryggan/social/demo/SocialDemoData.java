package se.bostadsbryggan.social.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import se.bostadsbryggan.social.caseworker.Caseworker;
import se.bostadsbryggan.social.caseworker.Caseworkers;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.need.HousingNeedService;
import se.bostadsbryggan.social.need.RegisterHousingNeed;

/**
 * Demo data for the local run only ({@code bb.demo.enabled=true}): four housing needs of
 * households of different sizes, and the demo caseworkers {@code handlaggare} and
 * {@code handlaggare2} of unit {@value #UNIT} with four fictitious clients each (valid
 * personal identity numbers of people born in the 1900s; the caseworkers' user ids are
 * filled in when they first log in). Loaded once, into an empty database. Production
 * starts empty.
 */
@Component
@ConditionalOnBooleanProperty("bb.demo.enabled")
class SocialDemoData implements ApplicationRunner {

	/** The unit of the gateway's demo caseworkers and manager. */
	static final String UNIT = "Vuxenenheten";

	private static final Logger log = LoggerFactory.getLogger(SocialDemoData.class);

	private final HousingNeedService needs;

	private final Caseworkers caseworkers;

	private final ClientService clients;

	SocialDemoData(HousingNeedService needs, Caseworkers caseworkers, ClientService clients) {
		this.needs = needs;
		this.caseworkers = caseworkers;
		this.clients = clients;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.needs.count() == 0) {
			register(1, 1);
			register(2, 2);
			register(4, 3);
			register(6, 4);
			log.info("Loaded social services demo data: 4 housing needs");
		}
		if (this.clients.count() == 0) {
			Caseworker hanna = this.caseworkers.addIfMissing("handlaggare", "Hanna Handläggare", UNIT);
			Caseworker hugo = this.caseworkers.addIfMissing("handlaggare2", "Hugo Handläggare", UNIT);
			this.clients.registerDemoClient(hanna, "19460412-0388", "Astrid Lindqvist");
			this.clients.registerDemoClient(hanna, "19610705-2240", "Maria Johansson");
			this.clients.registerDemoClient(hanna, "19841009-5627", "Sara Nilsson");
			this.clients.registerDemoClient(hanna, "19900161-0014", "Ahmed Hassan");
			this.clients.registerDemoClient(hugo, "19520923-4573", "Bengt Karlsson");
			this.clients.registerDemoClient(hugo, "19730118-9804", "Lena Berg");
			this.clients.registerDemoClient(hugo, "19590627-8469", "Erik Svensson");
			this.clients.registerDemoClient(hugo, "19680214-0134", "Nils Ek");
			log.info("Loaded social services demo data: 2 caseworkers of {} with 4 clients each", UNIT);
		}
	}

	private void register(int householdSize, int roomsNeeded) {
		this.needs.register(new RegisterHousingNeed(householdSize, roomsNeeded));
	}

}
