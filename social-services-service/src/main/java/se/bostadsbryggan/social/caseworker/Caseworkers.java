package se.bostadsbryggan.social.caseworker;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.audit.Actor;

/**
 * Social services' caseworkers. A caseworker calling the client features becomes (or
 * stays) a row here from the gateway's token, so a new user appears without an
 * administrator, and a row made from demo data gets its user id at the first login. A
 * manager is not made a caseworker: they see their unit's clients and choose among its
 * caseworkers.
 */
@Service
public class Caseworkers {

	private final CaseworkerRepository caseworkers;

	Caseworkers(CaseworkerRepository caseworkers) {
		this.caseworkers = caseworkers;
	}

	/**
	 * The caller as a caseworker, inserted or brought up to date from their token.
	 * @param actor the caller
	 * @return the caseworker
	 */
	@Transactional
	public Caseworker caller(Actor actor) {
		if (actor.username() == null) {
			throw new IllegalStateException("No user in the token");
		}
		UUID userId = uuidOrNull(actor.id());
		String displayName = (actor.name() != null) ? actor.name() : actor.username();
		Optional<Caseworker> known = this.caseworkers.findByUsername(actor.username());
		if (known.isPresent() && (userId == null || userId.equals(known.get().userId()))
				&& displayName.equals(known.get().displayName()) && Objects.equals(actor.unit(), known.get().unit())) {
			return known.get();
		}
		return this.caseworkers
			.upsert(new Caseworker(UUID.randomUUID(), actor.username(), userId, displayName, actor.unit()));
	}

	/**
	 * @param unit a unit
	 * @return its caseworkers, by name
	 */
	@Transactional(readOnly = true)
	public List<Caseworker> inUnit(String unit) {
		return (unit != null) ? this.caseworkers.inUnit(unit) : List.of();
	}

	/**
	 * @param id a caseworker's id
	 * @return the caseworker, if any
	 */
	@Transactional(readOnly = true)
	public Optional<Caseworker> find(UUID id) {
		return this.caseworkers.find(id);
	}

	/**
	 * Adds a caseworker known only by login name (demo data), unless one exists.
	 * @param username the login name
	 * @param displayName the name shown
	 * @param unit the unit
	 * @return the caseworker with that login name
	 */
	@Transactional
	public Caseworker addIfMissing(String username, String displayName, String unit) {
		this.caseworkers.insertIfMissing(new Caseworker(UUID.randomUUID(), username, null, displayName, unit));
		return this.caseworkers.findByUsername(username).orElseThrow();
	}

	private static UUID uuidOrNull(String value) {
		try {
			return (value != null) ? UUID.fromString(value) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
