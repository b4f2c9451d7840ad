package se.bostadsbryggan.allocation.spread;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.allocation.agreement.Agreement;
import se.bostadsbryggan.allocation.agreement.AgreementService;
import se.bostadsbryggan.allocation.agreement.AgreementTerms;

/**
 * The spread of social contracts and guarantees over stairwells and properties, kept from
 * the housing company's lease events and held against this year's agreement (the default
 * terms while the year has none).
 */
@Service
public class Spread {

	private static final Logger log = LoggerFactory.getLogger(Spread.class);

	private final LeaseRepository leases;

	private final AgreementService agreements;

	private final Clock clock;

	Spread(LeaseRepository leases, AgreementService agreements, Clock clock) {
		this.leases = leases;
		this.agreements = agreements;
		this.clock = clock;
	}

	/**
	 * The housing company signed a lease.
	 * @param lease the lease
	 */
	@Transactional
	public void started(Lease lease) {
		this.leases.started(lease, this.clock.instant());
		log.info("Lease {} ({}) in stairwell {} from {}", lease.leaseId(), lease.leaseType(), lease.stairwell(),
				lease.startDate());
	}

	/**
	 * The housing company ended a lease.
	 * @param lease the lease with its last day
	 */
	@Transactional
	public void ended(Lease lease) {
		this.leases.ended(lease, this.clock.instant());
		log.info("Lease {} ({}) in stairwell {} ends {}", lease.leaseId(), lease.leaseType(), lease.stairwell(),
				lease.endDate());
	}

	/**
	 * @return the concentration per stairwell, the most crowded first
	 */
	@Transactional(readOnly = true)
	public List<Concentration> perStairwell() {
		LocalDate today = LocalDate.now(this.clock);
		Optional<Agreement> agreement = this.agreements.inForce(today.getYear());
		return this.leases.counts(today).stream().map((row) -> concentration(row, agreement)).toList();
	}

	/**
	 * @param stairwell a stairwell's code
	 * @return its concentration, or an empty one for a stairwell nothing is known of
	 */
	@Transactional(readOnly = true)
	public Concentration of(String stairwell) {
		LocalDate today = LocalDate.now(this.clock);
		Optional<Agreement> agreement = this.agreements.inForce(today.getYear());
		return this.leases.counts(today, stairwell)
			.stream()
			.map((row) -> concentration(row, agreement))
			.findFirst()
			.orElseGet(() -> new Concentration(stairwell, null, 0, 0, limits().maxPerStairwell(), 0, 0, 0));
	}

	/**
	 * @return whether this year's agreement sets the limits (else the defaults do)
	 */
	@Transactional(readOnly = true)
	public boolean agreementInForce() {
		return this.agreements.inForce(LocalDate.now(this.clock).getYear()).isPresent();
	}

	/**
	 * @param year a year
	 * @return the social contracts that started in it
	 */
	@Transactional(readOnly = true)
	public int socialContractsStartedIn(int year) {
		return this.leases.socialContractsStarted(year);
	}

	private AgreementTerms limits() {
		return this.agreements.inForce(LocalDate.now(this.clock).getYear())
			.map(Agreement::terms)
			.orElseGet(AgreementTerms::defaults);
	}

	private static Concentration concentration(Map<String, Object> row, Optional<Agreement> agreement) {
		AgreementTerms terms = agreement.map(Agreement::terms).orElseGet(AgreementTerms::defaults);
		int propertyApartments = ((Number) row.get("property_apartments")).intValue();
		return new Concentration((String) row.get("stairwell"), (String) row.get("property"),
				((Number) row.get("social_contracts")).intValue(), ((Number) row.get("guarantees")).intValue(),
				terms.maxPerStairwell(), ((Number) row.get("property_count")).intValue(), propertyApartments,
				Math.max(1, propertyApartments * terms.maxPerPropertyPercent() / 100));
	}

}
