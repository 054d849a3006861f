package ma.coopmarket.shared.error;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Problems in the caller's language: English, French or Arabic, after Accept-Language (English when
 * absent or unsupported), with Content-Language. The field messages come in that language from
 * Hibernate Validator (its own bundles, and ValidationMessages*.properties for CoopMarket's
 * constraints: {@code quarkus.locales}); here the title of every problem type and the details the
 * error layer writes itself are taken from the ProblemMessages bundles. A detail a service wrote about
 * its own case (naming the part, the product) stays in English for now.
 */
@Provider
public class ProblemLanguage implements ContainerResponseFilter {

    static final List<String> SUPPORTED = List.of("en", "fr", "ar");
    private static final String BUNDLE = "ProblemMessages";

    /** The details the error layer writes, by bundle key. */
    private static final Map<String, String> DETAILS = Map.of(
            "This operation needs a bearer access token or a partner API key.", "detail.unauthorized",
            "The access token or API key is invalid, expired or revoked.", "detail.invalid-token",
            "The email or the password is wrong.", "detail.wrong-password",
            "Your role or permissions do not allow this operation.", "detail.forbidden",
            "The request body is not valid JSON.", "detail.not-json",
            "The request body has a property that this operation does not accept.", "detail.unknown-property",
            "A property of the request body has a value of the wrong type or format.", "detail.wrong-format",
            "A property of the request body has a value of the wrong type.", "detail.wrong-type",
            "No resource exists at this path.", "detail.no-resource");
    private static final Pattern INVALID_FIELDS = Pattern.compile("The request has (\\d+) invalid fields?\\.");
    private static final Pattern INCIDENT = Pattern.compile("An unexpected error occurred; quote incident (\\S+) to support\\.");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem)) {
            return;
        }
        String language = negotiate(request.getAcceptableLanguages());
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language);
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        if (!language.equals("en")) {
            response.setEntity(translate(problem, ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language))));
        }
    }

    /** The first of the caller's languages that the API speaks, else English. */
    static String negotiate(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if (SUPPORTED.contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return "en";
    }

    private static Problem translate(Problem p, ResourceBundle bundle) {
        String slug = p.type() == null ? "" : p.type().substring(p.type().lastIndexOf('/') + 1);
        String title = text(bundle, "title." + slug, p.title());
        String detail = p.detail();
        if (detail != null) {
            Matcher fields = INVALID_FIELDS.matcher(detail);
            Matcher incident = INCIDENT.matcher(detail);
            if (fields.matches()) {
                detail = String.format(text(bundle, fields.group(1).equals("1") ? "detail.invalid-field"
                        : "detail.invalid-fields", detail), fields.group(1));
            } else if (incident.matches()) {
                detail = String.format(text(bundle, "detail.incident", detail), incident.group(1));
            } else if (DETAILS.containsKey(detail)) {
                detail = text(bundle, DETAILS.get(detail), detail);
            }
        }
        return new Problem(p.type(), title, p.status(), detail, p.instance(), p.errors(), p.shortages());
    }

    private static String text(ResourceBundle bundle, String key, String otherwise) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return otherwise;
        }
    }
}
