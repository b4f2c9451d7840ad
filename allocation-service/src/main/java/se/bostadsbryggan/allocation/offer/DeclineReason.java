package se.bostadsbryggan.allocation.offer;

/**
 * Why a caseworker declined an offer, as a code. The caseworker's own words stay on the
 * social side, with the client's case: allocation-service keeps no free text about a
 * client.
 */
public enum DeclineReason {

	/** The client said no. */
	CLIENT_DECLINED,

	/** The household's needs changed since the request. */
	NEEDS_CHANGED,

	/** The apartment does not suit the household after all. */
	APARTMENT_UNSUITABLE,

	/** Another reason, written down on the social side. */
	OTHER

}
