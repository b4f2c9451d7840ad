package se.bostadsbryggan.social.household;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.client.ClientView;
import se.bostadsbryggan.identity.PersonalIdentityNumber;

/**
 * The people who live with a client, within the caller's scope, audited.
 */
@Service
public class HouseholdService {

	private static final String COLUMNS = "id, client_id, kind, name, personal_identity_number, added_at";

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final AuditLog audit;

	private final Clock clock;

	HouseholdService(JdbcClient jdbc, ClientService clients, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @return the household's members, adults first
	 */
	@Transactional
	public List<HouseholdMember> members(UUID clientId) {
		ClientView client = this.clients.inCase(clientId, "HOUSEHOLD_VIEW");
		List<HouseholdMember> members = this.jdbc
			.sql("select " + COLUMNS + " from household_member where client_id = :clientId order by kind, added_at")
			.param("clientId", clientId)
			.query(HouseholdMember.class)
			.list();
		this.audit.record(ClientService.caseEvent(client, "HOUSEHOLD_VIEW"), Outcome.SUCCESS);
		return client.hidden() ? members.stream().map(HouseholdMember::withoutIdentity).toList() : members;
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @param command the validated member
	 * @return the member added
	 */
	@Transactional
	public HouseholdMember add(UUID clientId, AddHouseholdMember command) {
		ClientView client = this.clients.inCase(clientId, "HOUSEHOLD_MEMBER_ADD");
		String number = PersonalIdentityNumber.parse(command.personalIdentityNumber())
			.map(PersonalIdentityNumber::value)
			.orElse(null);
		String name = (command.name() != null && !command.name().isBlank()) ? command.name().strip() : null;
		HouseholdMember member = new HouseholdMember(UUID.randomUUID(), clientId, command.kind(), name, number,
				this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		this.jdbc.sql("""
				insert into household_member (id, client_id, kind, name, personal_identity_number, added_at, added_by)
				values (:id, :clientId, :kind, :name, :number, :addedAt, :addedBy)
				""")
			.param("id", member.id())
			.param("clientId", clientId)
			.param("kind", member.kind().name())
			.param("name", name)
			.param("number", number)
			.param("addedAt", Timestamp.from(member.addedAt()))
			.param("addedBy", Actor.current().username())
			.update();
		this.audit.record(ClientService.caseEvent(client, "HOUSEHOLD_MEMBER_ADD"), Outcome.SUCCESS);
		return client.hidden() ? member.withoutIdentity() : member;
	}

	/**
	 * How many people live with a client, without a caller or audit entry: for a feature
	 * that audits its own use (sharing the identity at a placement).
	 * @param clientId a client
	 * @return the household's members, the client not counted
	 */
	@Transactional(readOnly = true)
	public int memberCount(UUID clientId) {
		return this.jdbc.sql("select count(*) from household_member where client_id = :clientId")
			.param("clientId", clientId)
			.query(Integer.class)
			.single();
	}

	/**
	 * Adds a member without a caller or audit entry: the local run's demo data only.
	 * @param clientId the client
	 * @param kind adult or child
	 * @param name the name, or {@code null}
	 */
	@Transactional
	public void addDemoMember(UUID clientId, HouseholdMember.Kind kind, String name) {
		this.jdbc.sql("""
				insert into household_member (id, client_id, kind, name, added_at, added_by)
				values (:id, :clientId, :kind, :name, :addedAt, 'demo')
				""")
			.param("id", UUID.randomUUID())
			.param("clientId", clientId)
			.param("kind", kind.name())
			.param("name", name)
			.param("addedAt", Timestamp.from(this.clock.instant()))
			.update();
	}

}
