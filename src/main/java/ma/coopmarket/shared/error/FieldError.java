package ma.coopmarket.shared.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request, named by its JSON property path or query parameter. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(example = "nameFr") String field,
        @Schema(example = "must not be blank") String message) {
}
