package se.bostadsbryggan.housing.tenant;

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
 * The value, when given, is a valid {@link PersonalIdentityNumber}.
 */
@Documented
@Constraint(validatedBy = ValidPersonalIdentityNumber.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidPersonalIdentityNumber {

	String message() default "{tenant.personalIdentityNumber.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks format, date and check digit. */
	class Validator implements ConstraintValidator<ValidPersonalIdentityNumber, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || PersonalIdentityNumber.normalise(value).isPresent();
		}

	}

}
