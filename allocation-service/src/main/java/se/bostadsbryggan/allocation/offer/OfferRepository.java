package se.bostadsbryggan.allocation.offer;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores offers and placements. Who sees which is part of each query: {@code caseworker}
 * is {@code null} to see all, else only that caseworker's requests' offers.
 */
@Repository
class OfferRepository {

	private static final String OFFER = """
			select o.id, o.quota_year, o.request_reference, r.caseworker, o.apartment_id, a.object_number, a.address,
			       a.stairwell, o.status, o.blocked_rule, o.offered_on, o.answer_by, o.offered_by, o.answered_by,
			       o.answered_at, o.decline_reason, o.snapshot
			from offer o
			join housing_request r on r.request_reference = o.request_reference
			join apartment a on a.apartment_id = o.apartment_id
			""";

	private static final String PLACEMENT = """
			select p.id, p.quota_year, p.request_reference, r.caseworker, p.apartment_id, a.object_number,
			       a.address, p.placed_on, p.start_date, p.status, p.signed_at, p.refused_reason, p.identity_status,
			       p.own_contract_on
			from placement p
			join housing_request r on r.request_reference = p.request_reference
			join apartment a on a.apartment_id = p.apartment_id
			""";

	private static final String SCOPE = " (cast(:caseworker as text) is null or r.caseworker = :caseworker) ";

	private final JdbcClient jdbc;

	OfferRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, int year, UUID request, UUID apartment, LocalDate today, UUID checkId, Instant checkDeadline,
			String status, String blockedRule, String snapshot, String by, Instant now) {
		this.jdbc.sql("""
				insert into offer (id, quota_year, request_reference, apartment_id, offered_on, answer_by, status,
				                   check_id, check_deadline, blocked_rule, snapshot, offered_by, offered_at)
				values (:id, :year, :request, :apartment, :today, null, :status, :checkId, :deadline, :rule,
				        cast(:snapshot as jsonb), :by, :now)
				""")
			.param("id", id)
			.param("year", year)
			.param("request", request)
			.param("apartment", apartment)
			.param("today", Date.valueOf(today))
			.param("status", status)
			.param("checkId", checkId)
			.param("deadline", (checkDeadline != null) ? Timestamp.from(checkDeadline) : null)
			.param("rule", blockedRule)
			.param("snapshot", snapshot)
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The checking offer of a conflict check, locked; empty once it left checking. */
	Optional<Offer> lockChecking(UUID checkId) {
		return this.jdbc.sql(OFFER + " where o.check_id = :checkId and o.status = 'CHECKING' for update of o")
			.param("checkId", checkId)
			.query(OfferRepository::offer)
			.optional();
	}

	/** The offer, locked, if the caller may see it. */
	Optional<Offer> lock(UUID id, String caseworker) {
		return this.jdbc.sql(OFFER + " where o.id = :id and" + SCOPE + "for update of o")
			.param("id", id)
			.param("caseworker", caseworker)
			.query(OfferRepository::offer)
			.optional();
	}

	Optional<Offer> find(UUID id, String caseworker) {
		return this.jdbc.sql(OFFER + " where o.id = :id and" + SCOPE)
			.param("id", id)
			.param("caseworker", caseworker)
			.query(OfferRepository::offer)
			.optional();
	}

	List<Offer> list(String caseworker) {
		return this.jdbc.sql(OFFER + " where" + SCOPE + """
				order by case o.status when 'OPEN' then 0 when 'CHECKING' then 1 else 2 end,
				         o.answer_by nulls last, o.offered_at desc
				""").param("caseworker", caseworker).query(OfferRepository::offer).list();
	}

	Optional<UUID> checkId(UUID id) {
		return this.jdbc.sql("select check_id from offer where id = :id and status = 'CHECKING'")
			.param("id", id)
			.query(UUID.class)
			.optional();
	}

	int countOpen(String caseworker) {
		return this.jdbc.sql("""
				select count(*) from offer o join housing_request r on r.request_reference = o.request_reference
				where o.status = 'OPEN' and""" + SCOPE).param("caseworker", caseworker).query(Integer.class).single();
	}

	boolean any() {
		return this.jdbc.sql("select exists (select 1 from offer)").query(Boolean.class).single();
	}

	/** The checking offers whose check should have been answered before {@code now}. */
	List<UUID> checksOverdue(Instant now) {
		return this.jdbc.sql("select check_id from offer where status = 'CHECKING' and check_deadline < :now")
			.param("now", Timestamp.from(now))
			.query(UUID.class)
			.list();
	}

	/** The open offers whose last day to answer is before {@code today}. */
	List<UUID> openPast(LocalDate today) {
		return this.jdbc.sql("select id from offer where status = 'OPEN' and answer_by < :today")
			.param("today", Date.valueOf(today))
			.query(UUID.class)
			.list();
	}

	void open(UUID id, LocalDate answerBy) {
		this.jdbc.sql("update offer set status = 'OPEN', answer_by = :answerBy where id = :id and status = 'CHECKING'")
			.param("id", id)
			.param("answerBy", Date.valueOf(answerBy))
			.update();
	}

	void block(UUID id, String rule) {
		this.jdbc
			.sql("update offer set status = 'BLOCKED', blocked_rule = :rule where id = :id and status = 'CHECKING'")
			.param("id", id)
			.param("rule", rule)
			.update();
	}

	void answer(UUID id, String status, DeclineReason reason, String by, Instant at) {
		this.jdbc.sql("""
				update offer set status = :status, decline_reason = :reason, answered_by = :by, answered_at = :at
				where id = :id and status = 'OPEN'
				""")
			.param("id", id)
			.param("status", status)
			.param("reason", (reason != null) ? reason.name() : null)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	void insertPlacement(UUID id, Offer offer, LocalDate today, LocalDate startDate, String by) {
		this.jdbc.sql("""
				insert into placement (id, quota_year, request_reference, apartment_id, placed_on, offer_id, stairwell,
				                       start_date, status, placed_by)
				values (:id, :year, :request, :apartment, :today, :offer, :stairwell, :start, 'AGREED', :by)
				""")
			.param("id", id)
			.param("year", offer.quotaYear())
			.param("request", offer.requestReference())
			.param("apartment", offer.apartmentId())
			.param("today", Date.valueOf(today))
			.param("offer", offer.id())
			.param("stairwell", offer.stairwell())
			.param("start", Date.valueOf(startDate))
			.param("by", by)
			.update();
	}

	/** Placements agreed but not yet signed in a stairwell, and in a property. */
	int[] unsignedPlacements(String stairwell, String property) {
		return this.jdbc.sql("""
				select (select count(*) from placement p where p.status = 'AGREED' and p.stairwell = :stairwell),
				       (select count(*) from placement p join apartment a on a.apartment_id = p.apartment_id
				        where p.status = 'AGREED' and a.property = :property)
				""")
			.param("stairwell", stairwell)
			.param("property", property)
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
	}

	/**
	 * @return whether an agreed placement became signed
	 */
	boolean sign(UUID placementId, UUID leaseId, Instant at) {
		return this.jdbc.sql("""
				update placement set status = 'SIGNED', lease_id = :lease, signed_at = :at
				where id = :id and status = 'AGREED'
				""").param("id", placementId).param("lease", leaseId).param("at", Timestamp.from(at)).update() > 0;
	}

	/** The agreed placement, locked; empty once signed or refused, or if unknown. */
	Optional<Placement> lockAgreed(UUID placementId) {
		return this.jdbc.sql(PLACEMENT + " where p.id = :id and p.status = 'AGREED' for update of p")
			.param("id", placementId)
			.query(Placement.class)
			.optional();
	}

	/** The housing company could not sign an agreed placement. */
	void refuse(UUID placementId, String reason, Instant at) {
		this.jdbc.sql("""
				update placement set status = 'REFUSED', refused_reason = :reason, refused_at = :at
				where id = :id and status = 'AGREED'
				""").param("id", placementId).param("reason", reason).param("at", Timestamp.from(at)).update();
	}

	/**
	 * Records whether the subtenant's identity was shared, or why not.
	 * @return the request's reference of the placement, empty for an unknown placement
	 */
	Optional<UUID> identity(UUID placementId, String status, Instant at) {
		return this.jdbc.sql("""
				update placement set identity_status = :status, identity_updated_at = :at
				where id = :id returning request_reference
				""")
			.param("id", placementId)
			.param("status", status)
			.param("at", Timestamp.from(at))
			.query(UUID.class)
			.optional();
	}

	List<Placement> placements(String caseworker) {
		return this.jdbc.sql(PLACEMENT + " where" + SCOPE + "order by p.placed_on desc, p.id")
			.param("caseworker", caseworker)
			.query(Placement.class)
			.list();
	}

	private static Offer offer(ResultSet rs, int row) throws SQLException {
		Date answerBy = rs.getDate("answer_by");
		Timestamp answeredAt = rs.getTimestamp("answered_at");
		String reason = rs.getString("decline_reason");
		return new Offer(rs.getObject("id", UUID.class), rs.getInt("quota_year"),
				rs.getObject("request_reference", UUID.class), rs.getString("caseworker"),
				rs.getObject("apartment_id", UUID.class), rs.getString("object_number"), rs.getString("address"),
				rs.getString("stairwell"), rs.getString("status"), rs.getString("blocked_rule"),
				rs.getDate("offered_on").toLocalDate(), (answerBy != null) ? answerBy.toLocalDate() : null,
				rs.getString("offered_by"), rs.getString("answered_by"),
				(answeredAt != null) ? answeredAt.toInstant() : null,
				(reason != null) ? DeclineReason.valueOf(reason) : null, rs.getString("snapshot"));
	}

}
