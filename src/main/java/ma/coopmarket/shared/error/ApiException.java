package ma.coopmarket.shared.error;

import java.util.List;
import java.util.Map;

/**
 * A failure that the client can act on. Each subclass fixes the HTTP status; the mapper turns it
 * into a {@link Problem}. Messages are written for API users: they reach the client as-is.
 */
public abstract class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;

    protected ApiException(int status, String slug, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Lines short of stock, for {@link InsufficientStockException}; none otherwise. */
    public List<Shortage> shortages() {
        return List.of();
    }

    /** Response headers that go with this problem (e.g. Retry-After); none by default. */
    public Map<String, String> headers() {
        return Map.of();
    }
}
