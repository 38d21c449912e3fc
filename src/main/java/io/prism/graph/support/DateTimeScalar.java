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
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code DateTime}: an instant, read from RFC 3339 / ISO 8601 extended-format text with an offset and written in UTC
 * ({@code 2027-01-31T00:00:00Z}, with a fraction only when there is one).
 *
 * <p>Read: {@code YYYY-MM-DDThh:mm[:ss[.f]]} and an offset. The separator is {@code T} or {@code t}; seconds may be
 * left out ({@code 12:30} is {@code 12:30:00}); the fraction has 1 to 9 digits after {@code .} or {@code ,}; the
 * offset is {@code Z}, {@code z}, {@code ±hh:mm}, {@code ±hhmm} or {@code ±hh} ({@code -00:00} is UTC). Anything
 * else, a time without an offset included, is refused with a message naming the accepted forms.
 */
@DgsScalar(name = "DateTime")
public class DateTimeScalar implements Coercing<OffsetDateTime, String> {

    /** A value in the documented form, quoted in error messages. */
    static final String EXAMPLE = "2027-01-31T00:00:00Z";
    private static final String DATE_TIME = "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})"
            + "(?::(\\d{2})(?:[.,](\\d{1,9}))?)?";
    private static final Pattern FORM = Pattern.compile(DATE_TIME + "(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)");
    private static final Pattern WITHOUT_OFFSET = Pattern.compile(DATE_TIME);
    private static final int QUOTED_LENGTH = 64;

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        throw new CoercingSerializeException("not a date-time: " + value);
    }

    @Override
    public OffsetDateTime parseValue(Object input, GraphQLContext context, Locale locale) {
        if (!(input instanceof String s)) {
            throw new CoercingParseValueException("DateTime must be a string such as " + EXAMPLE);
        }
        try {
            return parse(s);
        } catch (IllegalArgumentException e) {
            throw new CoercingParseValueException(e.getMessage());
        }
    }

    @Override
    public OffsetDateTime parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                       Locale locale) {
        if (!(input instanceof StringValue s)) {
            throw new CoercingParseLiteralException("DateTime must be a string such as " + EXAMPLE);
        }
        try {
            return parse(s.getValue());
        } catch (IllegalArgumentException e) {
            throw new CoercingParseLiteralException(e.getMessage());
        }
    }

    /**
     * The instant a DateTime text names, at offset UTC: the database keeps instants, and PostgreSQL refuses offsets
     * beyond ±15:59 that the form allows.
     *
     * @throws IllegalArgumentException when the text is not in an accepted form or names no valid date and time;
     *                                  the message says why and quotes the text
     */
    public static OffsetDateTime parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw refused(text, WITHOUT_OFFSET.matcher(text).matches() ? "it has no offset; add Z or ±hh:mm"
                    : "write YYYY-MM-DDThh:mm:ss (seconds and a fraction of up to 9 digits optional) followed by "
                    + "Z, ±hh:mm, ±hhmm or ±hh");
        }
        try {
            int nanos = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            LocalTime time = LocalTime.of(number(m, 4), number(m, 5), m.group(6) == null ? 0 : number(m, 6), nanos);
            ZoneOffset offset = ZoneOffset.UTC;
            if (m.group(9) != null) {
                int sign = m.group(9).equals("-") ? -1 : 1;
                offset = ZoneOffset.ofHoursMinutes(sign * number(m, 10), m.group(11) == null ? 0
                        : sign * number(m, 11));
            }
            return OffsetDateTime.of(LocalDate.of(number(m, 1), number(m, 2), number(m, 3)), time, offset)
                    .withOffsetSameInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            throw refused(text, "it names no valid date, time or offset (" + e.getMessage() + ")");
        }
    }

    private static int number(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** The text as an error message quotes it: whole, or its first 64 characters and an ellipsis. */
    static String quoted(String text) {
        return text.length() <= QUOTED_LENGTH ? text : text.substring(0, QUOTED_LENGTH) + "…";
    }

    private static IllegalArgumentException refused(String text, String why) {
        return new IllegalArgumentException("DateTime must be an RFC 3339 date-time with an offset, such as "
                + EXAMPLE + "; got '" + quoted(text) + "': " + why);
    }
}
