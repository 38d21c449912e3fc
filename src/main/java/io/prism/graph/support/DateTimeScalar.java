package io.prism.graph.support;

import com.netflix.graphql.dgs.DgsScalar;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** {@code DateTime}: ISO-8601 date-time with offset, serialised in UTC. */
@DgsScalar(name = "DateTime")
public class DateTimeScalar implements Coercing<OffsetDateTime, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(java.time.ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        throw new CoercingSerializeException("not a date-time: " + value);
    }

    @Override
    public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
        if (input instanceof String s) {
            try {
                return OffsetDateTime.parse(s);
            } catch (DateTimeParseException e) {
                throw new CoercingParseValueException("DateTime must be ISO-8601 with an offset, e.g. "
                        + "2027-01-31T00:00:00Z; got " + s);
            }
        }
        throw new CoercingParseValueException("DateTime must be a string");
    }

    @Override
    public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                       Locale locale) {
        if (input instanceof StringValue s) {
            try {
                return OffsetDateTime.parse(s.getValue());
            } catch (DateTimeParseException e) {
                throw new CoercingParseLiteralException("DateTime must be ISO-8601 with an offset, e.g. "
                        + "2027-01-31T00:00:00Z; got " + s.getValue());
            }
        }
        throw new CoercingParseLiteralException("DateTime must be a string");
    }
}
