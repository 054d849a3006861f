package ma.coopmarket.shared.error;

import java.util.List;

/** 409: the request is valid but clashes with the current state (a duplicate, an illegal move). */
public class ConflictException extends ApiException {

    public ConflictException(String slug, String title, String detail) {
        super(409, slug, title, detail, null);
    }

    public ConflictException(String slug, String title, String detail, List<FieldError> errors) {
        super(409, slug, title, detail, errors);
    }
}
