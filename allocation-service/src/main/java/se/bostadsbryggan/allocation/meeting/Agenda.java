package se.bostadsbryggan.allocation.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A meeting's agenda, generated from the open matters: actions left open, the quota,
 * offers and placements waiting, contracts transferable or close to it, guarantees that
 * can be released, lasting solutions due for review and verified disturbances. Pure: the
 * facts come from {@link AgendaRepository}, the rules are here.
 *
 * @param date the meeting's day
 * @param horizon the next meeting's day by the agreement's interval: what becomes due
 * before it is taken up now
 * @param items the matters, by section
 */
public record Agenda(LocalDate date, LocalDate horizon, List<AgendaItem> items) {

	public Agenda {
		items = List.copyOf(items);
	}

	/**
	 * @return every section in order, with its items (maybe none)
	 */
	public Map<Section, List<AgendaItem>> sections() {
		Map<Section, List<AgendaItem>> sections = new EnumMap<>(Section.class);
		for (Section section : Section.values()) {
			sections.put(section, new ArrayList<>());
		}
		this.items.forEach((item) -> sections.get(item.section()).add(item));
		return sections;
	}

	/**
	 * @param key an item's key
	 * @return whether the agenda has it
	 */
	public boolean has(String key) {
		return this.items.stream().anyMatch((item) -> item.key().equals(key));
	}

	/**
	 * @param social whether the viewer is social services' staff
	 * @param housing whether the viewer is the housing company's staff
	 * @return the agenda as the viewer may see it
	 */
	Agenda seenBy(boolean social, boolean housing) {
		return new Agenda(this.date, this.horizon, this.items.stream().map((i) -> i.seenBy(social, housing)).toList());
	}

	/**
	 * Builds the agenda of a meeting.
	 * @param date the meeting's day
	 * @param horizon the next meeting's day
	 * @param disturbanceFreeMonths the agreement's months without a verified disturbance
	 * @param facts the open matters as stored
	 * @return the agenda
	 */
	static Agenda build(LocalDate date, LocalDate horizon, int disturbanceFreeMonths, Facts facts) {
		List<AgendaItem> items = new ArrayList<>();
		facts.actions()
			.stream()
			.sorted(Comparator.comparing(Action::dueOn).thenComparing(Action::raisedOn))
			.forEach((a) -> items.add(new AgendaItem(Section.ACTIONS, "action:" + a.id(),
					a.open() ? "meeting.agenda.action." + a.ownerOrganisation()
							: "meeting.agenda.action.done." + a.ownerOrganisation(),
					List.of(a.text(), a.owner(), a.dueOn().toString(), a.raisedOn().toString()), null, null, null,
					a.overdueOn(date))));
		Quota quota = facts.quota();
		items.add((quota.total() != null)
				? new AgendaItem(Section.QUOTA, "quota:" + quota.year(), "meeting.agenda.quota",
						List.of(String.valueOf(quota.year()), String.valueOf(quota.total()),
								String.valueOf(quota.placed()), String.valueOf(quota.offered()),
								String.valueOf(quota.left())),
						"/allocation/quota", null, null, false)
				: new AgendaItem(Section.QUOTA, "quota:" + quota.year(), "meeting.agenda.quota.none",
						List.of(String.valueOf(quota.year())), "/allocation/quota", null, null, false));
		for (WaitingOffer o : facts.offers()) {
			List<String> args = new ArrayList<>(List.of(o.objectNumber(),
					o.requestReference().toString().substring(0, 8), String.valueOf(o.householdSize())));
			if (o.answerBy() != null) {
				args.add(o.answerBy().toString());
			}
			items.add(new AgendaItem(Section.OFFERS, "offer:" + o.id(), "meeting.agenda.offer." + o.status(), args,
					"/allocation/offers/" + o.id(), null, o.caseworker(), false));
		}
		for (WaitingPlacement p : facts.placements()) {
			items.add(new AgendaItem(Section.OFFERS, "placement:" + p.id(),
					p.identityKnown() ? "meeting.agenda.placement" : "meeting.agenda.placement.identity",
					List.of(p.objectNumber(), p.requestReference().toString().substring(0, 8),
							String.valueOf(p.householdSize())),
					(p.offerId() != null) ? "/allocation/offers/" + p.offerId() : "/allocation/placements", null,
					p.caseworker(), false));
		}
		for (OpenContract c : facts.contracts()) {
			contract(c, horizon).ifPresent(items::add);
		}
		LocalDate since = date.minusMonths(disturbanceFreeMonths);
		facts.disturbances()
			.stream()
			.filter((d) -> !d.occurredOn().isBefore(since) && !d.occurredOn().isAfter(date))
			.sorted(Comparator.comparing(Disturbance::objectNumber).thenComparing(Disturbance::occurredOn))
			.forEach((d) -> items.add(new AgendaItem(Section.DISTURBANCES, "disturbance:" + d.id(),
					"meeting.agenda.disturbance", List.of(d.objectNumber(), d.occurredOn().toString()),
					contractLink(d.leaseId()), housingLink(d.apartmentId()), d.caseworker(), false)));
		return new Agenda(date, horizon, items);
	}

