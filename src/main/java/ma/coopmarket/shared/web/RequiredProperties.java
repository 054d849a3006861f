package ma.coopmarket.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The {@code required} list of every schema the API only sends (never reads): each property the
 * server always writes. JSON leaves out what is null ({@code quarkus.jackson.serialization-inclusion
 * =non_null}), so a property that may be missing says when in its description ("absent when ...",
 * "only when ...", or marks it nullable): those are the optional ones, the others are required. A generated client then
 * types {@code id: string}, not {@code id?: string}. Every REST Assured test checks the responses
 * against the contract, so a property declared required but missing fails the test that meets it.
 * Schemas that requests also use keep the {@code required} list Bean Validation gives them.
 */
final class RequiredProperties {

    private RequiredProperties() {
    }

    static void declare(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        SchemaGraph.Roots roots = SchemaGraph.roots(openAPI);
        Set<String> inRequests = SchemaGraph.referenced(roots.read(), schemas);
        for (String name : SchemaGraph.referenced(roots.sent(), schemas)) {
            Schema schema = schemas.get(name);
            if (inRequests.contains(name) || schema == null || schema.getProperties() == null) {
                continue;
            }
            List<String> required = new ArrayList<>();
            schema.getProperties().forEach((property, value) -> {
                if (!mayBeAbsent(value)) {
                    required.add(property);
                }
            });
            schema.setRequired(required.isEmpty() ? null : required);
        }
    }

    /** Whether the property's description says when it is left out. */
    static boolean mayBeAbsent(Schema property) {
        if (property.getType() != null && property.getType().contains(Schema.SchemaType.NULL)) {
            return true;
        }
        String description = property.getDescription();
        if (description == null && property.getAllOf() != null) {
            description = property.getAllOf().stream().map(Schema::getDescription).filter(d -> d != null)
                    .findFirst().orElse(null);
        }
        if (description == null) {
            return false;
        }
        String text = description.toLowerCase(Locale.ROOT);
        return text.contains("absent") || text.contains("only when") || text.contains("only while");
    }
}
