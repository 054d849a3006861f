package ma.coopmarket.shared.web;

/** A representation and its strong entity tag, for conditional requests. */
public record Tagged<T>(T body, String etag) {
}
