package se.bostadsbryggan.social.guarantee;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.social.contract.SocialContractService;

/**
 * The yearly overview of guarantees and social contracts. It counts every client's, in
 * the whole municipality, whatever the caller's scope: counts name no one, so there is no
 * entry per client in the audit log, but each reading is one entry.
 */
@Service
public class GuaranteeOverviewService {

	/** The audit log's subject type of the overview. */
	static final String SUBJECT = "GUARANTEE_OVERVIEW";

	/** Why it is read: follow-up of the municipality's housing work, in counts. */
	static final String PURPOSE = "STATISTICS";

	private final GuaranteeService guarantees;

	private final SocialContractService contracts;

	private final AuditLog audit;

	GuaranteeOverviewService(GuaranteeService guarantees, SocialContractService contracts, AuditLog audit) {
		this.guarantees = guarantees;
		this.contracts = contracts;
		this.audit = audit;
	}

	/**
	 * @return the overview as of today, audited as {@code GUARANTEE_OVERVIEW_VIEW}
	 */
	@Transactional
	public Overview overview() {
		return overview("GUARANTEE_OVERVIEW_VIEW");
	}

	/**
	 * @return the overview as of today for a file, audited as
	 * {@code GUARANTEE_OVERVIEW_EXPORT}
	 */
	@Transactional
	public Overview export() {
		return overview("GUARANTEE_OVERVIEW_EXPORT");
	}

	private Overview overview(String action) {
		List<Overview.Span> guaranteeSpans = this.guarantees.periods()
			.stream()
			.map((period) -> new Overview.Span(period.startDate(), period.endDate()))
			.toList();
		List<Overview.Span> contractSpans = this.contracts.periods()
			.stream()
			.map((period) -> new Overview.Span(period.startDate(), period.endDate()))
			.toList();
		Overview overview = Overview.of(guaranteeSpans, contractSpans, this.guarantees.today());
		this.audit.record(AuditEvent.of(action, SUBJECT, null)
			.purpose(PURPOSE)
			.details(Map.of("scope", "MUNICIPALITY", "years", overview.years().size())), Outcome.SUCCESS);
		return overview;
	}

}
