package se.bostadsbryggan.social.need;

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
 * A household needs at most {@value RegisterHousingNeed#EXTRA_ROOMS_ALLOWED} rooms more
 * than it has people. A cross-field rule, reported on {@code roomsNeeded} so forms show
 * it next to that field and the API lists that field.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RoomsFitHousehold.Validator.class)
@interface RoomsFitHousehold {

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a {@link RegisterHousingNeed}. */
	class Validator implements ConstraintValidator<RoomsFitHousehold, RegisterHousingNeed> {

		@Override
		public boolean isValid(RegisterHousingNeed command, ConstraintValidatorContext context) {
			if (command == null || command.roomsFitHousehold()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("roomsNeeded")
				.addConstraintViolation();
			return false;
		}

	}

}
