package ma.coopmarket.shared.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The contract's side of {@link JsonCustomizer}: a decimal (a Java BigDecimal, which the scanner
 * declares {@code type: number} without a format) is declared a string of format {@code decimal}, with
 * its pattern; its bounds (from Bean Validation), which JSON Schema applies to numbers only, move into
 * its description, and its example becomes a string. A generated TypeScript or Python client then
 * holds money as an exact string, never a binary float.
 */
final class DecimalSchemas {

    static final String PATTERN = "^-?[0-9]+([.][0-9]+)?$";

    private DecimalSchemas() {
    }

    /** A decimal query parameter's own example, a string like its schema's. */
    static void exampleAsString(org.eclipse.microprofile.openapi.models.parameters.Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && "decimal".equals(schema.getFormat()) && parameter.getExample() instanceof Number number) {
            parameter.setExample(example(number));
        }
    }

    /** Rewrites {@code schema} in place when it is a decimal. */
    static void asString(Schema schema) {
        List<Schema.SchemaType> type = schema.getType();
        if (type == null || !type.equals(List.of(Schema.SchemaType.NUMBER)) || schema.getFormat() != null) {
            return;
        }
        schema.setType(List.of(Schema.SchemaType.STRING));
        schema.setFormat("decimal");
        schema.setPattern(PATTERN);
        List<String> bounds = new ArrayList<>();
        if (schema.getMinimum() != null) {
            bounds.add("at least " + schema.getMinimum().toPlainString());
        }
        if (schema.getMaximum() != null) {
            bounds.add("at most " + schema.getMaximum().toPlainString());
        }
        if (schema.getMultipleOf() != null) {
            bounds.add("in steps of " + schema.getMultipleOf().toPlainString());
        }
        String decimal = "A decimal, as a string" + (bounds.isEmpty() ? "" : ": " + String.join(", ", bounds)) + ".";
        schema.setDescription(schema.getDescription() == null ? decimal : schema.getDescription() + " " + decimal);
        schema.setMinimum(null);
        schema.setMaximum(null);
        schema.setMultipleOf(null);
        if (schema.getExample() instanceof Number number) {
            schema.setExample(example(number));
        }
    }

    /** The scanner read the example as a double: 120.5 was written for a price of "120.50". */
    private static String example(Number number) {
        BigDecimal example = new BigDecimal(number.toString());
        return (example.scale() == 1 ? example.setScale(2) : example).toPlainString();
    }
}
