package ma.coopmarket.account;

import java.util.List;

import ma.coopmarket.shared.error.ApiException;
import ma.coopmarket.shared.error.FieldError;

/** 400: the code is wrong, expired, spent, or there is none for this phone or address (one answer for all). */
public class InvalidCodeException extends ApiException {

    public InvalidCodeException() {
        super(400, "invalid-code", "Invalid code",
                "The code is wrong, expired or already used; ask for a new one if needed.",
                List.of(new FieldError("code", "is wrong, expired or already used")));
    }
}
