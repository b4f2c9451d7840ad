package se.bostadsbryggan.social.need;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.contracts.social.HousingNeedRegistered;
import se.bostadsbryggan.contracts.social.SocialEvents;
import se.bostadsbryggan.messaging.Outbox;
import se.bostadsbryggan.web.ProblemException;

/**
 * Registers households' housing needs. Each need, its pseudonymous event and its audit
 * entry commit together.
 */
@Service
public class HousingNeedService {

	private static final Logger log = LoggerFactory.getLogger(HousingNeedService.class);

	private final HousingNeedRepository needs;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	HousingNeedService(HousingNeedRepository needs, Outbox outbox, AuditLog audit, Clock clock) {
		this.needs = needs;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Registers a need under a new random reference and tells the shared workflow about
	 * it: the reference, the household's size and the rooms it needs, nothing else.
	 * @param command the validated command
	 * @return the registered need
	 */
	@Transactional
	public HousingNeed register(RegisterHousingNeed command) {
		// PostgreSQL keeps microseconds: the need returned is the need stored.
		HousingNeed need = new HousingNeed(UUID.randomUUID(), UUID.randomUUID(), command.householdSize(),
				command.roomsNeeded(), this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		this.needs.insert(need);
		this.outbox.append(SocialEvents.HOUSING_NEED_REGISTERED, need.reference(),
				new HousingNeedRegistered(need.reference(), need.householdSize(), need.roomsNeeded()));
		this.audit.record(AuditEvent.of("HOUSING_NEED_REGISTER", "HOUSING_NEED", need.id())
			.purpose("CASEWORK")
			.details(Map.of("reference", need.reference().toString())), Outcome.SUCCESS);
		log.info("Registered housing need {} under reference {}", need.id(), need.reference());
		return need;
	}

	@Transactional(readOnly = true)
	public List<HousingNeed> all() {
		return this.needs.findAll();
	}

	@Transactional(readOnly = true)
	public HousingNeed get(UUID id) {
		return this.needs.find(id).orElseThrow(() -> ProblemException.notFound("housing-need-not-found", id));
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.needs.count();
	}

}
