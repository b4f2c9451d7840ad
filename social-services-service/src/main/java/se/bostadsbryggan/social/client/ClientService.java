package se.bostadsbryggan.social.client;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.identity.PersonalIdentityNumber;
import se.bostadsbryggan.audit.Actor;
import se.bostadsbryggan.audit.AuditEvent;
import se.bostadsbryggan.audit.AuditLog;
import se.bostadsbryggan.audit.Outcome;
import se.bostadsbryggan.social.caseworker.Caseworker;
import se.bostadsbryggan.social.caseworker.Caseworkers;
import se.bostadsbryggan.web.ProblemException;

/**
 * Social services' clients, each with a responsible caseworker. Every read is limited to
 * the caller's scope in the query ({@link ClientScope}); a client outside it is answered
 * exactly like a missing one. Every read and change is audited, refusals included.
 */
@Service
public class ClientService {

	/** The audit log's subject type of clients. */
	public static final String SUBJECT = "CLIENT";

	/** Days of a case are days in Sweden. */
	private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

	/** Why client data is used here: casework (handläggning). */
	public static final String PURPOSE = "CASEWORK";

	private static final Logger log = LoggerFactory.getLogger(ClientService.class);

	private static final String MANAGER = "SOCIAL_MANAGER";

	private static final Pattern NUMBER_LIKE = Pattern.compile("[0-9 +-]+");

	/** Digits enough to search by part of a personal identity number. */
	private static final int MIN_DIGITS = 4;

	private final ClientRepository clients;

	private final Caseworkers caseworkers;

	private final AuditLog audit;

	private final Clock clock;

