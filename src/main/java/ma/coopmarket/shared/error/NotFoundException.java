package ma.coopmarket.shared.error;

/** 404: the resource does not exist, or the caller may not know that it exists. */
public class NotFoundException extends ApiException {

    public NotFoundException(String what, String id) {
        super(404, "not-found", "Resource not found", what + " '" + id + "' does not exist.", null);
    }
}
