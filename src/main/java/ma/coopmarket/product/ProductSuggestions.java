package ma.coopmarket.product;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Type-ahead completions of a partly typed query. */
@Schema(name = "ProductSuggestions")
public record ProductSuggestions(
        @Schema(required = true, description = "The query as sent.", example = "huile d'arg") String q,
        @Schema(required = true, description = "Up to 10 completions: the query with its last word completed by the "
                + "indexed words that start with it, the most common first, in the shopper's language.",
                example = "[\"huile d'argan\", \"huile d'argania\"]") List<String> suggestions) {

    static final int LIMIT = 10;
}
