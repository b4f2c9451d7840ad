package se.bostadsbryggan.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A valid personal identity or coordination number, with one message per problem: its
 * form, its check digit or its date. An empty value is left to {@code @NotBlank}.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPersonalIdentityNumber.Validator.class)
public @interface ValidPersonalIdentityNumber {

	String message() default "{personalIdentityNumber.format}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a text. */
	public class Validator implements ConstraintValidator<ValidPersonalIdentityNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || value.isBlank()) {
				return true;
			}
			return PersonalIdentityNumber.problemWith(value).map((problem) -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(switch (problem) {
					case FORMAT -> "{personalIdentityNumber.format}";
					case CHECK_DIGIT -> "{personalIdentityNumber.checkDigit}";
					case DATE -> "{personalIdentityNumber.date}";
				}).addConstraintViolation();
				return false;
			}).orElse(true);
		}

	}

}
