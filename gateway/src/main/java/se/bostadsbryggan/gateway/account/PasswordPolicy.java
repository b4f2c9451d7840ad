package se.bostadsbryggan.gateway.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: at least 12 characters, not one of the common passwords in
 * {@code common-passwords.txt} (compared in lower case), and not containing the username.
 */
public final class PasswordPolicy {

	/** The shortest password allowed. */
	public static final int MIN_LENGTH = 12;

	private static final String COMMON_PASSWORDS = "/common-passwords.txt";

	private final Set<String> common;

	private PasswordPolicy(Set<String> common) {
		this.common = Set.copyOf(common);
	}

	static PasswordPolicy withCommonPasswords() {
		Set<String> common = new HashSet<>();
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException(COMMON_PASSWORDS + " is missing");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach((line) -> common.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new PasswordPolicy(common);
	}

	/**
	 * @param username the account's username
	 * @param password the proposed password
	 * @return the message keys of the rules it breaks; empty if it is acceptable
	 */
	public List<String> violations(String username, String password) {
		List<String> violations = new ArrayList<>();
		String candidate = (password != null) ? password : "";
		if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
			violations.add("password.too-short");
		}
		String lower = candidate.toLowerCase(Locale.ROOT);
		if (this.common.contains(lower)) {
			violations.add("password.common");
		}
		String name = Accounts.normalise(username);
		if (!name.isEmpty() && lower.contains(name)) {
			violations.add("password.contains-username");
		}
		return violations;
	}

	/**
	 * @return how many common passwords are refused
	 */
	public int commonPasswordCount() {
		return this.common.size();
	}

}