	ClientService(ClientRepository clients, Caseworkers caseworkers, AuditLog audit, Clock clock) {
		this.clients = clients;
		this.caseworkers = caseworkers;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The caller's clients, or those matching a search by name or personal identity
	 * number (any format, or a part of at least four digits).
	 * <p>
	 * The search is audited with what was searched for: a whole number as its 12 digits,
	 * a part as its digits, else the name text, and the number of results. The audit log
	 * must answer "who looked this person up", and it stays inside social services'
	 * database, which holds the number anyway; it never leaves with an event.
	 * @param query the search, or {@code null} or blank for all
	 * @return the clients in the caller's scope, by name
	 */
	@Transactional
	public List<ClientView> list(String query) {
		return list(query, false);
	}

	/**
	 * Like {@link #list(String)}; without a search, closed cases are left out unless
	 * asked for. A search finds closed cases too.
	 * @param query the search, or {@code null} or blank for all
	 * @param withClosedCases whether a list without a search shows closed cases too
	 * @return the clients in the caller's scope, by name
	 */
	@Transactional
	public List<ClientView> list(String query, boolean withClosedCases) {
		ClientScope scope = scopeOfCaller();
		String text = (query != null) ? query.strip() : "";
		if (text.isEmpty()) {
			List<ClientView> all = withClosedCases ? this.clients.all(scope) : this.clients.withOpenCases(scope);
			this.audit.record(
					concerning(all,
							AuditEvent.of("CLIENT_LIST", SUBJECT, null)
								.purpose(PURPOSE)
								.details(Map.of("results", all.size(), AuditEvent.SUBJECTS, ids(all)))),
					Outcome.SUCCESS);
			return shownTo(scope, all);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		List<ClientView> found;
		Optional<PersonalIdentityNumber> number = PersonalIdentityNumber.parse(text);
		String digits = text.replaceAll("[^0-9]", "");
		if (number.isPresent()) {
			found = this.clients.withNumber(scope, number.get());
			details.put("personalIdentityNumber", number.get().value());
		}
		else if (NUMBER_LIKE.matcher(text).matches() && digits.length() >= MIN_DIGITS) {
			found = this.clients.withDigits(scope, digits);
			details.put("digits", digits);
		}
		else {
			found = this.clients.withName(scope, text);
			details.put("name", text);
		}
		details.put("results", found.size());
		details.put(AuditEvent.SUBJECTS, ids(found));
		this.audit.record(concerning(found,
				AuditEvent.of("CLIENT_SEARCH", SUBJECT, (found.size() == 1) ? found.get(0).id() : null)
					.purpose(PURPOSE)
					.details(details)),
				Outcome.SUCCESS);
		return shownTo(scope, found);
	}

	/**
	 * The caller's caseload for an overview (the start page): their clients with open
	 * cases, or a manager's unit's, each as the caller may see them. Not audited here:
	 * the caller records what it shows of them. Not read-only: the caller's caseworker
	 * record is kept up to date from their token.
	 * @return the clients in the caller's scope with open cases, by name
	 */
	@Transactional
	public List<ClientView> caseload() {
		ClientScope scope = scopeOfCaller();
		return shownTo(scope, this.clients.withOpenCases(scope));
	}

	/**
	 * Closes a client's case. Audited.
	 * @param id a client in the caller's scope
	 * @param command the day it closed
	 * @return the client
	 * @throws ProblemException 404 if outside the scope, 400 if the day is after today,
	 * 409 if the case is closed already
	 */
	@Transactional
	public ClientView closeCase(UUID id, CloseCase command) {
		ClientView client = inCase(id, "CLIENT_CASE_CLOSE");
		if (command.closedOn().isAfter(LocalDate.ofInstant(this.clock.instant(), SWEDEN))) {
			this.audit.record(caseEvent(client, "CLIENT_CASE_CLOSE"), Outcome.INVALID);
			throw new ProblemException(HttpStatus.BAD_REQUEST, "case-closed-in-future");
		}
		if (client.caseClosed()) {
			this.audit.record(caseEvent(client, "CLIENT_CASE_CLOSE"), Outcome.CONFLICT);
			throw ProblemException.conflict("case-closed");
		}
		this.clients.closeCase(id, command.closedOn(), Actor.current().username());
		this.audit.record(concerning(client,
				AuditEvent.of("CLIENT_CASE_CLOSE", SUBJECT, id)
					.purpose(PURPOSE)
					.details(Map.of("closedOn", command.closedOn().toString()))),
				Outcome.SUCCESS);
		return inCase(id, "CLIENT_CASE_CLOSE");
	}

	/**
	 * Opens a closed case again. Audited.
	 * @param id a client in the caller's scope
	 * @return the client
	 * @throws ProblemException 404 if outside the scope
	 */
	@Transactional
	public ClientView reopenCase(UUID id) {
		ClientView client = inCase(id, "CLIENT_CASE_REOPEN");
		this.clients.reopenCase(id);
		this.audit.record(caseEvent(client, "CLIENT_CASE_REOPEN"), Outcome.SUCCESS);
		return inCase(id, "CLIENT_CASE_REOPEN");
	}

	/**
	 * Closes a case without a caller or audit entry: the local run's demo data only.
	 * @param id the client
	 * @param closedOn the day
	 */
	@Transactional
	public void closeDemoCase(UUID id, LocalDate closedOn) {
		this.clients.closeCase(id, closedOn, "demo");
	}

	/**
	 * @param id a client's id
	 * @return the client, if in the caller's scope
	 * @throws ProblemException 404 if missing or outside the scope (audited as
	 * {@code NOT_FOUND})
	 */
	@Transactional
	public ClientView get(UUID id) {
		return inCase(id, "CLIENT_VIEW");
	}

	/**
	 * A client for an action on their case (household, consent, decisions, needs): the
	 * client if in the caller's scope, else a 404 audited as {@code NOT_FOUND} under that
	 * action. The action's own audit entry is the caller's, made with
	 * {@link #concerning(ClientView, AuditEvent)}.
	 * @param id a client's id
	 * @param action the audit action of a refusal
	 * @return the client as the caller may see them
	 * @throws ProblemException 404 if missing or outside the scope
	 */
	@Transactional
	public ClientView inCase(UUID id, String action) {
		ClientScope scope = scopeOfCaller();
		Optional<ClientView> client = this.clients.find(scope, id);
		if (client.isEmpty()) {
			this.audit.record(AuditEvent.of(action, SUBJECT, id).purpose(PURPOSE), Outcome.NOT_FOUND);
			throw ProblemException.notFound("client-not-found", id);
		}
		if ("CLIENT_VIEW".equals(action)) {
			this.audit.record(concerning(client.get(), AuditEvent.of(action, SUBJECT, id).purpose(PURPOSE)),
					Outcome.SUCCESS);
		}
		return shownTo(scope, client.get());
	}

	/**
	 * The clients in the caller's scope as the caller may see them, without an audit
	 * entry of their own: for a feature that lists its own rows of some of these clients
	 * (such as guarantees to review) and audits what it shows itself, with
	 * {@link #concerning(ClientView, AuditEvent)}, or that narrows records which name no
	 * one (a housing need's sizes and rents) to those of the caller's clients. Not
	 * read-only: the caller's caseworker record is kept up to date from their token.
	 * @return the clients in the caller's scope by id
	 */
	@Transactional
	public Map<UUID, ClientView> inScopeOfCaller() {
		ClientScope scope = scopeOfCaller();
		Map<UUID, ClientView> inScope = new LinkedHashMap<>();
		shownTo(scope, this.clients.all(scope)).forEach((client) -> inScope.put(client.id(), client));
		return inScope;
	}

	/**
	 * A client's number, to make their keyed hash. Only for a client the caller has been
	 * checked against with {@link #inCase(UUID, String)}; never shown.
	 * @param id the client's id
	 * @return their number
	 */
	@Transactional(readOnly = true)
	public PersonalIdentityNumber numberForPseudonym(UUID id) {
		return new PersonalIdentityNumber(this.clients.numberOf(id));
	}

	/**
	 * A client as they are, with name and number, outside any caller's scope: only to
	 * disclose their identity where the law and their consent allow it (a placement's
	 * housing company), by a feature that audits the disclosure itself. Never shown.
	 * @param id the client's id
	 * @return the client, or empty if there is none
	 */
	@Transactional(readOnly = true)
	public Optional<ClientView> forDisclosure(UUID id) {
		return this.clients.findAnyScope(id);
	}

	/**
	 * @param client a client
	 * @param event an audit entry about them
	 * @return the entry, marked as concerning protected identity if the client has it
	 */
	public static AuditEvent concerning(ClientView client, AuditEvent event) {
		return client.protectedIdentity() ? event.concerningProtectedIdentity() : event;
	}

	/**
	 * An audit entry about one client's case file, for casework, marked when the client
	 * has protected identity.
	 * @param client the client, as the caller may see them
	 * @param action what was done, e.g. {@code CONSENT_VIEW}
	 * @return the entry, to record or to add details to
	 */
	public static AuditEvent caseEvent(ClientView client, String action) {
		return concerning(client, AuditEvent.of(action, SUBJECT, client.id()).purpose(PURPOSE));
	}

	private static AuditEvent concerning(List<ClientView> clients, AuditEvent event) {
		return clients.stream().anyMatch(ClientView::protectedIdentity) ? event.concerningProtectedIdentity() : event;
	}

	/**
	 * A client with protected identity keeps name, number, contact details and address
	 * only for the responsible caseworker; everyone else (a manager) gets a hidden view.
	 */
	private static ClientView shownTo(ClientScope scope, ClientView client) {
		boolean responsible = scope.caseworkerId() != null && scope.caseworkerId().equals(client.caseworkerId());
		return (client.protectedIdentity() && !responsible) ? client.withoutIdentity() : client;
	}

	private static List<ClientView> shownTo(ClientScope scope, List<ClientView> clients) {
		return clients.stream().map((client) -> shownTo(scope, client)).toList();
	}

	/**
	 * The caller's clients for a file, audited with the number of rows.
	 * @return the clients in the caller's scope, by name
	 */
	@Transactional
	public List<ClientView> export() {
		ClientScope scope = scopeOfCaller();
		List<ClientView> all = this.clients.all(scope);
		this.audit.record(concerning(all,
				AuditEvent.of("CLIENT_EXPORT", SUBJECT, null)
					.purpose(PURPOSE)
					.details(Map.of("rows", all.size(), AuditEvent.SUBJECTS, ids(all)))),
				Outcome.SUCCESS);
		return shownTo(scope, all);
	}

	/**
	 * Registers a client: for the calling caseworker, or for the caseworker a manager
	 * chose in their unit.
	 * @param command the validated command
	 * @return the client
	 * @throws ProblemException 409 if the number is registered already, 400 if a manager
	 * chose no caseworker of their unit
	 */
	@Transactional
	public ClientView register(RegisterClient command) {
		Actor actor = Actor.current();
		Caseworker responsible = responsibleFor(actor, command.caseworkerId());
		PersonalIdentityNumber number = PersonalIdentityNumber.parse(command.personalIdentityNumber())
			.orElseThrow(() -> new IllegalArgumentException("Unvalidated personal identity number"));
		if (this.clients.existsWithNumber(number)) {
			this.audit.record(AuditEvent.of("CLIENT_REGISTER", SUBJECT, null).purpose(PURPOSE), Outcome.CONFLICT);
			throw ProblemException.conflict("client-exists");
		}
		UUID id = UUID.randomUUID();
		this.clients.insert(id, number, command.name().strip(), responsible.id(),
				this.clock.instant().truncatedTo(ChronoUnit.MICROS), actor.username(),
				new ClientRepository.Contact(blankToNull(command.phone()), blankToNull(command.email()),
						blankToNull(command.address())),
				command.isProtectedIdentity());
		AuditEvent registered = AuditEvent.of("CLIENT_REGISTER", SUBJECT, id)
			.purpose(PURPOSE)
			.details(Map.of("caseworker", responsible.username()));
		this.audit.record(command.isProtectedIdentity() ? registered.concerningProtectedIdentity() : registered,
				Outcome.SUCCESS);
		log.info("Registered client {} for caseworker {}", id, responsible.username());
		return this.clients.find(ClientScope.ownClients(responsible.id()), id).orElseThrow();
	}

	/**
	 * @return the caseworkers a calling manager may make responsible: those of their
	 * unit; none for a caseworker, who registers for themselves
	 */
	@Transactional(readOnly = true)
	public List<Caseworker> caseworkersToChoose() {
		Actor actor = Actor.current();
		return actor.hasRole(MANAGER) ? this.caseworkers.inUnit(actor.unit()) : List.of();
	}

	/**
	 * Registers a client for a caseworker without a caller or audit entry: the local
	 * run's demo data only.
	 * @param caseworker the responsible caseworker
	 * @param number the number
	 * @param name the name
	 * @param phone phone number, or {@code null}
	 * @param address postal address, or {@code null}
	 * @param protectedIdentity whether the client has protected identity
	 * @return the client's id
	 */
	@Transactional
	public UUID registerDemoClient(Caseworker caseworker, String number, String name, String phone, String address,
			boolean protectedIdentity) {
		PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(number).orElseThrow();
		UUID id = UUID.randomUUID();
		this.clients.insert(id, parsed, name, caseworker.id(), this.clock.instant().truncatedTo(ChronoUnit.MICROS),
				"demo", new ClientRepository.Contact(phone, null, address), protectedIdentity);
		return id;
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.clients.count();
	}

	private Caseworker responsibleFor(Actor actor, UUID chosen) {
		if (!actor.hasRole(MANAGER)) {
			return this.caseworkers.caller(actor);
		}
		if (chosen == null) {
			this.audit.record(AuditEvent.of("CLIENT_REGISTER", SUBJECT, null).purpose(PURPOSE), Outcome.INVALID);
			throw new ProblemException(HttpStatus.BAD_REQUEST, "caseworker-required");
		}
		Optional<Caseworker> responsible = this.caseworkers.find(chosen)
			.filter((caseworker) -> actor.unit() != null && actor.unit().equals(caseworker.unit()));
		if (responsible.isEmpty()) {
			this.audit.record(AuditEvent.of("CLIENT_REGISTER", SUBJECT, null)
				.purpose(PURPOSE)
				.details(Map.of("caseworker", chosen.toString())), Outcome.DENIED);
			throw new ProblemException(HttpStatus.BAD_REQUEST, "caseworker-not-in-unit");
		}
		return responsible.get();
	}

	private ClientScope scopeOfCaller() {
		Actor actor = Actor.current();
		if (actor.hasRole(MANAGER)) {
			return ClientScope.unit(actor.unit());
		}
		return ClientScope.ownClients(this.caseworkers.caller(actor).id());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static List<String> ids(List<ClientView> clients) {
		return clients.stream().map((client) -> client.id().toString()).toList();
	}

}
