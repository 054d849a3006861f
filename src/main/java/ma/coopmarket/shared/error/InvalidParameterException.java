package ma.coopmarket.shared.error;

import jakarta.ws.rs.BadRequestException;

/**
 * A query or path parameter that cannot be converted. It extends the JAX-RS exception so that
 * the framework passes it on as thrown instead of turning it into a 404.
 */
public class InvalidParameterException extends BadRequestException {

    private final FieldError error;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.error = new FieldError(parameter, message);
    }

    public FieldError error() {
        return error;
    }
}