	private static java.util.Optional<AgendaItem> contract(OpenContract c, LocalDate horizon) {
		String key = "contract:" + c.leaseId();
		String link = contractLink(c.leaseId());
		String housing = housingLink(c.apartmentId());
		if (c.lasting()) {
			if (c.reviewOn() != null && !c.reviewOn().isAfter(horizon)) {
				return java.util.Optional
					.of(new AgendaItem(Section.LASTING, key, "meeting.agenda.lasting." + c.leaseType(),
							List.of(c.objectNumber(), c.reviewOn().toString()), link, housing, c.caseworker(), false));
			}
			return java.util.Optional.empty();
		}
		boolean guarantee = "GUARANTEED".equals(c.leaseType());
		if (guarantee && c.guaranteeReleasedOn() != null) {
			return java.util.Optional.empty();
		}
		Section section = guarantee ? Section.GUARANTEES : Section.TRANSFERABLE;
		String prefix = guarantee ? "meeting.agenda.guarantee" : "meeting.agenda.transferable";
		if (c.transferable()) {
			String since = (c.statusChangedOn() != null) ? c.statusChangedOn().toString() : "";
			if (!guarantee && c.refusedOn() != null
					&& (c.approvedOn() == null || !c.refusedOn().isBefore(c.approvedOn()))) {
				return java.util.Optional.of(new AgendaItem(section, key, prefix + ".refused",
						List.of(c.objectNumber(), since, c.refusedOn().toString()), link, housing, c.caseworker(),
						false));
			}
			if (!guarantee && c.approvedOn() != null) {
				return java.util.Optional.of(new AgendaItem(section, key, prefix + ".approved",
						List.of(c.objectNumber(), since, c.approvedOn().toString()), link, housing, c.caseworker(),
						false));
			}
			return java.util.Optional.of(new AgendaItem(section, key, prefix, List.of(c.objectNumber(), since), link,
					housing, c.caseworker(), false));
		}
		if (c.expectedOn() != null && !c.expectedOn().isAfter(horizon)) {
			return java.util.Optional.of(new AgendaItem(section, key, prefix + ".close",
					List.of(c.objectNumber(), c.expectedOn().toString()), link, housing, c.caseworker(), false));
		}
		return java.util.Optional.empty();
	}

	private static String contractLink(UUID leaseId) {
		return "/allocation/contracts/" + leaseId;
	}

	private static String housingLink(UUID apartmentId) {
		return (apartmentId != null) ? "/housing/apartments/" + apartmentId : null;
	}

	/**
	 * The open matters as stored, before the agenda's rules pick them.
	 *
	 * @param actions the actions carried over: open, or closed at this meeting
	 * @param quota the quota of the meeting's year
	 * @param offers offers checking or open
	 * @param placements placements agreed and not yet signed
	 * @param contracts running social contracts and guarantees not taken over
	 * @param disturbances verified disturbances of running contracts still evaluated
	 */
	record Facts(List<Action> actions, Quota quota, List<WaitingOffer> offers, List<WaitingPlacement> placements,
			List<OpenContract> contracts, List<Disturbance> disturbances) {
	}

	/**
	 * @param year the year
	 * @param total the quota, or {@code null} when none is set
	 * @param placed placements
	 * @param offered open offers
	 * @param left slots left, or {@code null}
	 */
	record Quota(int year, Integer total, int placed, int offered, Integer left) {
	}

	record WaitingOffer(UUID id, String status, String objectNumber, UUID requestReference, int householdSize,
			LocalDate answerBy, String caseworker) {
	}

	record WaitingPlacement(UUID id, UUID offerId, String objectNumber, UUID requestReference, int householdSize,
			boolean identityKnown, String caseworker) {
	}

	record OpenContract(UUID leaseId, UUID apartmentId, String objectNumber, String leaseType, String caseworker,
			boolean transferable, LocalDate statusChangedOn, LocalDate expectedOn, boolean lasting, LocalDate reviewOn,
			LocalDate guaranteeReleasedOn, LocalDate approvedOn, LocalDate refusedOn) {
	}

	record Disturbance(UUID id, UUID leaseId, UUID apartmentId, String objectNumber, LocalDate occurredOn,
			String caseworker) {
	}

}
