package se.bostadsbryggan.social.client;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import se.bostadsbryggan.identity.PersonalIdentityNumber;

/**
 * Stores clients. Every read takes a {@link ClientScope}: the scope is part of the SQL,
 * so a client outside it is never loaded, in a list, a search, an export or by id.
 */
@Repository
class ClientRepository {

	private static final String SELECT = """
			select c.id, c.personal_identity_number, c.name, c.caseworker_id, w.username as caseworker_username,
			       w.display_name as caseworker_name, w.unit, c.registered_at, c.created_by,
			       c.protected_identity, c.phone, c.email, c.address, c.case_closed_on, false as hidden
			from client c join caseworker w on w.id = c.caseworker_id
			""";

	private static final String IN_SCOPE = """
			((cast(:scopeCaseworker as uuid) is not null and c.caseworker_id = :scopeCaseworker)
			 or (cast(:scopeUnit as text) is not null and w.unit = :scopeUnit))
			""";

	/**
	 * A search finds a client with protected identity only for their responsible
	 * caseworker: for anyone else the client does not exist in a search.
	 */
	private static final String FINDABLE = """
			 and (not c.protected_identity or c.caseworker_id = cast(:scopeCaseworker as uuid))
			""";

	private static final String ORDER = " order by lower(c.name), c.personal_identity_number";

	private final JdbcClient jdbc;

	ClientRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, PersonalIdentityNumber number, String name, UUID caseworkerId, Instant registeredAt,
			String createdBy, Contact contact, boolean protectedIdentity) {
		this.jdbc.sql("""
				insert into client (id, personal_identity_number, name, caseworker_id, registered_at, created_by,
				                    phone, email, address, protected_identity)
				values (:id, :number, :name, :caseworkerId, :registeredAt, :createdBy,
				        :phone, :email, :address, :protectedIdentity)
				""")
			.param("phone", contact.phone())
			.param("email", contact.email())
			.param("address", contact.address())
			.param("protectedIdentity", protectedIdentity)
			.param("id", id)
			.param("number", number.value())
			.param("name", name)
			.param("caseworkerId", caseworkerId)
			.param("registeredAt", Timestamp.from(registeredAt))
			.param("createdBy", createdBy)
			.update();
	}

	boolean existsWithNumber(PersonalIdentityNumber number) {
		return this.jdbc.sql("select exists (select 1 from client where personal_identity_number = :number)")
			.param("number", number.value())
			.query(Boolean.class)
			.single();
	}

	Optional<ClientView> find(ClientScope scope, UUID id) {
		return scoped(SELECT + " where c.id = :id and " + IN_SCOPE, scope).param("id", id)
			.query(ClientView.class)
			.optional();
	}

	List<ClientView> all(ClientScope scope) {
		return scoped(SELECT + " where " + IN_SCOPE + ORDER, scope).query(ClientView.class).list();
	}

	List<ClientView> withOpenCases(ClientScope scope) {
		return scoped(SELECT + " where c.case_closed_on is null and " + IN_SCOPE + ORDER, scope).query(ClientView.class)
			.list();
	}

	void closeCase(UUID id, LocalDate closedOn, String closedBy) {
		this.jdbc.sql("update client set case_closed_on = :closedOn, case_closed_by = :closedBy where id = :id")
			.param("id", id)
			.param("closedOn", closedOn)
			.param("closedBy", closedBy)
			.update();
	}

	void reopenCase(UUID id) {
		this.jdbc.sql("update client set case_closed_on = null, case_closed_by = null where id = :id")
			.param("id", id)
			.update();
	}

	List<ClientView> withNumber(ClientScope scope, PersonalIdentityNumber number) {
		return scoped(SELECT + " where c.personal_identity_number = :number and " + IN_SCOPE + FINDABLE + ORDER, scope)
			.param("number", number.value())
			.query(ClientView.class)
			.list();
	}

	List<ClientView> withDigits(ClientScope scope, String digits) {
		return scoped(SELECT + " where c.personal_identity_number like :digits and " + IN_SCOPE + FINDABLE + ORDER,
				scope)
			.param("digits", "%" + digits + "%")
			.query(ClientView.class)
			.list();
	}

	List<ClientView> withName(ClientScope scope, String name) {
		return scoped(SELECT + " where lower(c.name) like :name escape '\\' and " + IN_SCOPE + FINDABLE + ORDER, scope)
			.param("name", "%" + escapeLike(name.toLowerCase(java.util.Locale.ROOT)) + "%")
			.query(ClientView.class)
			.list();
	}

	/**
	 * Contact details of a client, each optional.
	 *
	 * @param phone phone number
	 * @param email e-mail address
	 * @param address postal address
	 */
	record Contact(String phone, String email, String address) {

		static final Contact NONE = new Contact(null, null, null);

	}

	Optional<ClientView> findAnyScope(UUID id) {
		return this.jdbc.sql(SELECT + " where c.id = :id").param("id", id).query(ClientView.class).optional();
	}

	String numberOf(UUID id) {
		return this.jdbc.sql("select personal_identity_number from client where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	long count() {
		return this.jdbc.sql("select count(*) from client").query(Long.class).single();
	}

	private JdbcClient.StatementSpec scoped(String sql, ClientScope scope) {
		return this.jdbc.sql(sql).param("scopeCaseworker", scope.caseworkerId()).param("scopeUnit", scope.unit());
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
