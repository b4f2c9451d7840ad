package se.bostadsbryggan.housing.lease;

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
 * The rules of a new lease that span fields: a first-hand or guaranteed lease names its
 * tenant, a social contract does not (the municipality is the tenant), and the end is not
 * before the start. Each broken rule is reported on the field to correct.
 */
@Documented
@Constraint(validatedBy = LeaseTerms.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface LeaseTerms {

	String message() default "{lease.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks a {@link CreateLease}. */
	class Validator implements ConstraintValidator<LeaseTerms, CreateLease> {

		@Override
		public boolean isValid(CreateLease lease, ConstraintValidatorContext context) {
			if (lease == null) {
				return true;
			}
			boolean valid = true;
			context.disableDefaultConstraintViolation();
			if (lease.type() == LeaseType.SOCIAL) {
				if (present(lease.tenantName()) || present(lease.personalIdentityNumber())) {
					valid = violation(context, "tenantName", "{lease.social.noTenant}");
				}
			}
			else if (lease.type() != null) {
				if (!present(lease.tenantName())) {
					valid = violation(context, "tenantName", "{tenant.name.required}");
				}
				if (!present(lease.personalIdentityNumber())) {
					valid = violation(context, "personalIdentityNumber", "{tenant.personalIdentityNumber.required}");
				}
			}
			if (lease.startDate() != null && lease.endDate() != null && lease.endDate().isBefore(lease.startDate())) {
				valid = violation(context, "endDate", "{lease.endDate.beforeStart}");
			}
			return valid;
		}

		private static boolean violation(ConstraintValidatorContext context, String field, String message) {
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

		private static boolean present(String value) {
			return value != null && !value.isBlank();
		}

	}

}
