package se.bostadsbryggan.allocation.request;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the housing requests in the allocation database. Who sees which is part of each
 * query: {@code caseworker} is {@code null} to see all, else only that caseworker's.
 */
@Repository
class HousingRequestRepository {

	private static final String COLUMNS = """
			request_reference, household_size, rooms_needed, max_rent, needs_lift, needs_ground_floor,
			needs_adapted, areas_to_avoid, caseworker, status, submitted_at""";

	private final JdbcClient jdbc;

	HousingRequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A plain insert: a redelivered event is dropped by the inbox, and the reference's
	 * primary key makes a duplicate that got past it fail.
	 */
	void insert(HousingRequest request, String clientKeyId, String clientHash, List<String[]> conflictHashes) {
		this.jdbc.sql("insert into housing_request (" + COLUMNS + ", client_key_id, client_hash" + """
				) values (:reference, :householdSize, :rooms, :maxRent, :lift, :groundFloor, :adapted,
				          :areas, :caseworker, :status, :submittedAt, :keyId, :hash)
				""")
			.param("reference", request.requestReference())
			.param("householdSize", request.householdSize())
			.param("rooms", request.roomsNeeded())
			.param("maxRent", request.maxRent())
			.param("lift", request.needsLift())
			.param("groundFloor", request.needsGroundFloor())
			.param("adapted", request.needsAdapted())
			.param("areas", request.areasToAvoid().toArray(String[]::new))
			.param("caseworker", request.caseworker())
			.param("status", request.status())
			.param("submittedAt", Timestamp.from(request.submittedAt()))
			.param("keyId", clientKeyId)
			.param("hash", clientHash)
			.update();
		for (String[] hash : conflictHashes) {
			this.jdbc.sql("""
					insert into housing_request_conflict (request_reference, key_id, hmac_sha256)
					values (:reference, :keyId, :hash) on conflict do nothing
					""")
				.param("reference", request.requestReference())
				.param("keyId", hash[0])
				.param("hash", hash[1])
				.update();
		}
	}

	List<HousingRequest> waiting(String caseworker) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from housing_request
				where status = 'WAITING' and (cast(:caseworker as text) is null or caseworker = :caseworker)
				order by submitted_at, request_reference
				""").param("caseworker", caseworker).query(HousingRequestRepository::request).list();
	}

	Optional<HousingRequest> find(UUID reference, String caseworker) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from housing_request
				where request_reference = :reference and (cast(:caseworker as text) is null or caseworker = :caseworker)
				""")
			.param("reference", reference)
			.param("caseworker", caseworker)
			.query(HousingRequestRepository::request)
			.optional();
	}

	/** Moves the request from one status to another, if it has the first. */
	boolean move(UUID reference, String from, String to) {
		return this.jdbc
			.sql("update housing_request set status = :to where request_reference = :reference and status = :from")
			.param("reference", reference)
			.param("from", from)
			.param("to", to)
			.update() > 0;
	}

	/** Remembers a declined pair; a second time is a no-op. */
	void decline(UUID reference, UUID apartmentId, Timestamp at) {
		this.jdbc.sql("""
				insert into declined_pair (request_reference, apartment_id, declined_at)
				values (:reference, :apartment, :at) on conflict do nothing
				""").param("reference", reference).param("apartment", apartmentId).param("at", at).update();
	}

	List<UUID> declinedApartments(UUID reference) {
		return this.jdbc.sql("select apartment_id from declined_pair where request_reference = :reference")
			.param("reference", reference)
			.query(UUID.class)
			.list();
	}

	List<UUID> declinedRequests(UUID apartmentId) {
		return this.jdbc.sql("select request_reference from declined_pair where apartment_id = :apartment")
			.param("apartment", apartmentId)
			.query(UUID.class)
			.list();
	}

	Optional<PersonHashes> hashes(UUID reference) {
		Optional<String[]> client = this.jdbc
			.sql("select client_key_id, client_hash from housing_request where request_reference = :reference")
			.param("reference", reference)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
		return client.map((c) -> new PersonHashes(c[0], c[1],
				this.jdbc.sql("""
						select key_id, hmac_sha256 from housing_request_conflict
						where request_reference = :reference order by key_id, hmac_sha256
						""")
					.param("reference", reference)
					.query((rs, row) -> new PersonHashes.Hash(rs.getString(1), rs.getString(2)))
					.list()));
	}

	/**
	 * Whether a person's hash is among the conflict persons of the requests placed in a
	 * stairwell.
	 */
	boolean conflictPersonOfPlacedIn(String stairwell, String keyId, String hash) {
		return this.jdbc.sql("""
				select exists (
				    select 1 from placement p
				    join housing_request_conflict c on c.request_reference = p.request_reference
				    where p.stairwell = :stairwell and p.status <> 'REFUSED' and c.key_id = :keyId
				      and c.hmac_sha256 = :hash)
				""")
			.param("stairwell", stairwell)
			.param("keyId", keyId)
			.param("hash", hash)
			.query(Boolean.class)
			.single();
	}

	private static HousingRequest request(ResultSet rs, int row) throws SQLException {
		Array areas = rs.getArray("areas_to_avoid");
		return new HousingRequest(rs.getObject("request_reference", UUID.class), rs.getInt("household_size"),
				rs.getInt("rooms_needed"), rs.getObject("max_rent", Integer.class), rs.getBoolean("needs_lift"),
				rs.getBoolean("needs_ground_floor"), rs.getBoolean("needs_adapted"),
				List.of((String[]) areas.getArray()), rs.getString("caseworker"), rs.getString("status"),
				rs.getTimestamp("submitted_at").toInstant());
	}

}
