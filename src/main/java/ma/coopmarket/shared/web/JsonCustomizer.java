package ma.coopmarket.shared.web;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Decimals (money, quantities, shares) are written as JSON strings in plain notation ({@code "49.50"},
 * {@code "250"}, never {@code 2.5E+2}): a JSON number becomes a binary float in JavaScript and Python
 * clients, where 0.1 + 0.2 is not 0.3. The contract declares them {@code type: string, format: decimal}
 * ({@code mp.openapi.schema.java.math.BigDecimal}). Reading, both a string and a number are taken.
 */
@Singleton
public class JsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature());
        mapper.registerModule(new SimpleModule("decimal-strings").addSerializer(BigDecimal.class, new DecimalString()));
    }

    /** A BigDecimal as a string in plain notation, its scale kept (a price of 49.50 reads "49.50"). */
    static final class DecimalString extends StdSerializer<BigDecimal> {

        DecimalString() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toPlainString());
        }
    }
}
