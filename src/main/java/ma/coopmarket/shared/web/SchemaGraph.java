package ma.coopmarket.shared.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Walks the schemas of the contract for the filter's steps ({@link SchemaNames}, {@link
 * RequiredProperties}): what the operations read (parameters, request bodies) and send (responses),
 * and every schema nested in them.
 */
final class SchemaGraph {

    static final String REF_PREFIX = "#/components/schemas/";

    /** The schemas the operations read and those they send, as found on the operations. */
    record Roots(List<Schema> read, List<Schema> sent) {
    }

    private SchemaGraph() {
    }

    static Roots roots(OpenAPI openAPI) {
        List<Schema> read = new ArrayList<>();
        List<Schema> sent = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> add(read, p.getSchema()));
            }
            if (op.getRequestBody() != null) {
                add(read, op.getRequestBody().getContent());
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> add(sent, r.getContent()));
            }
        }));
        return new Roots(read, sent);
    }

    /**
     * Every schema under {@code roots}, each once: properties, items, additional properties, allOf,
     * anyOf and oneOf, and, when {@code components} is given, the component a {@code $ref} names.
     */
    static List<Schema> under(Collection<Schema> roots, Map<String, Schema> components) {
        Deque<Schema> todo = new ArrayDeque<>();
        roots.forEach(s -> add(todo, s));
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Schema> out = new ArrayList<>();
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            out.add(s);
            String ref = refName(s);
            if (components != null && ref != null) {
                add(todo, components.get(ref));
            }
            if (s.getProperties() != null) {
                s.getProperties().values().forEach(p -> add(todo, p));
            }
            add(todo, s.getItems());
            add(todo, s.getAdditionalPropertiesSchema());
            for (List<Schema> list : Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
                if (list != null) {
                    list.forEach(x -> add(todo, x));
                }
            }
        }
        return out;
    }

    /** The component schemas that {@code roots} refer to, directly or through other schemas. */
    static Set<String> referenced(Collection<Schema> roots, Map<String, Schema> components) {
        Set<String> names = new LinkedHashSet<>();
        for (Schema s : under(roots, components)) {
            String ref = refName(s);
            if (ref != null) {
                names.add(ref);
            }
        }
        return names;
    }

    /** The component a schema refers to, or null. */
    static String refName(Schema schema) {
        String ref = schema.getRef();
        return ref != null && ref.startsWith(REF_PREFIX) ? ref.substring(REF_PREFIX.length()) : null;
    }

    private static void add(Collection<Schema> into, Schema schema) {
        if (schema != null) {
            into.add(schema);
        }
    }

    private static void add(Collection<Schema> into, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> add(into, m.getSchema()));
        }
    }
}
