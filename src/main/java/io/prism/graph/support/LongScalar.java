package io.prism.graph.support;

import com.netflix.graphql.dgs.DgsScalar;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.math.BigInteger;
import java.util.Locale;

/** {@code Long}: a signed 64-bit whole number, written as a JSON number. */
@DgsScalar(name = "Long")
public class LongScalar implements Coercing<Long, Long> {

    private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Override
    public Long serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        throw new CoercingSerializeException("not a Long: " + value);
    }

    @Override
    public Long parseValue(Object input, GraphQLContext context, Locale locale) {
        if (input instanceof Long || input instanceof Integer || input instanceof Short || input instanceof Byte) {
            return ((Number) input).longValue();
        }
        if (input instanceof BigInteger b && b.compareTo(MIN) >= 0 && b.compareTo(MAX) <= 0) {
            return b.longValue();
        }
        throw new CoercingParseValueException("Long must be a whole number from -2^63 to 2^63-1; got " + input);
    }

    @Override
    public Long parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
        if (input instanceof IntValue i && i.getValue().compareTo(MIN) >= 0 && i.getValue().compareTo(MAX) <= 0) {
            return i.getValue().longValue();
        }
        throw new CoercingParseLiteralException("Long must be a whole number from -2^63 to 2^63-1");
    }
}
