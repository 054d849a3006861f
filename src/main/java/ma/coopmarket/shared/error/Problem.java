package ma.coopmarket.shared.error;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one error shape of the API: RFC 9457 problem details, sent as
 * {@code application/problem+json}. {@code errors} lists field errors when they apply.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details.")
public record Problem(
        @Schema(example = "https://coopmarket.ma/problems/validation-failed") String type,
        @Schema(example = "Validation failed") String title,
        @Schema(example = "400") int status,
        @Schema(example = "The request has 1 invalid field.") String detail,
        @Schema(example = "/api/v1/cooperatives") String instance,
        @Schema(description = "Field errors, when the problem is about the request's fields. Absent unless fields are invalid.") List<FieldError> errors,
        @Schema(description = "For insufficient-stock: each short line and what is available. Absent unless stock is short.") List<Shortage> shortages) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://coopmarket.ma/problems/";

    public static Problem of(int status, String slug, String title, String detail, String instance,
            List<FieldError> errors) {
        return of(status, slug, title, detail, instance, errors, null);
    }

    public static Problem of(int status, String slug, String title, String detail, String instance,
            List<FieldError> errors, List<Shortage> shortages) {
        return new Problem(TYPE_BASE + slug, title, status, detail, instance,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors),
                shortages == null || shortages.isEmpty() ? null : List.copyOf(shortages));
    }
}
