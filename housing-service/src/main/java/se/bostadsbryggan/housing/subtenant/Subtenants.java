package se.bostadsbryggan.housing.subtenant;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.contracts.social.Sealed;
import se.bostadsbryggan.contracts.social.SubtenantIdentity;
import se.bostadsbryggan.contracts.social.SubtenantIdentityShared;
import se.bostadsbryggan.identity.PersonalIdentityNumber;
import se.bostadsbryggan.identity.Seals;

/**
 * The only way to subtenants' personal data: the identities social services share at a
 * placement are opened and stored here, and every read and change is written to the audit
 * log (subject {@value #SUBJECT_TYPE}, the placement's id), as tenants' are.
 */
@Service
public class Subtenants {

	/** The audit log's subject type of a subtenant, whose id is the placement's. */
	public static final String SUBJECT_TYPE = "SUBTENANT";

	/** Why subtenants' data is used: letting and managing the social contract. */
	static final String PURPOSE = "LETTING";

	private static final Logger log = LoggerFactory.getLogger(Subtenants.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SELECT = "select placement_id, personal_identity_number, name, household_size, "
			+ "consent_stated_on, received_at from subtenant";

	private static final int MAX_NAME = 200;

	private static final int MAX_HOUSEHOLD = 30;

	private final JdbcClient jdbc;

	private final SubtenantKeys keys;

	private final AuditLog audit;

	private final Clock clock;

	Subtenants(JdbcClient jdbc, SubtenantKeys keys, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens a shared identity and stores it as the subtenant of its placement (a later
	 * one for the same placement replaces it), in the caller's transaction (the
	 * consumer's, which records the event as processed).
	 * @param shared the event's payload
	 * @return the subtenant as stored
	 * @throws UnreadableSubtenantIdentity if it cannot be opened with housing's keys or
	 * is not a valid identity; nothing is written then
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	Subtenant receive(SubtenantIdentityShared shared) {
		if (shared.placementId() == null || shared.subtenant() == null || shared.consentStatedOn() == null) {
			throw new UnreadableSubtenantIdentity("lacks a field its contract requires");
		}
		SubtenantIdentity identity = open(shared.subtenant(), shared.placementId().toString());
		String number = PersonalIdentityNumber.parse(identity.personalIdentityNumber())
			.map(PersonalIdentityNumber::value)
			.orElseThrow(() -> new UnreadableSubtenantIdentity("holds no valid personal identity number"));
		String name = (identity.name() != null) ? identity.name().strip() : "";
		if (name.isEmpty() || name.length() > MAX_NAME) {
			throw new UnreadableSubtenantIdentity("holds no usable name");
		}
		if (identity.householdSize() < 1 || identity.householdSize() > MAX_HOUSEHOLD) {
			throw new UnreadableSubtenantIdentity("holds no usable household size");
		}
		this.jdbc.sql("""
				insert into subtenant (placement_id, request_reference, personal_identity_number, name, household_size,
				                       consent_stated_on, received_at)
				values (:placement, :request, :number, :name, :household, :consent, :now)
				on conflict (placement_id) do update
				set request_reference = excluded.request_reference,
				    personal_identity_number = excluded.personal_identity_number, name = excluded.name,
				    household_size = excluded.household_size, consent_stated_on = excluded.consent_stated_on,
				    received_at = excluded.received_at
				""")
			.param("placement", shared.placementId())
			.param("request", shared.requestReference())
			.param("number", number)
			.param("name", name)
			.param("household", identity.householdSize())
			.param("consent", Date.valueOf(shared.consentStatedOn()))
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.audit.record(AuditEvent.of("SUBTENANT_REGISTER", SUBJECT_TYPE, shared.placementId())
			.purpose(PURPOSE)
			.details(Map.of("consentStatedOn", shared.consentStatedOn().toString())), Outcome.SUCCESS);
		log.info("Subtenant of placement {} received (consent stated on {})", shared.placementId(),
				shared.consentStatedOn());
		return read(shared.placementId());
	}

	/**
	 * Not read-only: reading subtenants writes audit rows, one per subtenant.
	 * @param placementIds placements
	 * @return the subtenants known for them, by placement id
	 */
	@Transactional
	public Map<UUID, Subtenant> findByPlacements(Collection<UUID> placementIds) {
		if (placementIds.isEmpty()) {
			return Map.of();
		}
		List<Subtenant> found = this.jdbc.sql(SELECT + " where placement_id in (:ids)")
			.param("ids", List.copyOf(placementIds))
			.query(Subtenant.class)
			.list();
		for (Subtenant subtenant : found) {
			this.audit.record(AuditEvent.of("SUBTENANT_READ", SUBJECT_TYPE, subtenant.placementId()).purpose(PURPOSE),
					Outcome.SUCCESS);
		}
		return found.stream().collect(Collectors.toMap(Subtenant::placementId, Function.identity()));
	}

	/**
	 * The personal identity numbers of the subtenants of social contracts that run on a
	 * day in a stairwell: they live there. For a check that only compares them and keeps
	 * nothing: the caller writes one audit entry for its purpose naming these placements
	 * in the same transaction.
	 * @param stairwell the stairwell's code
	 * @param day the day
	 * @return the subtenants' placements and numbers
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<SubtenantNumber> currentSubtenantsOf(String stairwell, LocalDate day) {
		return this.jdbc.sql("""
				select distinct st.placement_id, st.personal_identity_number
				from subtenant st
				join lease l on l.placement_id = st.placement_id
				join apartment a on a.id = l.apartment_id
				join stairwell s on s.id = a.stairwell_id
				where s.code = :stairwell and l.type = 'SOCIAL'
				  and l.start_date <= :day and (l.end_date is null or l.end_date >= :day)
				""")
			.param("stairwell", stairwell)
			.param("day", Date.valueOf(day))
			.query((rs, row) -> new SubtenantNumber(rs.getObject("placement_id", UUID.class),
					PersonalIdentityNumber.parse(rs.getString("personal_identity_number")).orElseThrow()))
			.list();
	}

	/**
	 * Opens an identity social services sealed for the housing company elsewhere than at
	 * a placement (the new tenant of a takeover), with the same keys. Writes nothing: the
	 * caller stores and audits what it keeps.
	 * @param sealed the sealed identity
	 * @param associatedData what it was sealed for (e.g. a lease id's string form)
	 * @return the identity, its number as 12 digits and its name stripped, or empty if it
	 * cannot be opened with housing's keys or holds no valid number or usable name
	 */
	public Optional<SubtenantIdentity> openIdentity(Sealed sealed, String associatedData) {
		if (sealed == null || associatedData == null) {
			return Optional.empty();
		}
		SubtenantIdentity identity;
		try {
			identity = open(sealed, associatedData);
		}
		catch (UnreadableSubtenantIdentity ex) {
			log.warn("A sealed identity for {} {}", associatedData, ex.getMessage());
			return Optional.empty();
		}
		Optional<String> number = PersonalIdentityNumber.parse(identity.personalIdentityNumber())
			.map(PersonalIdentityNumber::value);
		String name = (identity.name() != null) ? identity.name().strip() : "";
		if (number.isEmpty() || name.isEmpty() || name.length() > MAX_NAME) {
			log.warn("A sealed identity for {} holds no valid personal identity number or no usable name",
					associatedData);
			return Optional.empty();
		}
		return Optional.of(new SubtenantIdentity(number.get(), name, identity.householdSize()));
	}

	private SubtenantIdentity open(Sealed sealed, String associatedData) {
		byte[] json;
		try {
			json = Seals.open(this.keys.byId(), sealed, associatedData.getBytes(StandardCharsets.UTF_8));
		}
		catch (Seals.SealException ex) {
			// The seal's message names the key id at most, never the content.
			throw new UnreadableSubtenantIdentity("cannot be opened: " + ex.getMessage());
		}
		try {
			return JSON.readValue(json, SubtenantIdentity.class);
		}
		catch (JacksonException ex) {
			// Not the parser's message: it may quote the content.
			throw new UnreadableSubtenantIdentity("is not a subtenant identity once opened");
		}
	}

	private Subtenant read(UUID placementId) {
		return this.jdbc.sql(SELECT + " where placement_id = :id")
			.param("id", placementId)
			.query(Subtenant.class)
			.single();
	}

}
