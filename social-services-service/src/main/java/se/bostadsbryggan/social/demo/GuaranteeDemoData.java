package se.bostadsbryggan.social.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import se.bostadsbryggan.social.caseworker.Caseworker;
import se.bostadsbryggan.social.caseworker.Caseworkers;
import se.bostadsbryggan.social.client.ClientService;
import se.bostadsbryggan.social.consent.ConsentService;
import se.bostadsbryggan.social.consent.RecordConsent;
import se.bostadsbryggan.social.contract.RecordSocialContract;
import se.bostadsbryggan.social.contract.SocialContractService;
import se.bostadsbryggan.social.decision.DecisionService;
import se.bostadsbryggan.social.decision.RecordDecision;
import se.bostadsbryggan.social.guarantee.CloseGuarantee;
import se.bostadsbryggan.social.guarantee.Guarantee;
import se.bostadsbryggan.social.guarantee.GuaranteeService;
import se.bostadsbryggan.social.guarantee.RecordGuarantee;
import se.bostadsbryggan.social.readiness.Criterion;
import se.bostadsbryggan.social.readiness.ReadinessAssessment;
import se.bostadsbryggan.social.readiness.ReadinessService;
import se.bostadsbryggan.social.readiness.RecordAssessment;

/**
 * Demo data of social contracts and guarantees for the local run only
 * ({@code bb.demo.enabled=true}), matching housing-service's demo
 * ({@link HousingDemoTenancies}): 12 fictitious clients living on the housing company's
 * 12 social contracts (same object numbers, addresses and start dates), split between the
 * demo caseworkers, each with a valid support decision and consent; the tenants of its 2
 * guaranteed leases (same names and personal identity numbers) with active guarantees,
 * one due for review within 30 days; and the history of clients who have since moved on:
 * 20 guarantees ended between 2015 and 2025 and 8 ended social contracts, on apartments
 * outside housing's demo (object numbers 16xx and 17xx, buildings the housing company no
 * longer owns), so the yearly overview falls from 21 guarantees in 2015 to 2 now, as in
 * Götene. For own contracts: the clients of apartments
 * {@value HousingDemoTenancies#TRANSFERABLE}, {@value HousingDemoTenancies#MONTH_AWAY}
 * and {@value HousingDemoTenancies#BLOCKED} and the guarantee holder of apartment 50 were
 * assessed ready about three weeks ago (published with their object numbers) and have
 * given consent, so the shared workflow finds one contract transferable, one a month
 * away, one blocked by a disturbance and one guarantee ready for release. Runs after
 * {@link SocialDemoData}, only into an empty guarantee table.
 */
