package se.bostadsbryggan.allocation.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda's rules without a database: what is close enough to the next meeting to be
 * taken up now, which disturbances still count, and what each organisation sees.
 */
class AgendaTest {

	private static final LocalDate MEETING = LocalDate.parse("2026-12-10");

	private static final LocalDate NEXT = LocalDate.parse("2027-01-21");

	@Test
	void takesUpWhatBecomesDueUpToTheNextMeetingAndNothingLater() {
		Agenda.OpenContract dueOnTheNextMeeting = contract("SOCIAL", false, NEXT, false, null);
		Agenda.OpenContract dueTheDayAfter = contract("SOCIAL", false, NEXT.plusDays(1), false, null);
		Agenda.OpenContract reviewDue = contract("GUARANTEED", false, null, true, NEXT);
		Agenda.OpenContract reviewLater = contract("SOCIAL", false, null, true, NEXT.plusDays(1));

		Agenda agenda = Agenda.build(MEETING, NEXT, 12,
				facts(List.of(dueOnTheNextMeeting, dueTheDayAfter, reviewDue, reviewLater), List.of()));

		assertThat(agenda.sections().get(Section.TRANSFERABLE)).extracting(AgendaItem::key)
			.containsExactly("contract:" + dueOnTheNextMeeting.leaseId());
		assertThat(agenda.sections().get(Section.LASTING)).extracting(AgendaItem::text)
			.containsExactly("meeting.agenda.lasting.GUARANTEED");
		assertThat(agenda.sections().get(Section.QUOTA)).extracting(AgendaItem::text)
			.containsExactly("meeting.agenda.quota.none");
	}

	@Test
	void countsVerifiedDisturbancesWithinTheAgreementsMonthsBeforeTheMeeting() {
		Agenda.OpenContract contract = contract("SOCIAL", false, null, false, null);
		Agenda.Disturbance inside = disturbance(contract, "2025-12-10");
		Agenda.Disturbance outside = disturbance(contract, "2025-12-09");

		Agenda agenda = Agenda.build(MEETING, NEXT, 12, facts(List.of(), List.of(inside, outside)));

		assertThat(agenda.sections().get(Section.DISTURBANCES)).extracting(AgendaItem::key)
			.containsExactly("disturbance:" + inside.id());
	}

	@Test
	void showsTheCaseworkerOnlyToSocialServicesAndTheHousingPageOnlyToTheHousingCompany() {
		Agenda agenda = Agenda.build(MEETING, NEXT, 12,
				facts(List.of(contract("SOCIAL", true, null, false, null)), List.of()));

		AgendaItem social = agenda.seenBy(true, false).sections().get(Section.TRANSFERABLE).getFirst();
		AgendaItem housing = agenda.seenBy(false, true).sections().get(Section.TRANSFERABLE).getFirst();

		assertThat(social.caseworker()).isEqualTo("handl-1");
		assertThat(social.housingLink()).isNull();
		assertThat(housing.caseworker()).isNull();
		assertThat(housing.housingLink()).startsWith("/housing/apartments/");
	}

	private static Agenda.Facts facts(List<Agenda.OpenContract> contracts, List<Agenda.Disturbance> disturbances) {
		return new Agenda.Facts(List.of(), new Agenda.Quota(2026, null, 0, 0, null), List.of(), List.of(), contracts,
				disturbances);
	}

	private static Agenda.OpenContract contract(String type, boolean transferable, LocalDate expectedOn,
			boolean lasting, LocalDate reviewOn) {
		return new Agenda.OpenContract(UUID.randomUUID(), UUID.randomUUID(), "1001-0203", type, "handl-1", transferable,
				transferable ? LocalDate.parse("2026-11-01") : null, expectedOn, lasting, reviewOn, null, null, null);
	}

	private static Agenda.Disturbance disturbance(Agenda.OpenContract contract, String on) {
		return new Agenda.Disturbance(UUID.randomUUID(), contract.leaseId(), contract.apartmentId(),
				contract.objectNumber(), LocalDate.parse(on), contract.caseworker());
	}

}
