package se.bostadsbryggan.housing.conflictcheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.contracts.allocation.ConflictCheckRequested;
import se.bostadsbryggan.contracts.allocation.PersonHash;
import se.bostadsbryggan.contracts.housing.ConflictCheckAnswered;
import se.bostadsbryggan.contracts.housing.ConflictCheckAnswered.Result;
import se.bostadsbryggan.contracts.housing.HousingEvents;
import se.bostadsbryggan.housing.property.StairwellRegister;
import se.bostadsbryggan.housing.subtenant.SubtenantNumber;
import se.bostadsbryggan.housing.subtenant.Subtenants;
import se.bostadsbryggan.housing.tenant.TenantNumber;
import se.bostadsbryggan.housing.tenant.TenantRegistry;
import se.bostadsbryggan.identity.KeyedHashes;
import se.bostadsbryggan.identity.PersonalIdentityNumber;
import se.bostadsbryggan.messaging.Outbox;

/**
 * Answers the shared workflow's conflict checks: hashes the personal identity numbers of
 * the stairwell's current residents (the tenants of its running leases, and the
 * subtenants of its running social contracts) with the key each conflict person's hash
 * names, and compares. Only the result leaves, through the outbox in the caller's
 * transaction: never a resident's hash, nor how many there are. Each check is one audit
 * entry (a use of residents' personal data for the letting purpose) naming the tenants
 * compared, and the placements whose subtenants were compared, without their numbers or
 * hashes.
 */
@Service
public class ConflictChecks {

	/** The audit action of a conflict check. */
	static final String ACTION = "CONFLICT_CHECK";

	private static final Logger log = LoggerFactory.getLogger(ConflictChecks.class);

	private final StairwellRegister stairwells;

	private final TenantRegistry tenants;

	private final Subtenants subtenants;

	private final KeyedHashes hashes;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	ConflictChecks(StairwellRegister stairwells, TenantRegistry tenants, Subtenants subtenants, KeyedHashes hashes,
			Outbox outbox, AuditLog audit, Clock clock) {
		this.stairwells = stairwells;
		this.tenants = tenants;
		this.subtenants = subtenants;
		this.hashes = hashes;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Answers a check, in the caller's transaction (the consumer's, which records the
	 * event as processed).
	 * @param request the check
	 * @return the answer published
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Result answer(ConflictCheckRequested request) {
		List<TenantNumber> compared = List.of();
		List<SubtenantNumber> subtenantsCompared = List.of();
		Result result;
		if (this.stairwells.find(request.stairwell()).isEmpty()) {
			result = Result.CANNOT_CHECK;
		}
		else if (!request.conflictPersons().stream().allMatch((person) -> this.hashes.holds(person.keyId()))) {
			result = Result.CANNOT_CHECK;
		}
		else if (request.conflictPersons().isEmpty()) {
			result = Result.NO_CONFLICT;
		}
		else {
			LocalDate today = LocalDate.now(this.clock);
			compared = this.tenants.currentTenantsOf(request.stairwell(), today);
			subtenantsCompared = this.subtenants.currentSubtenantsOf(request.stairwell(), today);
			List<PersonalIdentityNumber> residents = new ArrayList<>();
			compared.forEach((tenant) -> residents.add(tenant.number()));
			subtenantsCompared.forEach((subtenant) -> residents.add(subtenant.number()));
			result = anyMatch(request.conflictPersons(), residents) ? Result.CONFLICT : Result.NO_CONFLICT;
		}
		this.outbox.append(HousingEvents.CONFLICT_CHECK_ANSWERED, request.checkId(),
				new ConflictCheckAnswered(request.checkId(), result));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("checkId", request.checkId().toString());
		details.put("stairwell", request.stairwell());
		details.put("result", result.name());
		details.put("tenantsCompared", compared.size());
		details.put("subtenantsCompared", subtenantsCompared.size());
		List<String> subtenantPlacements = subtenantsCompared.stream()
			.map((subtenant) -> subtenant.placementId().toString())
			.toList();
		details.put("subtenantPlacements", subtenantPlacements);
		// Filtering the log by a tenant's id, or by a placement's (a subtenant's), finds
		// the check.
		List<String> subjects = new ArrayList<>();
		compared.forEach((tenant) -> subjects.add(tenant.tenantId().toString()));
		subjects.addAll(subtenantPlacements);
		details.put(AuditEvent.SUBJECTS, subjects);
		this.audit.record(AuditEvent.of(ACTION, "TENANT", null).purpose(TenantRegistry.PURPOSE).details(details),
				Outcome.SUCCESS);
		log.info("Conflict check {} in stairwell {}: {}", request.checkId(), request.stairwell(), result);
		return result;
	}

	// Hashes every resident once per key the request uses; the hashes stay in this
	// method.
	private boolean anyMatch(List<PersonHash> conflictPersons, List<PersonalIdentityNumber> residents) {
		Map<String, Set<String>> wantedByKey = conflictPersons.stream()
			.filter((person) -> person.hmacSha256() != null)
			.collect(Collectors.groupingBy(PersonHash::keyId,
					Collectors.mapping((person) -> person.hmacSha256().toLowerCase(Locale.ROOT), Collectors.toSet())));
		for (Map.Entry<String, Set<String>> wanted : wantedByKey.entrySet()) {
			for (PersonalIdentityNumber resident : residents) {
				if (wanted.getValue().contains(this.hashes.hash(resident, wanted.getKey()).value())) {
					return true;
				}
			}
		}
		return false;
	}

}
