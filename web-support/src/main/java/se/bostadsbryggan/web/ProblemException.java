package se.bostadsbryggan.web;

import org.springframework.http.HttpStatus;

/**
 * A request that breaks a rule of the domain. Rendered as an RFC 9457 problem detail
 * whose title and detail come from the message keys {@code problem.<code>.title} and
 * {@code problem.<code>.detail} in the caller's language.
 */
public class ProblemException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final Object[] arguments;

	/**
	 * @param status the HTTP status, e.g. 404 or 409
	 * @param code a stable code, also the problem type's last segment, e.g.
	 * {@code object-number-taken}
	 * @param arguments values for the detail message's placeholders
	 */
	public ProblemException(HttpStatus status, String code, Object... arguments) {
		super(code);
		this.status = status;
		this.code = code;
		this.arguments = arguments.clone();
	}

	public static ProblemException notFound(String code, Object... arguments) {
		return new ProblemException(HttpStatus.NOT_FOUND, code, arguments);
	}

	public static ProblemException conflict(String code, Object... arguments) {
		return new ProblemException(HttpStatus.CONFLICT, code, arguments);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
