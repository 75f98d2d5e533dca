package io.terrain.platform.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * JSON numbers are read exactly or refused (400 naming the property): a 30-digit id no longer
 * wraps to a negative one, and {@code 1e999} no longer becomes an infinity that is stored and then
 * breaks every later read.
 */
@Provider
public class JsonbNumbers implements ContextResolver<Jsonb> {

    private static final BigDecimal LARGEST_DOUBLE = BigDecimal.valueOf(Double.MAX_VALUE);
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(
            new ExactLong(), new ExactInteger(), new FiniteDouble()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** The number as written; null as none; a number sent as a string (as HTML forms give them) read the same way, a blank one as none. */
    static BigDecimal number(JsonParser parser) {
        // Yasson hands deserializers a parser at the value, without currentEvent(): read the value itself.
        JsonValue value = parser.getValue();
        switch (value.getValueType()) {
            case NULL:
                return null;
            case NUMBER:
                return ((JsonNumber) value).bigDecimalValue();
            case STRING:
                String text = ((JsonString) value).getString().strip();
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    return new BigDecimal(text);
                } catch (NumberFormatException notANumber) {
                    throw new JsonbException("a number is expected");
                }
            default:
                throw new JsonbException("a number is expected");
        }
    }

    /** A whole number that fits the target type exactly, or a refusal naming the range. */
    static <T> T whole(JsonParser parser, Function<BigDecimal, T> exact, Object min, Object max) {
        BigDecimal value = number(parser);
        try {
            return value == null ? null : exact.apply(value);
        } catch (ArithmeticException notAWholeNumberInRange) {
            throw new JsonbException("a whole number between " + min + " and " + max + " is expected");
        }
    }

    static final class ExactLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, BigDecimal::longValueExact, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    static final class ExactInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return whole(parser, BigDecimal::intValueExact, Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
    }

    static final class FiniteDouble implements JsonbDeserializer<Double> {
        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal value = number(parser);
            if (value == null) {
                return null;
            }
            if (value.abs().compareTo(LARGEST_DOUBLE) > 0) {
                throw new JsonbException("a finite number is expected");
            }
            return value.doubleValue();
        }
    }
}
