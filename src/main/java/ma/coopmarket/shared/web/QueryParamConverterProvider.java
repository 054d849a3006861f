package ma.coopmarket.shared.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import ma.coopmarket.shared.error.InvalidParameterException;

/**
 * Converts typed query parameters (enums, integers, booleans, decimals, instants, dates) strictly, so that a bad
 * value is a 400 naming the parameter. JAX-RS alone answers 404 for a query parameter it cannot
 * convert, and reads any word but "true" as {@code false}.
 */
@Provider
public class QueryParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance)
                .map(a -> ((QueryParam) a).value()).findFirst().orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            String allowed = Arrays.stream(rawType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) new Strict<>(name, "one of " + allowed, v -> Enum.valueOf((Class) rawType, v));
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Strict<>(name, "an integer", Integer::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Strict<>(name, "true or false", QueryParamConverterProvider::parseBoolean);
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) new Strict<>(name, "an ISO 8601 instant such as 2026-11-26T09:00:00Z",
                    QueryParamConverterProvider::parseInstant);
        }
        if (rawType == BigDecimal.class) {
            return (ParamConverter<T>) new Strict<>(name, "a decimal number", BigDecimal::new);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Strict<>(name, "a date (yyyy-MM-dd)", QueryParamConverterProvider::parseDate);
        }
        return null;
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(value, e);
        }
    }

    private static Instant parseInstant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(value, e);
        }
    }

    private static Boolean parseBoolean(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private record Strict<T>(String parameter, String expected, Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new InvalidParameterException(parameter, "invalid value '" + value + "'; expected " + expected);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
