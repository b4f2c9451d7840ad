package se.bostadsbryggan.social.contract;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.client.ClientView;
import se.bostadsbryggan.web.ProblemException;

/**
 * Clients' social contracts, recorded by staff (later the shared workflow records them
 * from placements). A client has at most one contract running on any day: the service
 * checks it first, and the database's exclusion constraint
 * {@code social_contract_one_per_client_at_a_time} backs that up against a race. Scoped
 * and audited like the rest of the case file. The apartment tells where the client lives:
 * for a client with protected identity only the responsible caseworker sees its object
 * number and address.
 */
@Service
public class SocialContractService {

	/** PostgreSQL's SQLSTATE for a violated exclusion constraint. */
	static final String EXCLUSION_VIOLATION = "23P01";

	private static final String COLUMNS = """
			select id, client_id, object_number, address, start_date, end_date, recorded_at, recorded_by
			from social_contract
			""";

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final AuditLog audit;

	private final Clock clock;

	SocialContractService(JdbcClient jdbc, ClientService clients, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @return their social contracts, the latest first
	 */
	@Transactional
	public List<SocialContract> contracts(UUID clientId) {
		ClientView client = this.clients.inCase(clientId, "SOCIAL_CONTRACT_VIEW");
		this.audit.record(ClientService.caseEvent(client, "SOCIAL_CONTRACT_VIEW"), Outcome.SUCCESS);
		return this.jdbc.sql(COLUMNS + " where client_id = :clientId order by start_date desc")
			.param("clientId", clientId)
			.query(SocialContract.class)
			.list()
			.stream()
			.map((contract) -> client.hidden() ? contract.withoutAddress() : contract)
			.toList();
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @param command the contract
	 * @return it, recorded
	 * @throws ProblemException 409 ({@code social-contract-overlaps}) if the client has a
	 * contract on any of its days
	 */
	@Transactional
	public SocialContract record(UUID clientId, RecordSocialContract command) {
		ClientView client = this.clients.inCase(clientId, "SOCIAL_CONTRACT_RECORD");
		SocialContract contract = new SocialContract(UUID.randomUUID(), clientId, command.objectNumber().strip(),
				command.address().strip(), command.startDate(), command.endDate(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS), Actor.current().username());
		if (overlapsAnother(contract)) {
			refuse(client, "SOCIAL_CONTRACT_RECORD");
		}
		try {
			insert(contract);
		}
		catch (DataIntegrityViolationException ex) {
			if (!isExclusionViolation(ex)) {
				throw ex;
			}
			refuse(client, "SOCIAL_CONTRACT_RECORD");
		}
		this.audit.record(ClientService.caseEvent(client, "SOCIAL_CONTRACT_RECORD")
			.details(Map.of("contract", contract.id().toString())), Outcome.SUCCESS);
		return client.hidden() ? contract.withoutAddress() : contract;
	}

	/**
	 * Ends a contract that runs until further notice.
	 * @param clientId a client in the caller's scope
	 * @param contractId one of their contracts
	 * @param command the last day
	 * @return the contract, ended
	 * @throws ProblemException 404 if not the client's, 409
	 * ({@code social-contract-ended}) if it has an end date already, 400
	 * ({@code social-contract-end-before-start})
	 */
	@Transactional
	public SocialContract end(UUID clientId, UUID contractId, EndSocialContract command) {
		ClientView client = this.clients.inCase(clientId, "SOCIAL_CONTRACT_END");
		Optional<SocialContract> found = this.jdbc.sql(COLUMNS + " where id = :id and client_id = :clientId for update")
			.param("id", contractId)
			.param("clientId", clientId)
			.query(SocialContract.class)
			.optional();
		if (found.isEmpty()) {
			this.audit.record(ClientService.caseEvent(client, "SOCIAL_CONTRACT_END")
				.details(Map.of("contract", contractId.toString())), Outcome.NOT_FOUND);
			throw ProblemException.notFound("social-contract-not-found", contractId);
		}
		SocialContract contract = found.get();
		if (contract.endDate() != null) {
			this.audit.record(ClientService.caseEvent(client, "SOCIAL_CONTRACT_END")
				.details(Map.of("contract", contractId.toString())), Outcome.CONFLICT);
			throw ProblemException.conflict("social-contract-ended");
		}
		if (command.endDate().isBefore(contract.startDate())) {
			this.audit.record(ClientService.caseEvent(client, "SOCIAL_CONTRACT_END")
				.details(Map.of("contract", contractId.toString())), Outcome.INVALID);
			throw new ProblemException(HttpStatus.BAD_REQUEST, "social-contract-end-before-start",
					contract.startDate());
		}
		this.jdbc.sql("update social_contract set end_date = :endDate, ended_by = :endedBy where id = :id")
			.param("endDate", command.endDate())
			.param("endedBy", Actor.current().username())
			.param("id", contractId)
			.update();
		this.audit.record(
				ClientService.caseEvent(client, "SOCIAL_CONTRACT_END")
					.details(Map.of("contract", contractId.toString(), "endDate", command.endDate().toString())),
				Outcome.SUCCESS);
		SocialContract ended = new SocialContract(contract.id(), clientId, contract.objectNumber(), contract.address(),
				contract.startDate(), command.endDate(), contract.recordedAt(), contract.recordedBy());
		return client.hidden() ? ended.withoutAddress() : ended;
	}

	/**
	 * @param objectNumber an apartment's object number
	 * @param day a day
	 * @return the client whose social contract of that apartment runs that day, if any
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> clientRunningOn(String objectNumber, LocalDate day) {
		return this.jdbc.sql("""
				select client_id from social_contract where object_number = :objectNumber
				and start_date <= :day and (end_date is null or end_date >= :day)
				""").param("objectNumber", objectNumber).param("day", day).query(UUID.class).optional();
	}

	/**
	 * @param clientId a client
	 * @param day a day
	 * @return the object number of the client's social contract running that day, if any
	 */
	@Transactional(readOnly = true)
	public Optional<String> objectNumberRunningOn(UUID clientId, LocalDate day) {
		return this.jdbc.sql("""
				select object_number from social_contract where client_id = :clientId
				and start_date <= :day and (end_date is null or end_date >= :day)
				""").param("clientId", clientId).param("day", day).query(String.class).optional();
	}

	/**
	 * Ends the client's social contract of an apartment because it became the tenant's
	 * own contract (the takeover): its last day is the day before the takeover. Without a
	 * caller: the shared workflow's event ends it, and the caller audits.
	 * @param clientId the client
	 * @param objectNumber the apartment's object number
	 * @param lastDay the day before the takeover
	 * @return the contract ended, if one of that apartment ran on or after the day
	 */
	@Transactional
	public Optional<UUID> endForOwnContract(UUID clientId, String objectNumber, LocalDate lastDay) {
		Optional<UUID> contract = this.jdbc.sql("""
				select id from social_contract where client_id = :clientId and object_number = :objectNumber
				and start_date <= :lastDay and (end_date is null or end_date >= :lastDay)
				for update
				""")
			.param("clientId", clientId)
			.param("objectNumber", objectNumber)
			.param("lastDay", lastDay)
			.query(UUID.class)
			.optional();
		contract.ifPresent((id) -> this.jdbc.sql("""
				update social_contract set end_date = :lastDay, end_reason = 'OWN_CONTRACT',
				       ended_by = 'social-services-service'
				where id = :id
				""").param("lastDay", lastDay).param("id", id).update());
		return contract;
	}

	/**
	 * Every contract's period, for counts that name no one (the yearly overview).
	 * @return first and last day (or {@code null}) of each contract
	 */
	@Transactional(readOnly = true)
	public List<Period> periods() {
		return this.jdbc.sql("select start_date, end_date from social_contract").query(Period.class).list();
	}

	/**
	 * Records a contract without a caller or audit entry: the local run's demo data only.
	 * @param clientId the client
	 * @param command the contract
	 */
	@Transactional
	public void recordDemoContract(UUID clientId, RecordSocialContract command) {
		insert(new SocialContract(UUID.randomUUID(), clientId, command.objectNumber(), command.address(),
				command.startDate(), command.endDate(), this.clock.instant().truncatedTo(ChronoUnit.MICROS), "demo"));
	}

	private boolean overlapsAnother(SocialContract contract) {
		return this.jdbc.sql("""
				select exists (select 1 from social_contract
				               where client_id = :clientId
				                 and daterange(start_date, end_date, '[]')
				                     && daterange(cast(:startDate as date), cast(:endDate as date), '[]'))
				""")
			.param("clientId", contract.clientId())
			.param("startDate", contract.startDate())
			.param("endDate", contract.endDate())
			.query(Boolean.class)
			.single();
	}

	private void refuse(ClientView client, String action) {
		this.audit.record(ClientService.caseEvent(client, action), Outcome.CONFLICT);
		throw ProblemException.conflict("social-contract-overlaps");
	}

	private void insert(SocialContract contract) {
		this.jdbc.sql("""
				insert into social_contract (id, client_id, object_number, address, start_date, end_date,
				                             recorded_at, recorded_by)
				values (:id, :clientId, :objectNumber, :address, :startDate, :endDate, :recordedAt, :recordedBy)
				""")
			.param("id", contract.id())
			.param("clientId", contract.clientId())
			.param("objectNumber", contract.objectNumber())
			.param("address", contract.address())
			.param("startDate", contract.startDate())
			.param("endDate", contract.endDate())
			.param("recordedAt", Timestamp.from(contract.recordedAt()))
			.param("recordedBy", contract.recordedBy())
			.update();
	}

	private static boolean isExclusionViolation(DataIntegrityViolationException ex) {
		return ex.getMostSpecificCause() instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState());
	}

	/**
	 * A contract's period, without whose it is.
	 *
	 * @param startDate first day
	 * @param endDate last day, or {@code null} until further notice
	 */
	public record Period(LocalDate startDate, LocalDate endDate) {

	}

}
