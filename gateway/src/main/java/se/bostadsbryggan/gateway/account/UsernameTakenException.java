package se.bostadsbryggan.gateway.account;

/**
 * An account with that username exists already.
 */
public class UsernameTakenException extends RuntimeException {

	UsernameTakenException(String username) {
		super("Username taken: " + username);
	}

}