@Component
@ConditionalOnBooleanProperty("bb.demo.enabled")
@Order(SocialDemoData.ORDER + 1)
class GuaranteeDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GuaranteeDemoData.class);

	/** The years in which the 20 past guarantees ended: 2 in 2015 … 1 in 2025. */
	static final List<Integer> PAST_GUARANTEE_END_YEARS = List.of(2015, 2015, 2016, 2016, 2017, 2017, 2017, 2018, 2018,
			2019, 2019, 2020, 2020, 2021, 2021, 2022, 2023, 2023, 2024, 2025);

	private static final int PAST_CONTRACTS = 8;

	private static final List<String> FIRST_NAMES = List.of("Agnes", "Bertil", "Cecilia", "David", "Eva", "Frida",
			"Göran", "Hassan", "Irma", "Jonas", "Kerstin", "Leo", "Mona", "Noor", "Olle", "Petra", "Rolf", "Siv",
			"Tove", "Ulf", "Vera", "Yusuf", "Åsa", "Örjan");

	private static final List<String> LAST_NAMES = List.of("Ahlgren", "Berglund", "Dahl", "Ekström", "Falk", "Hedlund",
			"Holm", "Lund", "Moberg", "Norén", "Sandberg", "Strand", "Wallin", "Öberg");

	private final Caseworkers caseworkers;

	private final ClientService clients;

	private final ConsentService consents;

	private final DecisionService decisions;

	private final SocialContractService contracts;

	private final GuaranteeService guarantees;

	private final ReadinessService readiness;

	GuaranteeDemoData(Caseworkers caseworkers, ClientService clients, ConsentService consents,
			DecisionService decisions, SocialContractService contracts, GuaranteeService guarantees,
			ReadinessService readiness) {
		this.readiness = readiness;
		this.caseworkers = caseworkers;
		this.clients = clients;
		this.consents = consents;
		this.decisions = decisions;
		this.contracts = contracts;
		this.guarantees = guarantees;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.guarantees.count() > 0) {
			return;
		}
		Caseworker hanna = this.caseworkers.addIfMissing("handlaggare", "Hanna Handläggare", SocialDemoData.UNIT);
		Caseworker hugo = this.caseworkers.addIfMissing("handlaggare2", "Hugo Handläggare", SocialDemoData.UNIT);
		LocalDate today = this.guarantees.today();
		int person = 0;

		List<Integer> social = HousingDemoTenancies.socialContracts();
		for (int k = 0; k < social.size(); k++) {
			int i = social.get(k);
			String address = HousingDemoTenancies.address(i);
			UUID client = client((k % 2 == 0) ? hanna : hugo, person++, address + ", 533 30 Götene");
			this.decisions.recordDemoDecision(client, new RecordDecision(today.minusMonths(2).minusDays(7),
					today.minusMonths(2), today.plusMonths(10), "Enhetschef " + SocialDemoData.UNIT));
			this.consents.recordDemoConsent(client, new RecordConsent(true, today.minusMonths(2)));
			this.contracts.recordDemoContract(client, new RecordSocialContract(HousingDemoTenancies.objectNumber(i),
					address, HousingDemoTenancies.currentLeaseStart(i, today), null));
			if (i == HousingDemoTenancies.TRANSFERABLE || i == HousingDemoTenancies.MONTH_AWAY
					|| i == HousingDemoTenancies.BLOCKED) {
				assessedReady(client, today);
			}
		}

		// The tenants of housing's guaranteed leases, by the same name and number.
		int ingrid = HousingDemoTenancies.GUARANTEED.get(0);
		UUID first = this.clients.registerDemoClient(hanna, HousingDemoTenancies.personalIdentityNumber(ingrid),
				HousingDemoTenancies.tenantName(ingrid), null, HousingDemoTenancies.address(ingrid) + ", 533 30 Götene",
				false);
		this.guarantees.recordDemoGuarantee(first, new RecordGuarantee(HousingDemoTenancies.objectNumber(ingrid), null,
				null, 6, HousingDemoTenancies.currentLeaseStart(ingrid, today), today.plusDays(12)));
		this.consents.recordDemoConsent(first, new RecordConsent(true, today.minusMonths(2)));
		assessedReady(first, today);
		int elin = HousingDemoTenancies.GUARANTEED.get(1);
		UUID second = this.clients.registerDemoClient(hugo, HousingDemoTenancies.personalIdentityNumber(elin),
				HousingDemoTenancies.tenantName(elin), null, HousingDemoTenancies.address(elin) + ", 533 30 Götene",
				false);
		this.guarantees.recordDemoGuarantee(second,
				new RecordGuarantee(HousingDemoTenancies.objectNumber(elin), null, new BigDecimal("25000.00"), 6,
						HousingDemoTenancies.currentLeaseStart(elin, today), today.plusMonths(4)));

		for (int k = 0; k < PAST_GUARANTEE_END_YEARS.size(); k++) {
			LocalDate start = LocalDate.of(2008 + k % 7, 1 + (k * 5) % 12, 1);
			LocalDate end = LocalDate.of(PAST_GUARANTEE_END_YEARS.get(k), 1 + (k * 7) % 12, 15);
			UUID client = client((k % 2 == 0) ? hugo : hanna, person++, null);
			UUID guarantee = this.guarantees.recordDemoGuarantee(client,
					new RecordGuarantee(pastObjectNumber(k), null, (k % 3 == 0) ? null : new BigDecimal("20000.00"),
							(k % 3 == 1) ? null : 6, start, start.plusYears(1)));
			Guarantee.CloseReason reason = Guarantee.CloseReason.values()[k % 4];
			Guarantee.Status status = (reason == Guarantee.CloseReason.GOOD_CONDUCT || k % 5 == 0)
					? Guarantee.Status.RELEASED : Guarantee.Status.ENDED;
			this.guarantees.closeDemoGuarantee(guarantee, new CloseGuarantee(status, end, reason, null));
			// The client has moved on: their case closed with the guarantee.
			this.clients.closeDemoCase(client, end);
		}

		for (int k = 0; k < PAST_CONTRACTS; k++) {
			LocalDate start = LocalDate.of(2010 + k, 3 + k % 6, 1);
			UUID client = client((k % 2 == 0) ? hanna : hugo, person++, null);
			LocalDate end = start.plusYears(2 + k % 4).minusDays(1);
			this.contracts.recordDemoContract(client,
					new RecordSocialContract(pastObjectNumber(20 + k), pastAddress(20 + k), start, end));
			this.clients.closeDemoCase(client, end);
		}
		log.info(
				"Loaded guarantee demo data: {} clients on social contracts, 2 active guarantees, {} ended "
						+ "guarantees and {} ended social contracts",
				social.size(), PAST_GUARANTEE_END_YEARS.size(), PAST_CONTRACTS);
	}

	/**
	 * Ready for an own contract, assessed three weeks ago: published with the apartment.
	 */
	private void assessedReady(UUID client, LocalDate today) {
		this.readiness.recordDemoAssessment(client,
				new RecordAssessment(java.util.EnumSet.allOf(Criterion.class), ReadinessAssessment.Outcome.READY,
						"Betalar hyran i tid, sköter lägenheten och har inga störningar.", today.minusDays(21),
						today.minusDays(21).plusMonths(6)));
	}

	private UUID client(Caseworker caseworker, int k, String address) {
		return this.clients.registerDemoClient(caseworker, personalIdentityNumber(k), name(k), null, address, false);
	}

	/**
	 * @param k the demo person's number
	 * @return a fictitious name
	 */
	static String name(int k) {
		return FIRST_NAMES.get(k % FIRST_NAMES.size()) + " " + LAST_NAMES.get((k * 5 + k / 14) % LAST_NAMES.size());
	}

	/**
	 * @param k the demo person's number (below 100)
	 * @return a valid, fictitious personal identity number, born 1955–1997, serial 9xx
	 */
	static String personalIdentityNumber(int k) {
		LocalDate born = LocalDate.of(1955, 3, 1).plusDays(k * 211L % 15000);
		String first = String.format("%04d%02d%02d%03d", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
				900 + k % 100);
		return first + HousingDemoTenancies.checkDigit(first.substring(2));
	}

	private static String pastObjectNumber(int k) {
		return String.format("%d%02d-%02d%02d", 16 + k % 2, 1 + k % 3, k % 4, 1 + k % 4);
	}

	private static String pastAddress(int k) {
		return ((k % 2 == 0) ? "Källbyvägen " : "Lundsbrovägen ") + (2 + k);
	}

}
