package se.bostadsbryggan.housing.tenant;

import java.sql.Timestamp;
import java.time.Clock;
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

	/** Why tenants' data is used: letting and managing the lease. */
	static final String PURPOSE = "LETTING";

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
