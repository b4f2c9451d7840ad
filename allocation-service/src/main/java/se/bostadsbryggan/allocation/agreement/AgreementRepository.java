package se.bostadsbryggan.allocation.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the versions of the agreements in the allocation database.
 */
@Repository
class AgreementRepository {

	private static final String COLUMNS = """
			year, version, quota_mode, quota_percent, quota_fixed, max_per_stairwell, max_per_property_percent,
			offer_answer_days, meeting_interval_weeks, takeover_contract_months, takeover_on_time_rent_months,
			takeover_payment_grace_days, takeover_disturbance_free_months, takeover_readiness_max_age_months,
			takeover_reminder_days, note,
			changed_by, changed_by_organisation, changed_at""";

	private final JdbcClient jdbc;

	AgreementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds a version. A plain insert: two saves racing for the same version number make
	 * the second fail on the primary key.
	 */
	void insert(Agreement agreement) {
		AgreementTerms terms = agreement.terms();
		this.jdbc.sql("insert into agreement_version (" + COLUMNS + """
				) values (:year, :version, :quotaMode, :quotaPercent, :quotaFixed, :maxPerStairwell,
				          :maxPerPropertyPercent, :offerAnswerDays, :meetingIntervalWeeks, :contractMonths,
				          :onTimeMonths, :graceDays, :disturbanceFreeMonths, :readinessMonths, :reminderDays, :note,
				          :changedBy,
				          :organisation, :changedAt)
				""")
			.param("year", agreement.year())
			.param("version", agreement.version())
			.param("quotaMode", terms.quotaMode().name())
			.param("quotaPercent", (terms.quotaMode() == QuotaMode.SHARE) ? terms.quotaPercent() : null)
			.param("quotaFixed", (terms.quotaMode() == QuotaMode.FIXED) ? terms.quotaFixed() : null)
			.param("maxPerStairwell", terms.maxPerStairwell())
			.param("maxPerPropertyPercent", terms.maxPerPropertyPercent())
			.param("offerAnswerDays", terms.offerAnswerDays())
			.param("meetingIntervalWeeks", terms.meetingIntervalWeeks())
			.param("contractMonths", terms.takeoverContractMonths())
			.param("onTimeMonths", terms.takeoverOnTimeRentMonths())
			.param("graceDays", terms.takeoverPaymentGraceDays())
			.param("disturbanceFreeMonths", terms.takeoverDisturbanceFreeMonths())
			.param("readinessMonths", terms.takeoverReadinessMaxAgeMonths())
			.param("reminderDays", terms.takeoverReminderDays())
			.param("note", terms.note())
			.param("changedBy", agreement.changedBy())
			.param("organisation", agreement.changedByOrganisation())
			.param("changedAt", Timestamp.from(agreement.changedAt()))
			.update();
	}

	Optional<Agreement> current(int year) {
		return this.jdbc
			.sql("select " + COLUMNS + " from agreement_version where year = :year order by version desc limit 1")
			.param("year", year)
			.query(AgreementRepository::agreement)
			.optional();
	}

	/** The latest version of the latest year before the given one. */
	Optional<Agreement> latestBefore(int year) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from agreement_version where year < :year order by year desc, version desc limit 1")
			.param("year", year)
			.query(AgreementRepository::agreement)
			.optional();
	}

	/** Every version of the year, the newest first. */
	List<Agreement> history(int year) {
		return this.jdbc.sql("select " + COLUMNS + " from agreement_version where year = :year order by version desc")
			.param("year", year)
			.query(AgreementRepository::agreement)
			.list();
	}

	/**
	 * Makes sure the year has a quota row for placements to lock.
	 */
	void ensureQuotaYear(int year, java.time.Instant now) {
		this.jdbc.sql("insert into quota_year (year, created_at) values (:year, :now) on conflict (year) do nothing")
			.param("year", year)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** 7.50 as 7.5 and 10.00 as 10, as a manager typed them. */
	private static java.math.BigDecimal plain(java.math.BigDecimal number) {
		if (number == null) {
			return null;
		}
		java.math.BigDecimal stripped = number.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static Agreement agreement(ResultSet rs, int row) throws SQLException {
		AgreementTerms terms = new AgreementTerms(QuotaMode.valueOf(rs.getString("quota_mode")),
				plain(rs.getBigDecimal("quota_percent")), rs.getObject("quota_fixed", Integer.class),
				rs.getInt("max_per_stairwell"), rs.getInt("max_per_property_percent"), rs.getInt("offer_answer_days"),
				rs.getInt("meeting_interval_weeks"), rs.getInt("takeover_contract_months"),
				rs.getInt("takeover_on_time_rent_months"), rs.getInt("takeover_payment_grace_days"),
				rs.getInt("takeover_disturbance_free_months"), rs.getInt("takeover_readiness_max_age_months"),
				rs.getInt("takeover_reminder_days"), rs.getInt("version"), rs.getString("note"));
		return new Agreement(rs.getInt("year"), rs.getInt("version"), terms, rs.getString("changed_by"),
				rs.getString("changed_by_organisation"), rs.getTimestamp("changed_at").toInstant());
	}

}
