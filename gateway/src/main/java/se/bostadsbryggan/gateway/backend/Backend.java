package se.bostadsbryggan.gateway.backend;

import java.util.Locale;

/**
 * The services behind the gateway. Each serves its pages under {@code /<prefix>/} and its
 * JSON API under {@code /api/<prefix>/}; the gateway forwards both without rewriting the
 * path.
 */
public enum Backend {

	/** The housing company's service (bostadsbolaget). */
	HOUSING("housing", "/housing/apartments"),

	/** Social services' service (socialtjänsten). */
	SOCIAL("social", "/social/"),

	/** The shared workflow of both organisations (samverkan). */
	ALLOCATION("allocation", "/allocation/");

	private final String prefix;

	private final String startPage;

	Backend(String prefix, String startPage) {
		this.prefix = prefix;
		this.startPage = startPage;
	}

	/**
	 * @return the stable lower-case id, e.g. {@code housing}, used as the route id and in
	 * message keys
	 */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @return the path pattern of the service's pages, e.g. {@code /housing/**}
	 */
	public String pagePattern() {
		return "/" + this.prefix + "/**";
	}

	/**
	 * @return the path pattern of the service's JSON API, e.g. {@code /api/housing/**}
	 */
	public String apiPattern() {
		return "/api/" + this.prefix + "/**";
	}

	/**
	 * @return the page the start page links to, e.g. {@code /housing/apartments}
	 */
	public String startPage() {
		return this.startPage;
	}

	/**
	 * @return the message key of the organisation's or workflow's name in the UI
	 */
	public String nameKey() {
		return "service." + id() + ".name";
	}

}
