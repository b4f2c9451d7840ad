package se.bostadsbryggan.allocation.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bostadsbryggan.allocation.meeting.Action;
import se.bostadsbryggan.allocation.meeting.Meeting;
import se.bostadsbryggan.allocation.meeting.MeetingRequests;
import se.bostadsbryggan.allocation.meeting.MeetingService;
import se.bostadsbryggan.allocation.meeting.OwnerOrganisation;
import se.bostadsbryggan.audit.Actor;

/**
 * The demo's meetings: two held at the agreement's interval before today, with decisions
 * and actions (two of the first meeting's three closed at the second), and the next one
 * planned for today. Written once, into an empty meeting table; no client appears in
 * them.
 */
@Component
@ConditionalOnBooleanProperty("bb.demo.enabled")
class DemoMeetings {

	private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

	private static final String PLACE = "Kommunhuset, sammanträdesrum Vättern";

	private static final String ATTENDEES = "Fastighetschef och bovärd (bostadsbolaget); enhetschef och "
			+ "handläggare från bostadsgruppen (socialtjänsten)";

	private final MeetingService meetings;

	DemoMeetings(MeetingService meetings) {
		this.meetings = meetings;
	}

	/**
	 * Writes the demo meetings if there are none.
	 * @param actor who writes them
	 * @return whether it wrote them
	 */
	@Transactional
	boolean load(Actor actor) {
		if (this.meetings.any()) {
			return false;
		}
		LocalDate today = this.meetings.today();
		LocalDate interval = this.meetings.next(today);
		long weeks = ChronoUnit.WEEKS.between(today, interval);
		LocalDate first = today.minusWeeks(2 * weeks);
		LocalDate second = today.minusWeeks(weeks);

		Meeting one = this.meetings.planOn(first, PLACE, actor);
		decide(one, "Kvoten följs upp på varje möte; avviker utfallet med mer än två platser lyfts det till "
				+ "ledningsgruppen.", actor);
		decide(one, "Borgensåtaganden som kan släppas tas upp på första mötet efter att kriterierna är uppfyllda.",
				actor);
		Action routine = raise(one, "Ta fram en gemensam rutin för överlåtelse till eget kontrakt",
				OwnerOrganisation.SOCIAL, "Enhetschef", first.plusWeeks(3), actor);
		Action stairwells = raise(one, "Gå igenom vilka trappuppgångar som har nått taket för sociala kontrakt",
				OwnerOrganisation.HOUSING, "Fastighetschef", first.plusWeeks(4), actor);
		raise(one, "Bjuda in budget- och skuldrådgivningen till ett kommande möte", OwnerOrganisation.JOINT,
				"Mötets sekreterare", second.plusWeeks(1), actor);
		this.meetings.close(one.id(), new MeetingRequests.Close(ATTENDEES), actor, endOf(first));

		Meeting two = this.meetings.planOn(second, PLACE, actor);
		this.meetings.done(two.id(), routine.id(),
				new MeetingRequests.ActionDone("Rutinen är antagen och skickad till båda organisationerna."), actor);
		this.meetings.done(two.id(), stairwells.id(),
				new MeetingRequests.ActionDone("Listan gicks igenom på mötet; två trappuppgångar är fulla."), actor);
		decide(two, "Rutinen för överlåtelse till eget kontrakt gäller från och med i dag.", actor);
		decide(two, "Avskrivna störningar tas inte upp på dagordningen, bara verifierade.", actor);
		raise(two, "Kontakta hyresgästföreningen om informationsmaterial på lätt svenska", OwnerOrganisation.HOUSING,
				"Bovärd", second.plusWeeks(2), actor);
		raise(two, "Följa upp placeringar som väntar på att kontraktet skrivs", OwnerOrganisation.SOCIAL,
				"Handläggare i bostadsgruppen", today.plusWeeks(2), actor);
		this.meetings.close(two.id(), new MeetingRequests.Close(ATTENDEES), actor, endOf(second));

		this.meetings.planOn(today, PLACE, actor);
		log.info("Demo data: meetings on {} and {} held, the next planned for {}", first, second, today);
		return true;
	}

	/**
	 * The minutes of a demo meeting were approved when it ended, at four in the
	 * afternoon.
	 */
	private static Instant endOf(LocalDate day) {
		return day.atTime(16, 0).atZone(ZoneId.of("Europe/Stockholm")).toInstant();
	}

	private void decide(Meeting meeting, String text, Actor actor) {
		this.meetings.decide(meeting.id(), new MeetingRequests.NewDecision(null, text), actor);
	}

	private Action raise(Meeting meeting, String text, OwnerOrganisation organisation, String owner, LocalDate due,
			Actor actor) {
		return this.meetings.raise(meeting.id(), new MeetingRequests.NewAction(text, organisation, owner, due), actor);
	}

}
