package ma.coopmarket.shared.error;

/** 401: credentials are missing, wrong, expired or revoked. */
public class UnauthenticatedException extends ApiException {

    public UnauthenticatedException(String slug, String detail) {
        super(401, slug, "Unauthorized", detail, null);
    }
}
