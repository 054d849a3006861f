package ma.coopmarket.shared.error;

import java.util.List;

/** 422: well-formed input that refers to things that cannot be used (unknown or inactive products). */
public class UnprocessableException extends ApiException {

    public UnprocessableException(String slug, String title, String detail, List<FieldError> errors) {
        super(422, slug, title, detail, errors);
    }
}
