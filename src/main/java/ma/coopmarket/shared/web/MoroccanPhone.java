package ma.coopmarket.shared.web;

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
 * A Moroccan phone number as people type it (see {@link PhoneNumbers}); with {@code mobile}, a
 * mobile one (06, 07: it receives SMS). Null is valid (add {@code @NotBlank} where one is required).
 * Malformed, foreign and landline numbers get distinct messages.
 */
@Documented
@Constraint(validatedBy = MoroccanPhone.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface MoroccanPhone {

    String message() default "{coopmarket.phone.malformed}";

    boolean mobile() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MoroccanPhone, String> {

        private boolean mobile;

        @Override
        public void initialize(MoroccanPhone annotation) {
            mobile = annotation.mobile();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String message = switch (PhoneNumbers.judge(value)) {
                case MOROCCAN_MOBILE -> null;
                case MOROCCAN_OTHER -> mobile ? "{coopmarket.phone.notMobile}" : null;
                case FOREIGN -> "{coopmarket.phone.notMoroccan}";
                case MALFORMED -> "{coopmarket.phone.malformed}";
            };
            if (message == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
