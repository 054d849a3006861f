package ma.coopmarket.shared.error;

import java.util.List;

/** 400: a request that bean validation cannot judge alone (e.g. a reference to an unknown code). */
public class InvalidRequestException extends ApiException {

    public InvalidRequestException(List<FieldError> errors) {
        super(400, "validation-failed", "Validation failed", describe(errors), errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** Requires exactly one of two alternative fields to be given; else a 400 naming both. */
    public static void requireExactlyOne(String first, Object firstValue, String second, Object secondValue) {
        if ((firstValue == null) == (secondValue == null)) {
            String message = "give exactly one of " + first + " and " + second;
            throw new InvalidRequestException(List.of(new FieldError(first, message), new FieldError(second, message)));
        }
    }

    static String describe(List<FieldError> errors) {
        return errors.size() == 1
                ? "The request has 1 invalid field."
                : "The request has " + errors.size() + " invalid fields.";
    }
}
