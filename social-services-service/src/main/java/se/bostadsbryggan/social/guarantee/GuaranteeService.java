package se.bostadsbryggan.social.guarantee;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.client.ClientView;
import se.bostadsbryggan.web.ProblemException;

/**
 * Guarantees (borgen) of clients' own leases: record, review, release or end, and the
 * reminders of reviews due. Scoped and audited like the rest of the case file: a
 * guarantee is reached through its client, and a client outside the caller's scope is
 * answered like a missing one. Nothing here publishes an event to Kafka; a closed
 * guarantee is announced in the closing transaction as {@link GuaranteeClosed}.
 */
@Service
public class GuaranteeService {

	/** The day of a review or release is a day in Sweden. */
	static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

	private static final String COLUMNS = """
			select id, client_id, object_number, landlord, limit_amount, limit_months, start_date, review_date,
			       status, closed_on, close_reason, close_note, recorded_at, recorded_by, null as reviews
			from guarantee
			""";

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final AuditLog audit;

	private final Clock clock;

	private final GuaranteeProperties properties;

	private final ApplicationEventPublisher events;

	GuaranteeService(JdbcClient jdbc, ClientService clients, AuditLog audit, Clock clock,
			GuaranteeProperties properties, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * @return today in Sweden
	 */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZONE);
	}

	/**
	 * @return the landlord a new guarantee names unless another is given
	 */
	public String defaultLandlord() {
		return this.properties.landlord();
	}

	/**
	 * @return days ahead of its review date a guarantee is due for review
	 */
	public int reminderDays() {
		return this.properties.reminderDays();
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @return their guarantees with their reviews, active ones first, then the latest
	 */
	@Transactional
	public List<Guarantee> guarantees(UUID clientId) {
		ClientView client = this.clients.inCase(clientId, "GUARANTEE_VIEW");
		this.audit.record(ClientService.caseEvent(client, "GUARANTEE_VIEW"), Outcome.SUCCESS);
		List<Guarantee> guarantees = this.jdbc
			.sql(COLUMNS + " where client_id = :clientId order by status = 'ACTIVE' desc, start_date desc")
			.param("clientId", clientId)
			.query(Guarantee.class)
			.list();
		return guarantees.stream()
			.map((guarantee) -> shownTo(client, guarantee.withReviews(reviewsOf(guarantee.id()))))
			.toList();
	}

	/**
	 * @param clientId a client in the caller's scope
	 * @param command the guarantee
	 * @return it, recorded and active
	 */
	@Transactional
	public Guarantee record(UUID clientId, RecordGuarantee command) {
		ClientView client = this.clients.inCase(clientId, "GUARANTEE_RECORD");
		Guarantee guarantee = insert(clientId, command, Actor.current().username());
		this.audit.record(ClientService.caseEvent(client, "GUARANTEE_RECORD")
			.details(Map.of("guarantee", guarantee.id().toString())), Outcome.SUCCESS);
		return shownTo(client, guarantee);
	}

	/**
	 * Records a review of an active guarantee and moves its review date.
	 * @param clientId a client in the caller's scope
	 * @param guaranteeId one of their guarantees
	 * @param command the review
	 * @return the guarantee after the review
	 * @throws ProblemException 404 if not the client's, 409
	 * ({@code guarantee-not-active}) if released or ended, 400
	 * ({@code guarantee-reviewed-in-future}) for a review after today or
	 * ({@code guarantee-reviewed-before-start}) before its start
	 */
	@Transactional
	public Guarantee review(UUID clientId, UUID guaranteeId, ReviewGuarantee command) {
		ClientView client = this.clients.inCase(clientId, "GUARANTEE_REVIEW");
		Guarantee guarantee = activeOf(client, guaranteeId, "GUARANTEE_REVIEW");
		if (command.reviewedOn().isAfter(today())) {
			refuseInvalid(client, guaranteeId, "GUARANTEE_REVIEW", "guarantee-reviewed-in-future");
		}
		if (command.reviewedOn().isBefore(guarantee.startDate())) {
			refuseInvalid(client, guaranteeId, "GUARANTEE_REVIEW", "guarantee-reviewed-before-start",
					guarantee.startDate());
		}
		String by = Actor.current().username();
		this.jdbc.sql("""
				insert into guarantee_review (id, guarantee_id, reviewed_on, next_review_date, note, recorded_at,
				                              recorded_by)
				values (:id, :guaranteeId, :reviewedOn, :nextReviewDate, :note, :recordedAt, :recordedBy)
				""")
			.param("id", UUID.randomUUID())
			.param("guaranteeId", guaranteeId)
			.param("reviewedOn", command.reviewedOn())
			.param("nextReviewDate", command.nextReviewDate())
			.param("note", blankToNull(command.note()))
			.param("recordedAt", Timestamp.from(now()))
			.param("recordedBy", by)
			.update();
		this.jdbc.sql("update guarantee set review_date = :reviewDate where id = :id")
			.param("reviewDate", command.nextReviewDate())
			.param("id", guaranteeId)
			.update();
		this.audit.record(ClientService.caseEvent(client, "GUARANTEE_REVIEW")
			.details(
					Map.of("guarantee", guaranteeId.toString(), "nextReviewDate", command.nextReviewDate().toString())),
				Outcome.SUCCESS);
		return shownTo(client, find(guaranteeId).orElseThrow());
	}

	/**
	 * Releases or ends an active guarantee.
	 * @param clientId a client in the caller's scope
	 * @param guaranteeId one of their guarantees
	 * @param command the release or end
	 * @return the guarantee, released or ended
	 * @throws ProblemException 404 if not the client's, 409
	 * ({@code guarantee-not-active}) if released or ended already, 400
	 * ({@code guarantee-closed-in-future}) for a day after today or
	 * ({@code guarantee-closed-before-start}) before its start
	 */
	@Transactional
	public Guarantee close(UUID clientId, UUID guaranteeId, CloseGuarantee command) {
		ClientView client = this.clients.inCase(clientId, "GUARANTEE_CLOSE");
		Guarantee guarantee = activeOf(client, guaranteeId, "GUARANTEE_CLOSE");
		if (command.closedOn().isAfter(today())) {
			refuseInvalid(client, guaranteeId, "GUARANTEE_CLOSE", "guarantee-closed-in-future");
		}
		if (command.closedOn().isBefore(guarantee.startDate())) {
			refuseInvalid(client, guaranteeId, "GUARANTEE_CLOSE", "guarantee-closed-before-start",
					guarantee.startDate());
		}
		closeRow(guaranteeId, command, Actor.current().username());
		this.audit.record(ClientService.caseEvent(client, "GUARANTEE_CLOSE")
			.details(Map.of("guarantee", guaranteeId.toString(), "status", command.status().name(), "reason",
					command.reason().name())),
				Outcome.SUCCESS);
		this.events.publishEvent(new GuaranteeClosed(guaranteeId, clientId, guarantee.objectNumber(), command.status(),
				command.reason(), command.closedOn()));
		return shownTo(client, find(guaranteeId).orElseThrow());
	}

	/**
	 * @param objectNumber an apartment's object number
	 * @return the client with an active guarantee of that apartment, if any
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> activeClientOf(String objectNumber) {
		return this.jdbc
			.sql("select client_id from guarantee where object_number = :objectNumber and status = 'ACTIVE' "
					+ "order by start_date desc limit 1")
			.param("objectNumber", objectNumber)
			.query(UUID.class)
			.optional();
	}

	/**
	 * @param clientId a client
	 * @return the object number of their active guarantee, the latest if several
	 */
	@Transactional(readOnly = true)
	public Optional<String> activeObjectNumberOf(UUID clientId) {
		return this.jdbc
			.sql("select object_number from guarantee where client_id = :clientId and status = 'ACTIVE' "
					+ "order by start_date desc limit 1")
			.param("clientId", clientId)
			.query(String.class)
			.optional();
	}

	/**
	 * The reminders: active guarantees of clients in the caller's scope whose review date
	 * has passed or is at most {@code bb.social.guarantees.reminder-days} away, the
	 * earliest review first. Audited as one list with the clients it names.
	 * @return the guarantees due for review with their clients as the caller may see them
	 */
	@Transactional
	public List<GuaranteeInScope> dueForReview() {
		LocalDate today = today();
		return inScope("GUARANTEE_DUE_LIST",
				(guarantee) -> guarantee.isDueForReview(today, this.properties.reminderDays()));
	}

	/**
	 * The active guarantees of clients in the caller's scope, those due for review first
	 * (earliest review date first), then the rest by review date. Audited as one list
	 * with the clients it names.
	 * @return the guarantees with their clients as the caller may see them
	 */
	@Transactional
	public List<GuaranteeInScope> activeInScope() {
		return inScope("GUARANTEE_LIST", (guarantee) -> true);
	}

	/**
	 * Every guarantee's period, for counts that name no one (the yearly overview).
	 * @return first and last day (or {@code null} while active) of each guarantee
	 */
	@Transactional(readOnly = true)
	public List<Period> periods() {
		return this.jdbc.sql("select start_date, closed_on as end_date from guarantee").query(Period.class).list();
	}

	/**
	 * Records a guarantee without a caller or audit entry: the local run's demo data
	 * only.
	 * @param clientId the client
	 * @param command the guarantee
	 * @return its id
	 */
	@Transactional
	public UUID recordDemoGuarantee(UUID clientId, RecordGuarantee command) {
		return insert(clientId, command, "demo").id();
	}

	/**
	 * Releases or ends a guarantee without a caller or audit entry: the local run's demo
	 * data only.
	 * @param guaranteeId the guarantee
	 * @param command the release or end
	 */
	@Transactional
	public void closeDemoGuarantee(UUID guaranteeId, CloseGuarantee command) {
		closeRow(guaranteeId, command, "demo");
	}

	/**
	 * @return how many guarantees there are
	 */
	@Transactional(readOnly = true)
	public long count() {
		return this.jdbc.sql("select count(*) from guarantee").query(Long.class).single();
	}

	private List<GuaranteeInScope> inScope(String action, java.util.function.Predicate<Guarantee> filter) {
		Map<UUID, ClientView> clients = this.clients.inScopeOfCaller();
		LocalDate today = today();
		int days = this.properties.reminderDays();
		List<GuaranteeInScope> shown = new ArrayList<>();
		if (!clients.isEmpty()) {
			this.jdbc.sql(COLUMNS + " where status = 'ACTIVE' and client_id in (:clientIds)")
				.param("clientIds", List.copyOf(clients.keySet()))
				.query(Guarantee.class)
				.list()
				.stream()
				.filter(filter)
				.map((guarantee) -> new GuaranteeInScope(shownTo(clients.get(guarantee.clientId()), guarantee),
						clients.get(guarantee.clientId()), guarantee.isDueForReview(today, days),
						guarantee.isOverdue(today)))
				.sorted(Comparator.comparing((GuaranteeInScope row) -> !row.due())
					.thenComparing((row) -> row.guarantee().reviewDate()))
				.forEach(shown::add);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("results", shown.size());
		details.put(AuditEvent.SUBJECTS, shown.stream().map((row) -> row.client().id().toString()).toList());
		AuditEvent event = AuditEvent.of(action, ClientService.SUBJECT, null)
			.purpose(ClientService.PURPOSE)
			.details(details);
		boolean anyProtected = shown.stream().anyMatch((row) -> row.client().protectedIdentity());
		this.audit.record(anyProtected ? event.concerningProtectedIdentity() : event, Outcome.SUCCESS);
		return shown;
	}

	private Guarantee activeOf(ClientView client, UUID guaranteeId, String action) {
		Optional<Guarantee> guarantee = this.jdbc.sql(COLUMNS + " where id = :id and client_id = :clientId for update")
			.param("id", guaranteeId)
			.param("clientId", client.id())
			.query(Guarantee.class)
			.optional();
		if (guarantee.isEmpty()) {
			this.audit.record(
					ClientService.caseEvent(client, action).details(Map.of("guarantee", guaranteeId.toString())),
					Outcome.NOT_FOUND);
			throw ProblemException.notFound("guarantee-not-found", guaranteeId);
		}
		if (!guarantee.get().isActive()) {
			this.audit.record(
					ClientService.caseEvent(client, action).details(Map.of("guarantee", guaranteeId.toString())),
					Outcome.CONFLICT);
			throw ProblemException.conflict("guarantee-not-active");
		}
		return guarantee.get();
	}

	private void refuseInvalid(ClientView client, UUID guaranteeId, String action, String code, Object... arguments) {
		this.audit.record(ClientService.caseEvent(client, action).details(Map.of("guarantee", guaranteeId.toString())),
				Outcome.INVALID);
		throw new ProblemException(HttpStatus.BAD_REQUEST, code, arguments);
	}

	private Optional<Guarantee> find(UUID id) {
		return this.jdbc.sql(COLUMNS + " where id = :id")
			.param("id", id)
			.query(Guarantee.class)
			.optional()
			.map((guarantee) -> guarantee.withReviews(reviewsOf(id)));
	}

	private List<GuaranteeReview> reviewsOf(UUID guaranteeId) {
		return this.jdbc.sql("""
				select id, guarantee_id, reviewed_on, next_review_date, note, recorded_at, recorded_by
				from guarantee_review where guarantee_id = :guaranteeId order by reviewed_on desc, recorded_at desc
				""").param("guaranteeId", guaranteeId).query(GuaranteeReview.class).list();
	}

	private Guarantee insert(UUID clientId, RecordGuarantee command, String recordedBy) {
		String landlord = (command.landlord() == null || command.landlord().isBlank()) ? this.properties.landlord()
				: command.landlord().strip();
		Guarantee guarantee = new Guarantee(UUID.randomUUID(), clientId, command.objectNumber().strip(), landlord,
				command.limitAmount(), command.limitMonths(), command.startDate(), command.reviewDate(),
				Guarantee.Status.ACTIVE, null, null, null, now(), recordedBy, List.of());
		this.jdbc.sql("""
				insert into guarantee (id, client_id, object_number, landlord, limit_amount, limit_months, start_date,
				                       review_date, status, recorded_at, recorded_by)
				values (:id, :clientId, :objectNumber, :landlord, :limitAmount, :limitMonths, :startDate,
				        :reviewDate, 'ACTIVE', :recordedAt, :recordedBy)
				""")
			.param("id", guarantee.id())
			.param("clientId", clientId)
			.param("objectNumber", guarantee.objectNumber())
			.param("landlord", landlord)
			.param("limitAmount", guarantee.limitAmount())
			.param("limitMonths", guarantee.limitMonths())
			.param("startDate", guarantee.startDate())
			.param("reviewDate", guarantee.reviewDate())
			.param("recordedAt", Timestamp.from(guarantee.recordedAt()))
			.param("recordedBy", recordedBy)
			.update();
		return guarantee;
	}

	private void closeRow(UUID guaranteeId, CloseGuarantee command, String closedBy) {
		this.jdbc.sql("""
				update guarantee set status = :status, closed_on = :closedOn, close_reason = :reason,
				                     close_note = :note, closed_by = :closedBy
				where id = :id and status = 'ACTIVE'
				""")
			.param("status", command.status().name())
			.param("closedOn", command.closedOn())
			.param("reason", command.reason().name())
			.param("note", blankToNull(command.note()))
			.param("closedBy", closedBy)
			.param("id", guaranteeId)
			.update();
	}

	/**
	 * The apartment tells where the client lives: for a client with protected identity
	 * only the responsible caseworker sees its object number.
	 */
	private static Guarantee shownTo(ClientView client, Guarantee guarantee) {
		return client.hidden() ? guarantee.withoutAddress() : guarantee;
	}

	private java.time.Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * An active guarantee with its client, for the lists of guarantees to review.
	 *
	 * @param guarantee the guarantee (without its reviews)
	 * @param client its client as the caller may see them
	 * @param due whether its review date has passed or is near
	 * @param overdue whether its review date has passed
	 */
	public record GuaranteeInScope(Guarantee guarantee, ClientView client, boolean due, boolean overdue) {

	}

	/**
	 * A guarantee's period, without whose it is.
	 *
	 * @param startDate first day
	 * @param endDate last day, or {@code null} while active
	 */
	public record Period(LocalDate startDate, LocalDate endDate) {

	}

}
