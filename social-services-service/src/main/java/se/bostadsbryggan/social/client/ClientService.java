package se.bostadsbryggan.social.client;

import java.time.Clock;
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
		ClientScope scope = scopeOfCaller();
		String text = (query != null) ? query.strip() : "";
		if (text.isEmpty()) {
			List<ClientView> all = this.clients.all(scope);
			this.audit.record(AuditEvent.of("CLIENT_LIST", SUBJECT, null)
				.purpose(PURPOSE)
				.details(Map.of("results", all.size(), AuditEvent.SUBJECTS, ids(all))), Outcome.SUCCESS);
			return all;
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
		this.audit.record(AuditEvent.of("CLIENT_SEARCH", SUBJECT, (found.size() == 1) ? found.get(0).id() : null)
			.purpose(PURPOSE)
			.details(details), Outcome.SUCCESS);
		return found;
	}

	/**
	 * @param id a client's id
	 * @return the client, if in the caller's scope
	 * @throws ProblemException 404 if missing or outside the scope (audited as
	 * {@code NOT_FOUND})
	 */
	@Transactional
	public ClientView get(UUID id) {
		Optional<ClientView> client = this.clients.find(scopeOfCaller(), id);
		if (client.isEmpty()) {
			this.audit.record(AuditEvent.of("CLIENT_VIEW", SUBJECT, id).purpose(PURPOSE), Outcome.NOT_FOUND);
			throw ProblemException.notFound("client-not-found", id);
		}
		this.audit.record(AuditEvent.of("CLIENT_VIEW", SUBJECT, id).purpose(PURPOSE), Outcome.SUCCESS);
		return client.get();
	}

	/**
	 * The caller's clients for a file, audited with the number of rows.
	 * @return the clients in the caller's scope, by name
	 */
	@Transactional
	public List<ClientView> export() {
		List<ClientView> all = this.clients.all(scopeOfCaller());
		this.audit.record(AuditEvent.of("CLIENT_EXPORT", SUBJECT, null)
			.purpose(PURPOSE)
			.details(Map.of("rows", all.size(), AuditEvent.SUBJECTS, ids(all))), Outcome.SUCCESS);
		return all;
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
				this.clock.instant().truncatedTo(ChronoUnit.MICROS), actor.username());
		this.audit.record(AuditEvent.of("CLIENT_REGISTER", SUBJECT, id)
			.purpose(PURPOSE)
			.details(Map.of("caseworker", responsible.username())), Outcome.SUCCESS);
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
	 */
	@Transactional
	public void registerDemoClient(Caseworker caseworker, String number, String name) {
		PersonalIdentityNumber parsed = PersonalIdentityNumber.parse(number).orElseThrow();
		if (!this.clients.existsWithNumber(parsed)) {
			this.clients.insert(UUID.randomUUID(), parsed, name, caseworker.id(),
					this.clock.instant().truncatedTo(ChronoUnit.MICROS), "demo");
		}
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

	private static List<String> ids(List<ClientView> clients) {
		return clients.stream().map((client) -> client.id().toString()).toList();
	}

}
