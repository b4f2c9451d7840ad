package se.bostadsbryggan.messaging;

/**
 * A message that can never be processed however often it is retried (not JSON, no
 * envelope, a payload that does not fit its type). It goes straight to the dead-letter
 * topic.
 */
public class InvalidEventException extends RuntimeException {

	public InvalidEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
