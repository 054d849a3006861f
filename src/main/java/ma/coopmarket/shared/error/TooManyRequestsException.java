package ma.coopmarket.shared.error;

import java.util.Map;

/** 429: the client used up its request budget; {@code Retry-After} says when to come back. */
public class TooManyRequestsException extends ApiException {

    private final long retryAfterSeconds;

    public TooManyRequestsException(long retryAfterSeconds, int limitPerMinute) {
        this("rate-limited", "Too many requests",
                "This client may send " + limitPerMinute + " requests per minute; retry in " + retryAfterSeconds + " s.",
                retryAfterSeconds);
    }

    /** A 429 of another kind than the request budget (e.g. too many codes for one phone). */
    public TooManyRequestsException(String slug, String title, String detail, long retryAfterSeconds) {
        super(429, slug, title, detail, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
