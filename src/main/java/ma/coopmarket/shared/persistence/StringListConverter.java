package ma.coopmarket.shared.persistence;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Stores a short list of strings as a JSON array in a text column: one row read, no extra table
 * or N+1 fetch, and the same column type on MySQL, MariaDB and H2.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The list's type resolved once (every catalogue card reads a list). */
    private static final ObjectReader LIST = JSON.readerFor(new TypeReference<List<String>>() {
    });

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write string list", e);
        }
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(LIST.<List<String>>readValue(column));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read string list", e);
        }
    }
}
