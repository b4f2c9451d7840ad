package se.bostadsbryggan.allocation.trend;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.allocation.quota.QuotaService;

/**
 * The development per year of social contracts, guarantees, placements against the quota,
 * takeovers to own contracts and the share of re-lets that went to social contracts.
 * Counts only: no personal data is read.
 */
@Service
public class TrendService {

	private final TrendRepository trends;

	private final QuotaService quotas;

	private final Clock clock;

	TrendService(TrendRepository trends, QuotaService quotas, Clock clock) {
		this.trends = trends;
		this.quotas = quotas;
		this.clock = clock;
	}

	/**
	 * @return the figures per year, from the first year with a contract or turnover (at
	 * most {@value Trends#MAX_YEARS} years back) to the current year
	 */
	@Transactional(readOnly = true)
	public List<TrendYear> years() {
		LocalDate today = LocalDate.now(this.clock);
		int from = Trends.firstYearShown(this.trends.firstYear(), today);
		int to = today.getYear();
		Map<Integer, Integer> placements = this.trends.placementsPerYear(from, to);
		Map<Integer, Integer> reLets = this.trends.reLetsPerYear(from, to);
		Map<Integer, Integer> socialStarted = this.trends.socialStartedPerYear(from, to);
		List<YearCounts> counts = new ArrayList<>();
		for (int year = from; year <= to; year++) {
			counts.add(new YearCounts(year, placements.getOrDefault(year, 0), this.quotas.total(year), reLets.get(year),
					socialStarted.getOrDefault(year, 0)));
		}
		return Trends.compute(today, from, this.trends.contracts(), counts);
	}

}
