package se.bostadsbryggan.contracts.social;

import java.util.List;

import se.bostadsbryggan.contracts.EventDefinition;

/**
 * Events published by social-services-service. None of them carries a name, a personal
 * identity number, an address or free text: only what the shared workflow needs, under an
 * opaque reference.
 */
public final class SocialEvents {

	/**
	 * Pseudonymous housing requests; key: the request's opaque reference. (They replaced
	 * the skeleton's anonymous needs on {@code social.housing-need.v1}, now retired.)
	 */
	public static final String HOUSING_REQUEST_TOPIC = "social.housing-request.v1";

	public static final EventDefinition<HousingRequestSubmitted> HOUSING_REQUEST_SUBMITTED = new EventDefinition<>(
			HOUSING_REQUEST_TOPIC, "HousingRequestSubmitted", 1, HousingRequestSubmitted.class);

	/**
	 * Readiness assessments for an own contract; key: the reference of the client's
	 * latest housing request. Only the outcome and its days, never the criteria or the
	 * motivation.
	 */
	public static final String READINESS_TOPIC = "social.readiness.v1";

	public static final EventDefinition<ReadinessAssessed> READINESS_ASSESSED = new EventDefinition<>(READINESS_TOPIC,
			"ReadinessAssessed", 1, ReadinessAssessed.class);

	/**
	 * Whether the subtenant's identity reaches the housing company at a placement; key:
	 * the placement id. The identity travels sealed for the housing company only.
	 */
	public static final String SUBTENANT_IDENTITY_TOPIC = "social.subtenant-identity.v1";

	public static final EventDefinition<SubtenantIdentityShared> SUBTENANT_IDENTITY_SHARED = new EventDefinition<>(
			SUBTENANT_IDENTITY_TOPIC, "SubtenantIdentityShared", 1, SubtenantIdentityShared.class);

	public static final EventDefinition<SubtenantIdentityWithheld> SUBTENANT_IDENTITY_WITHHELD = new EventDefinition<>(
			SUBTENANT_IDENTITY_TOPIC, "SubtenantIdentityWithheld", 1, SubtenantIdentityWithheld.class);

	/**
	 * Social services' side of own contracts: the caseworker's approval of a takeover
	 * (the new tenant sealed for the housing company), lasting solutions and released
	 * guarantees; key: the apartment's object number.
	 */
	public static final String TAKEOVER_TOPIC = "social.takeover.v1";

	public static final EventDefinition<TakeoverApproved> TAKEOVER_APPROVED = new EventDefinition<>(TAKEOVER_TOPIC,
			"TakeoverApproved", 1, TakeoverApproved.class);

	public static final EventDefinition<LastingSolutionChanged> LASTING_SOLUTION_CHANGED = new EventDefinition<>(
			TAKEOVER_TOPIC, "LastingSolutionChanged", 1, LastingSolutionChanged.class);

	public static final EventDefinition<GuaranteeReleased> GUARANTEE_RELEASED = new EventDefinition<>(TAKEOVER_TOPIC,
			"GuaranteeReleased", 1, GuaranteeReleased.class);

	public static final List<EventDefinition<?>> ALL = List.of(HOUSING_REQUEST_SUBMITTED, READINESS_ASSESSED,
			SUBTENANT_IDENTITY_SHARED, SUBTENANT_IDENTITY_WITHHELD, TAKEOVER_APPROVED, LASTING_SOLUTION_CHANGED,
			GUARANTEE_RELEASED);

	private SocialEvents() {
	}

}
