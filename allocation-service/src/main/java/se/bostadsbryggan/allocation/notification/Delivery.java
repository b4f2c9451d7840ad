package se.bostadsbryggan.allocation.notification;

/** How a user wants their notices by e-mail. */
public enum Delivery {

	/** One mail per notice, as soon as it is made ("direkt"). */
	IMMEDIATE,

	/** One mail a day with the day's notices ("daglig sammanfattning"). */
	DAILY

}
