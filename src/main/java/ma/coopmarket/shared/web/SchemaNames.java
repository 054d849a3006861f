package ma.coopmarket.shared.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Names a generated client can live with. The scanner names a generic page after its type arguments
 * ({@code PageOrderView}, {@code ChangePageProductChange}); here they become {@code OrderPage} and
 * {@code ProductChangePage}, every reference following. And a query parameter whose pattern lists its
 * values ({@code name|newest}) also declares them as an enum, so that clients offer the choice.
 */
final class SchemaNames {

    private static final String REF_PREFIX = "#/components/schemas/";
    private static final Pattern PAGE = Pattern.compile("Page(\\w+?)(?:View)?");
    private static final Pattern CHANGE_PAGE = Pattern.compile("ChangePage(\\w+)");
    private static final Pattern CHOICES = Pattern.compile("[A-Za-z0-9_-]+(\\|[A-Za-z0-9_-]+)+");

    private SchemaNames() {
    }

    static void rename(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String name : schemas.keySet()) {
            Matcher change = CHANGE_PAGE.matcher(name);
            Matcher page = PAGE.matcher(name);
            String to = change.matches() ? change.group(1) + "Page" : page.matches() ? page.group(1) + "Page" : null;
            if (to != null && !schemas.containsKey(to) && !renamed.containsValue(to)) {
                renamed.put(name, to);
            }
        }
        if (!renamed.isEmpty()) {
            Map<String, Schema> copy = new LinkedHashMap<>();
            schemas.forEach((name, schema) -> copy.put(renamed.getOrDefault(name, name), schema));
            openAPI.getComponents().setSchemas(copy);
        }
        for (Schema schema : all(openAPI)) {
            if (schema.getRef() != null && schema.getRef().startsWith(REF_PREFIX)) {
                String to = renamed.get(schema.getRef().substring(REF_PREFIX.length()));
                if (to != null) {
                    schema.setRef(REF_PREFIX + to);
                }
            }
            if (schema.getEnumeration() == null && schema.getPattern() != null
                    && CHOICES.matcher(schema.getPattern()).matches()) {
                schema.setEnumeration(new ArrayList<Object>(Arrays.asList(schema.getPattern().split("\\|"))));
            }
        }
    }

    /** Every schema of the document: components, parameters, bodies and responses, and all they hold. */
    private static List<Schema> all(OpenAPI openAPI) {
        Deque<Schema> todo = new ArrayDeque<>(openAPI.getComponents().getSchemas().values());
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getParameters() != null) {
                op.getParameters().forEach(p -> push(todo, p.getSchema()));
            }
            if (op.getRequestBody() != null) {
                add(todo, op.getRequestBody().getContent());
            }
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().values().forEach(r -> add(todo, r.getContent()));
            }
        }));
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Schema> out = new ArrayList<>();
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (!seen.add(s)) {
                continue;
            }
            out.add(s);
            if (s.getProperties() != null) {
                s.getProperties().values().forEach(p -> push(todo, p));
            }
            push(todo, s.getItems());
            push(todo, s.getAdditionalPropertiesSchema());
            for (List<Schema> list : Arrays.asList(s.getAllOf(), s.getAnyOf(), s.getOneOf())) {
                if (list != null) {
                    list.forEach(x -> push(todo, x));
                }
            }
        }
        return out;
    }

    private static void push(Deque<Schema> todo, Schema schema) {
        if (schema != null) {
            todo.push(schema);
        }
    }

    private static void add(Deque<Schema> todo, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> push(todo, m.getSchema()));
        }
    }
}
