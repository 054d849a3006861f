package ma.coopmarket.shared.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
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

    private static final String REF_PREFIX = "#/components/schemas/";

    private RequiredProperties() {
    }

    static void declare(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        List<Schema> sent = new ArrayList<>();
        List<Schema> read = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            collect(op, sent, read);
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> {
                    if (p.getSchema() != null) {
                        read.add(p.getSchema());
                    }
                });
            }
        }));
        Set<String> inRequests = reachable(read, schemas);
        for (String name : reachable(sent, schemas)) {
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

    private static void collect(Operation op, List<Schema> sent, List<Schema> read) {
        if (op.getRequestBody() != null) {
            add(op.getRequestBody().getContent(), read);
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> add(r.getContent(), sent));
        }
    }

    private static void add(Content content, List<Schema> into) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> {
                if (m.getSchema() != null) {
                    into.add(m.getSchema());
                }
            });
        }
    }

    /** The component schemas that {@code roots} refer to, directly or through other schemas. */
    private static Set<String> reachable(List<Schema> roots, Map<String, Schema> schemas) {
        Set<String> names = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>(roots);
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s == null || !seen.add(s)) {
                continue;
            }
            if (s.getRef() != null && s.getRef().startsWith(REF_PREFIX)) {
                String name = s.getRef().substring(REF_PREFIX.length());
                if (names.add(name) && schemas.get(name) != null) {
                    todo.push(schemas.get(name));
                }
            }
            if (s.getProperties() != null) {
                s.getProperties().values().forEach(todo::push);
            }
            if (s.getItems() != null) {
                todo.push(s.getItems());
            }
            for (List<Schema> list : java.util.Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
                if (list != null) {
                    list.forEach(todo::push);
                }
            }
            if (s.getAdditionalPropertiesSchema() != null) {
                todo.push(s.getAdditionalPropertiesSchema());
            }
        }
        return names;
    }
}
