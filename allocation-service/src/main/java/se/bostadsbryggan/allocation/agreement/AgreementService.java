package se.bostadsbryggan.allocation.agreement;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.web.ProblemException;

/**
 * The yearly agreements. A year without one has none until a manager saves it: the page
 * offers last year's terms (or the defaults) to start from, and nothing is written by
 * just looking. Every save is a new version and is audited.
 */
@Service
public class AgreementService {

	/** The audit action of a saved version. */
	static final String CHANGE = "AGREEMENT_CHANGE";

	private static final Logger log = LoggerFactory.getLogger(AgreementService.class);

	private final AgreementRepository agreements;

	private final AuditLog audit;

	private final Clock clock;

	AgreementService(AgreementRepository agreements, AuditLog audit, Clock clock) {
		this.agreements = agreements;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param year a year
	 * @return the version in force, if the year has an agreement
	 */
	@Transactional(readOnly = true)
	public Optional<Agreement> inForce(int year) {
		return this.agreements.current(year);
	}

	/**
	 * @param year a year without an agreement
	 * @return the terms to start from: the latest earlier year's, else the defaults
	 */
	@Transactional(readOnly = true)
	public AgreementTerms startingPoint(int year) {
		return this.agreements.latestBefore(year)
			.map((earlier) -> earlier.terms().editing(null, null))
			.orElseGet(AgreementTerms::defaults);
	}

	/**
	 * @param year a year
	 * @return its versions, the newest first
	 */
	@Transactional(readOnly = true)
	public List<Agreement> history(int year) {
		return this.agreements.history(year);
	}

	/**
	 * Saves the terms as the year's next version, by the current caller.
	 * @param year the year
	 * @param terms the terms, validated
	 * @return the new version
	 * @throws ProblemException (409) when someone saved another version since
	 * {@link AgreementTerms#basedOnVersion()}
	 */
	@Transactional
	public Agreement save(int year, AgreementTerms terms) {
		return save(year, terms, Actor.current());
	}

	/**
	 * Saves the terms as the year's next version.
	 * @param year the year
	 * @param terms the terms, validated
	 * @param actor who saves them
	 * @return the new version
	 */
	@Transactional
	public Agreement save(int year, AgreementTerms terms, Actor actor) {
		if (year < 2000 || year > 2100) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "agreement-year-invalid", year);
		}
		Optional<Agreement> current = this.agreements.current(year);
		Integer currentVersion = current.map(Agreement::version).orElse(null);
		if (!Objects.equals(currentVersion, terms.basedOnVersion())) {
			this.audit.record(actor, event(year).details(Map.of("basedOnVersion",
					String.valueOf(terms.basedOnVersion()), "current", String.valueOf(currentVersion))),
					Outcome.CONFLICT);
			throw ProblemException.conflict("agreement-changed", year, currentVersion);
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		int version = (currentVersion != null) ? currentVersion + 1 : 1;
		Agreement saved = new Agreement(year, version, terms.editing(version, terms.note()), actor.username(),
				actor.organisation(), now);
		try {
			this.agreements.insert(saved);
		}
		catch (DuplicateKeyException ex) {
			throw ProblemException.conflict("agreement-changed", year, currentVersion);
		}
		this.agreements.ensureQuotaYear(year, now);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("version", version);
		for (Agreement.Change change : saved.changesSince(current.orElse(null))) {
			details.put(change.field(), String.valueOf(change.from()) + " -> " + change.to());
		}
		if (terms.note() != null) {
			details.put("note", terms.note());
		}
		this.audit.record(actor, event(year).details(details), Outcome.SUCCESS);
		log.info("Agreement {} saved as version {} by {}", year, version, actor.username());
		return saved;
	}

	private static AuditEvent event(int year) {
		return AuditEvent.of(CHANGE, "AGREEMENT", year).purpose("AGREEMENT");
	}

}
