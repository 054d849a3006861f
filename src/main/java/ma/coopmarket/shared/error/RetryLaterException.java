package ma.coopmarket.shared.error;

import java.util.Map;

/**
 * A transient conflict the client should simply retry: a lock wait timeout or deadlock, a full
 * connection pool, a concurrent request with the same Idempotency-Key. Carries Retry-After.
 */
public class RetryLaterException extends ApiException {

    public RetryLaterException(int status, String slug, String title, String detail) {
        super(status, slug, title, detail, null);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "1");
    }
}
