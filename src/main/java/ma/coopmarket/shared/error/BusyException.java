package ma.coopmarket.shared.error;

import java.util.Map;

/**
 * 503: the database could not give the lock or connection in time (lock wait timeout, deadlock,
 * exhausted pool). The transaction was rolled back, so the same request can simply be retried.
 */
public class BusyException extends ApiException {

    public static final int RETRY_AFTER_SECONDS = 1;

    public BusyException() {
        super(503, "busy", "Busy, retry",
                "Too many requests wanted the same data at once; nothing was changed. Retry in "
                        + RETRY_AFTER_SECONDS + " s.",
                null);
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    }
}
