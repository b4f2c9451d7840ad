package se.bostadsbryggan.testsupport;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

/**
 * The Bean Validation rules of commands and forms, for unit tests: one validator for the
 * test run, and the violations of a command in a form easy to assert on.
 */
public final class FormRules {

	private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();

	private FormRules() {
	}

	/**
	 * @return the validator
	 */
	public static Validator validator() {
		return FACTORY.getValidator();
	}

	/**
	 * @param command a command or form
	 * @return its violations as {@code "<property path> <message template>"}, e.g.
	 * {@code "name {client.name.required}"}
	 */
	public static Set<String> violations(Object command) {
		return validator().validate(command)
			.stream()
			.map((violation) -> violation.getPropertyPath() + " " + violation.getMessageTemplate())
			.collect(Collectors.toSet());
	}

}
