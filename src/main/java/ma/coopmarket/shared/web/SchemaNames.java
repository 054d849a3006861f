package ma.coopmarket.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Names a generated client can live with. The scanner names a generic page after its type arguments
 * ({@code PageOrderView}, {@code ChangePageProductChange}); here they become {@code OrderPage} and
 * {@code ProductChangePage}, every reference following. And a query parameter whose pattern lists its
 * values ({@code name|newest}) also declares them as an enum, so that clients offer the choice.
 */
final class SchemaNames {

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
        SchemaGraph.Roots roots = SchemaGraph.roots(openAPI);
        List<Schema> all = new ArrayList<>(openAPI.getComponents().getSchemas().values());
        all.addAll(roots.read());
        all.addAll(roots.sent());
        for (Schema schema : SchemaGraph.under(all, null)) {
            String ref = SchemaGraph.refName(schema);
            if (ref != null && renamed.containsKey(ref)) {
                schema.setRef(SchemaGraph.REF_PREFIX + renamed.get(ref));
            }
            if (schema.getEnumeration() == null && schema.getPattern() != null
                    && CHOICES.matcher(schema.getPattern()).matches()) {
                schema.setEnumeration(new ArrayList<Object>(Arrays.asList(schema.getPattern().split("\\|"))));
            }
        }
    }
}
