package ma.coopmarket.shared.error;

import java.util.List;

/** 413: the request holds more than an operation accepts (e.g. items in a batch), named in the detail. */
public class PayloadTooLargeException extends ApiException {

    public PayloadTooLargeException(String slug, String detail, List<FieldError> errors) {
        super(413, slug, "Payload too large", detail, errors);
    }
}
