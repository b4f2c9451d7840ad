package se.bostadsbryggan.housing.tenant;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.web.ProblemException;

import se.bostadsbryggan.identity.PersonalIdentityNumber;

/**
 * The only way to tenants' personal data: every read and every change passes through
 * here, and each one calls {@link #accessed} so that it can be written to the audit log.
 */
@Service
public class TenantRegistry {

	/**
	 * Why tenants' data is used: letting and managing the lease, including the checks
	 * before a social contract is offered in a stairwell.
	 */
	public static final String PURPOSE = "LETTING";

	private final AuditLog audit;

	private static final String SELECT = "select id, name, personal_identity_number, phone, email, registered_at "
			+ "from tenant";

	private final JdbcClient jdbc;

	private final Clock clock;

	TenantRegistry(JdbcClient jdbc, Clock clock, AuditLog audit) {
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Registers a tenant, or updates name and contact details of the tenant with the same
	 * personal identity number.
	 * @param tenant the tenant's details
	 * @return the tenant as stored
	 */
	@Transactional
	public Tenant register(NewTenant tenant) {
		String number = PersonalIdentityNumber.parse(tenant.personalIdentityNumber())
			.map(PersonalIdentityNumber::value)
			.orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "personal-identity-number-invalid"));
		UUID id = this.jdbc.sql("""
				insert into tenant (id, name, personal_identity_number, phone, email, registered_at)
				values (:id, :name, :number, :phone, :email, :now)
				on conflict (personal_identity_number)
				do update set name = excluded.name, phone = excluded.phone, email = excluded.email
				returning id
				""")
			.param("id", UUID.randomUUID())
			.param("name", tenant.name().strip())
			.param("number", number)
			.param("phone", blankToNull(tenant.phone()))
			.param("email", blankToNull(tenant.email()))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(UUID.class)
			.single();
		accessed("TENANT_REGISTER", List.of(id));
		return read(id).orElseThrow();
	}

	/**
	 * @param id a tenant's id
	 * @return the tenant, if there is one
	 */
	@Transactional
	public Optional<Tenant> find(UUID id) {
		Optional<Tenant> tenant = read(id);
		tenant.ifPresent((found) -> accessed("TENANT_READ", List.of(found.id())));
		return tenant;
	}

	/**
	 * @param ids tenants' ids
	 * @return those tenants that exist, by id
	 */
	@Transactional
	public Map<UUID, Tenant> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Tenant> tenants = this.jdbc.sql(SELECT + " where id in (:ids)")
			.param("ids", List.copyOf(ids))
			.query(Tenant.class)
			.list();
		accessed("TENANT_READ", tenants.stream().map(Tenant::id).toList());
		return tenants.stream().collect(Collectors.toMap(Tenant::id, Function.identity()));
	}

	/**
	 * The personal identity numbers of the tenants of leases that run on a day in a
	 * stairwell (first-hand and guaranteed; a social contract's tenant is the
	 * municipality). For a check that only compares them and keeps nothing: the caller
	 * writes one audit entry for its purpose naming these tenants' ids
	 * ({@link se.bostadsbryggan.audit.AuditEvent#SUBJECTS}) in the same transaction.
	 * @param stairwell the stairwell's code
	 * @param day the day
	 * @return the tenants' ids and numbers, each tenant once
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<TenantNumber> currentTenantsOf(String stairwell, LocalDate day) {
		return this.jdbc.sql("""
				select distinct t.id, t.personal_identity_number
				from tenant t
				join lease l on l.tenant_id = t.id
				join apartment a on a.id = l.apartment_id
				join stairwell s on s.id = a.stairwell_id
				where s.code = :stairwell and l.start_date <= :day and (l.end_date is null or l.end_date >= :day)
				""")
			.param("stairwell", stairwell)
			.param("day", Date.valueOf(day))
			.query((rs, row) -> new TenantNumber(rs.getObject("id", UUID.class),
					PersonalIdentityNumber.parse(rs.getString("personal_identity_number")).orElseThrow()))
			.list();
	}

	private Optional<Tenant> read(UUID id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(Tenant.class).optional();
	}

	/**
	 * Every read and change of tenants' personal data ends here: one audit row per
	 * tenant, in the caller's transaction.
	 * @param action what was done, e.g. {@code TENANT_READ}
	 * @param tenantIds whose data
	 */
	private void accessed(String action, Collection<UUID> tenantIds) {
		for (UUID tenantId : tenantIds) {
			this.audit.record(AuditEvent.of(action, "TENANT", tenantId).purpose(PURPOSE), Outcome.SUCCESS);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
