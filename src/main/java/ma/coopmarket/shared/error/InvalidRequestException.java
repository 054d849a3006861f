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

    static String describe(List<FieldError> errors) {
        return errors.size() == 1
                ? "The request has 1 invalid field."
                : "The request has " + errors.size() + " invalid fields.";
    }
}
